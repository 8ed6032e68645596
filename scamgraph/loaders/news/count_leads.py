"""Words before counted people that tell which act is theirs, read for the governing verbs: the
rough-number words between a verb and its number, "May" the month rather than the modal, and
"those" a participle acted on, of whom the people counted are some."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.all_of_one import clause_openings
from scamgraph.loaders.news.count_clauses import CountClauses
from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.larger_groups import larger_group_before
from scamgraph.loaders.news.number_places import among_a_whole
from scamgraph.loaders.news.state import _Count
from scamgraph.model import RelType

#: Words of a rough number told between a verb and it: "sent over 100 Chinese nationals back".
_ROUGHLY = frozenset({"over", "about", "around", "nearly", "almost", "some", "approximately", "more", "than", "at",
                      "least"})
#: Conjunctions that open a clause of its own: a verb told before one of them is not the verb of
#: the people counted after it ("four workers were freed while 75 other people were held"); nor is a
#: verb after "where" theirs as an act done ("freed nine from a flat where they were kept": the captors').
_OPENS_CLAUSE = frozenset({"while", "whereas", "although", "though", "where"})
#: Verbs that open the parts of people a subject names: "The rescued individuals | include | 29 Filipinos".
_INCLUDE = frozenset({"include", "includes", "included", "comprise", "comprises", "comprised"})
#: Words that may open such a subject before its participle: "The | Those | All the rescued ...".
_SUBJECT_LEADS = frozenset({"the", "those", "these", "all"})
#: Prepositions that may open a phrase of place or occasion between such a participle and its
#: "include": "Those held | at two farms by the lake | comprised ...".
_PHRASE_OPENERS = frozenset({"from", "in", "at", "during", "across", "near", "inside", "on", "around",
                             "throughout", "after"})
#: Words no such phrase holds: a clause's own opening or verb, a stop, another verb of the sentence.
_OUT_OF_PHRASE = frozenset({",", ";", ":", "(", ")", "who", "whom", "which", "that", "were", "was", "are", "is",
                            "have", "has", "had", "said", "say", "says"})
#: The longest such phrase read, in words.
_PHRASE_SPAN = 12
#: Nouns for the people a case was brought for, opening a sentence that names them after a copula:
#: "The complainants in this case were three Lotusian women".
_HARMED_SUBJECTS = frozenset({"complainants", "complainant", "victims", "victim"})
#: Words that may stand around such a noun before its copula: "the (private) complainants (in the case)".
_HARMED_SUBJECT_WORDS = frozenset({"the", "private", "alleged", "two", "main", "in", "of", "this", "that", "case",
                                   "cases", "complaint", "complaints", "said"})
#: Nouns that make "the victims" a case's: "the victims in the case", "the victims of the complaint".
_CASE_NOUNS = frozenset({"case", "cases", "complaint", "complaints"})
#: Copulas and "include" after such a subject.
_NAMES_THEM = frozenset({"are", "were", "is", "was", "include", "included", "includes"})


class CountLeads(CountClauses):
    """The words that lead counted people, as the governing-verb rules read them."""

    def _before_rough(self, start: int, sent: Span) -> int:
        """The word before the number at ``start`` and the words that make it rough: "sent | over 100
        Chinese back", "flown home | more than 500 citizens"."""
        j = start - 1
        while j > sent.start and j >= start - 2 and self.lower[j] in _ROUGHLY:
            j -= 1
        return j

    def _larger_group_act(self, count: _Count, k: int, sent: Span) -> tuple[RelType | None, str, str] | None:
        """"the men sent home were among 300 Lao who were detained in a sweep": the act at ``k`` of the
        relative clause on a larger group named after a copula, where no main verb follows it."""
        if larger_group_before(self.lower, count.start, sent.start) and self._told_as_done(k, sent):  # type: ignore[attr-defined]
            return _COUNT_VERBS[self.lower[k]]
        return None

    def _month_may(self, k: int, sent: Span) -> bool:
        """"raided the base in May and arrested 21": a capitalised "May" inside a sentence is the month,
        not the modal verb (which is capitalised only where it opens the sentence)."""
        return self.words[k] == "May" and k > sent.start

    def _among_those(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        """"Among those detained, there were 52 Koreans, 31 Thais", "all those detained were in
        jail, including 14 Kenyans": people counted as some of "those" a participle tells the act of
        (not "a few of those arrested could be among the 95 missing": a larger group, of another kind)."""
        if among_a_whole(self.lower, count.start, sent.start):
            return None
        for j in range(count.start - 1, max(sent.start, count.start - 16), -1):
            if self.lower[j] == ";":
                return None
            if self.lower[j - 1] == "those" and self.lower[j] in _COUNT_VERBS and self.lower[j].endswith("ed"):
                between = set(self.lower[j + 1:count.start])
                opened = between & {"including", "there", "among"} or between == {","}
                done = bool(opened) and self._told_as_done(j, sent)  # type: ignore[attr-defined]
                return _COUNT_VERBS[self.lower[j]] if done else None
        return None

    def _harmed_named_after_copula(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        """"The complainants in this case were three Vietnamese women the accused had locked up":
        a sentence opening on the people a case was brought for, then a copula, then the count: they
        are the case's victims (no verb is told of them; the copula names who they are)."""
        for opening in clause_openings(self.lower, sent.start, count.start):  # (or after "the chief said (that)")
            k = opening
            while k < count.start and k < opening + 8 and self.lower[k] in _HARMED_SUBJECT_WORDS | _HARMED_SUBJECTS:
                k += 1
            subject = set(self.lower[opening:k])
            of_a_case = subject & {"complainants", "complainant"} or subject & _HARMED_SUBJECTS and subject & _CASE_NOUNS
            if not of_a_case or k >= count.start or self.lower[k] not in _NAMES_THEM:
                continue  # (not "The victims include 12 Kenyans" after a raid: people of the raid, told another way)
            if all(self.lower[j] in _ROUGHLY for j in range(k + 1, count.start)):
                return RelType.AFFECTED, "victims", ""  # (not "victims were lured by 12 recruiters")
        return None

    def _included_of_participle(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        """"The rescued people include 40 workers from Laos, ..., and 12 Nepalis": a
        subject opening the sentence with a participle of an act ("the rescued individuals", "the
        arrested suspects") and "include" or "comprise" as its verb tells the act of every count
        after that verb, up to another count verb (grammar; the list's items may be far apart)."""
        k = sent.start
        while k < count.start and self.lower[k] in _SUBJECT_LEADS:
            k += 1
        if k == sent.start or not (self.lower[k] in _COUNT_VERBS and self.lower[k].endswith("ed")):
            return None
        verb = next((j for j in range(k + 1, min(count.start, k + 4)) if self.lower[j] in _INCLUDE), None) \
            or self._include_past_phrase(k, count.start)
        if verb is None or any(self.lower[j] in _COUNT_VERBS for j in range(verb + 1, count.start)):
            return None
        return _COUNT_VERBS[self.lower[k]] if self._told_as_done(k, sent) else None  # type: ignore[attr-defined]

    def _include_past_phrase(self, k: int, end: int) -> int | None:
        """"Those held at two farms by the lake comprised 40 Laotians": the "include" after a
        prepositional phrase that follows the subject's participle at ``k`` (only a phrase: no comma,
        clause or verb of its own inside, and no longer than a short phrase), or None."""
        if k + 1 >= end or self.lower[k + 1] not in _PHRASE_OPENERS:
            return None
        for j in range(k + 2, min(end, k + 2 + _PHRASE_SPAN)):
            word = self.lower[j]
            if word in _INCLUDE:
                return j
            if word in _OUT_OF_PHRASE or word in _COUNT_VERBS:
                return None
        return None
