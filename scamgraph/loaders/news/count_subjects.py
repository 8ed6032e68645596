"""Counted people as the subject of their sentence, with words that describe them between their
noun and their own verb: a describing phrase before an active verb of coming home ("40 Nepalis
held in Laos over scams returned home on Monday"), or a relative clause set off by commas before
it ("40 Chileans, who were made to run frauds, arrived back"). (A phrase of where they were before a relative
clause, "Six Nepalis in Laos who answered fake job offers were freed", is read in count_clauses.py.)"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from scamgraph.loaders.news.count_leads import _OPENS_CLAUSE
from scamgraph.loaders.news.count_parts import CountParts
from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.homeward import back_to_captors
from scamgraph.loaders.news.own_citizens import OwnCitizens
from scamgraph.loaders.news.state import _Count
from scamgraph.loaders.news.words import _ANNOUNCE
from scamgraph.model import RelType

_Verb = tuple[RelType | None, str, str]
#: Active verbs of coming home, and the words after them that make the coming a return.
_COMING = frozenset({"returned", "arrived", "came", "flew"})
#: Passive verbs that, with "home"/"back" after them, bring people home ("were brought back"), and
#: active ones of their own coming ("arrived back"): the plain count rule reads both (governing.py).
_BROUGHT = {"brought", "sent", "taken", "took", "flew", "escorted"}
_ARRIVED = {"arrived", "came", "flew", "landed", "went", "got", "headed"}
#: Auxiliaries between the people's clause and their verb of coming home: "have been brought back".
_AUXILIARIES = frozenset({"have", "has", "had", "been", "were", "was"})
_HOMEWARD = frozenset({"home", "back"})
#: Copulas that say where people are ("are now back in Bolivia"), and the adverbs told between
_COPULAS = frozenset({"are", "is", "were", "was"})
_BACK_ADVERBS = frozenset({"now", "safely", "finally", "all", "already", "also", "since"})
#: Words that open a phrase describing counted people: a relative pronoun, or a past participle
#: ("detained in Laos", "held", "stuck") right after their noun.
_RELATIVE = frozenset({"who", "whom"})
_PARTICIPLES = frozenset({"held", "kept", "stuck", "caught", "taken", "sent", "sold", "trapped", "stranded"})
#: How far from the noun the verb of coming home may be told (in tokens).
_REACH = 16
#: Words that end the people's clause before such a verb: another clause, another subject.
_ENDS = frozenset({",", ";", ":", "and", "but", "while", "after", "before", "when", "as", "that", "who",
                   "which"})
#: Pronouns that open a subject of their own: "... said their guards returned home".
_OTHER_SUBJECTS = frozenset({"they", "their", "he", "his", "she", "her", "we", "our", "it", "its", "i", "you"})


class CountSubjects(CountParts, OwnCitizens):
    """Reads the verb of counted people who open their clause (mixed into the governing-verb
    rules, which supply the document's words and ``_after_relative_clause`` / ``_told_as_done``),
    with the parts named by a demonym and the citizens of a state body told before them."""

    lower: list[str]
    words: list[str]
    like_num: list[bool]
    doc: Doc

    def _subject_first(self, count: _Count, sent: Span) -> bool:
        """No verb of the count rules before the number: the people open their clause."""
        return all(word not in _COUNT_VERBS for word in self.lower[sent.start:count.start])

    def _came_home_after_description(self, count: _Count, sent: Span) -> _Verb | None:
        """"A group of 40 Nepalis held in Laos over scams returned home on Monday", "40 workers who
        toiled in call centres came back": people described by a participle or a relative clause,
        whose own active verb of coming home follows, were brought home."""
        k = count.end
        if k < sent.end and self.words[k] == "(" and ")" in self.words[k:min(sent.end, k + 6)]:
            k = self.words.index(")", k) + 1  # "40 overseas workers (OWs) who ...": an aside on their name
        if k >= sent.end or not (self.lower[k] in _RELATIVE or self.lower[k] in _PARTICIPLES
                                 or self.lower[k] in {"detained", "rescued", "freed", "liberated", "released", "evacuated"}) \
                or not self._subject_first(count, sent):
            return None
        for j in range(k + 1, min(sent.end - 1, k + _REACH)):
            word = self.lower[j]
            if (word in {"were", "was"} and self.lower[j + 1] in _BROUGHT and self.lower[j + 2:j + 3] != []
                    and self.lower[j + 2] in _HOMEWARD
                    and self._told_as_done(j + 1, sent)  # type: ignore[attr-defined]
                    and not back_to_captors(self.lower, self.doc, j + 2, sent.end)):
                return _COUNT_VERBS["repatriated"]  # "52 South Koreans held in Laos were sent home"
            # (an "and" ends the clause, but not before the people's second verb: "... cleared checks and flew home")
            if word in _ENDS and not (word == "and" and self.lower[j + 1] in _COMING) or word in _OTHER_SUBJECTS or word in _ANNOUNCE or self.like_num[j] or word in {"were", "was", "have", "has", "had"} and self.lower[k] not in _RELATIVE:
                return None  # ("held ... were freed": an auxiliary's verb, read by the other rules)
            if word in _COMING and self.lower[j + 1] in _HOMEWARD and self.lower[j - 1] not in {"who", "had", "have"} \
                    and self._told_as_done(j, sent):  # type: ignore[attr-defined]
                return _COUNT_VERBS["repatriated"]
        return None

    def _back_in_their_country(self, count: _Count, sent: Span) -> _Verb | None:
        """"Twelve Bolivians who answered a fake job offer are now safely back in Bolivia", "the 40
        workers were back home by Friday": people said to be back home, or back in their own
        country, came home. Told of the people's own clause: another verb of the count rules before
        the copula (not in a relative clause on them) is theirs, not this."""
        if not self._subject_first(count, sent):
            return None
        relative = self.lower[count.end:count.end + 1] in (["who"], ["whom"])
        for j in range(count.end, min(sent.end - 2, count.end + _REACH + 10)):
            word = self.lower[j]
            if self.words[j] in {";", ":"} or self.like_num[j] or word in _OTHER_SUBJECTS \
                    or word in _COUNT_VERBS and not relative:
                return None
            if word not in _COPULAS:
                continue
            k = j + 1
            while k < sent.end and (self.lower[k] in _BACK_ADVERBS or self.lower[k].endswith("ly")):
                k += 1  # ("are now safely back")
            if self.lower[k:k + 1] != ["back"]:
                continue
            k += 1
            if self.lower[k:k + 1] == ["home"]:
                return _COUNT_VERBS["repatriated"]
            place = k + 1 + (self.lower[k + 1:k + 2] == ["the"])  # ("back in the Philippines")
            home = place < sent.end and self.lower[k] in {"in", "to"} and self.doc[place].ent_type_ == "COUNTRY" \
                and bool(count.nationality) and self.doc[place].ent_id_ == count.nationality
            return _COUNT_VERBS["repatriated"] if home else None
        return None

    def _home_after_aside(self, count: _Count, sent: Span) -> bool:
        """"40 Chileans, who were made to run frauds in Laos, have been brought back": a relative
        clause set off by commas after the people, then their own verb of coming home (the closed
        pair of ``_ARRIVED``/``_BROUGHT`` + "home"/"back" the plain count rule reads), past the
        auxiliaries and adverbs between. Only where the clause has ended at its comma."""
        if self.words[count.end:count.end + 2] != [",", "who"]:
            return False
        for j in range(count.end + 2, min(sent.end, count.end + 30)):
            if self.words[j] == ";" or self.lower[j] in _OPENS_CLAUSE:
                return False
            if self.words[j] != ",":
                continue
            k = j + 1
            while k < sent.end and self.lower[k] in _AUXILIARIES:
                k += 1
            k = self._past_adverbs(k, sent)  # type: ignore[attr-defined]
            return k + 1 < sent.end and self.lower[k] in _ARRIVED | _BROUGHT \
                and self.lower[k + 1] in {"home", "back"} and self._told_as_done(k, sent)  # type: ignore[attr-defined]
        return False
