"""Whether a count parts people counted before or adds more to them: the items of one list ("30
Bolivians and four Chileans"), a breakdown set off after its group ("ten people, six men and four
women", "The victims, including 20 Indonesians, ..."), parts by nationality adding up to the people
told before, a share of men, women or fugitives of a group the sentence does not count. Apart from
``counts.py``, which sums the counts by what is read here."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.clause_subjects import subject_after_a_break
from scamgraph.loaders.news.governing import _DEFRAUD, _EVENT_PEOPLE
from scamgraph.loaders.news.state import _Count, _Event, _State
from scamgraph.loaders.news.words import _ABOUT, BACK_NOUNS
from scamgraph.model import RelType


#: Nouns of a breakdown by sex, which parts the people before rather than adding to them
_SEXES = frozenset({"men", "women", "males", "females", "boys", "girls", "children", "minors"})
#: Kinds of people a group holds some of ("including 27 fugitives"), beside its men and women
_SHARES_OF_PEOPLE = frozenset({"fugitives", "teenagers", "juveniles", "ringleaders", "masterminds", "bosses"})
#: General nouns of a counted group, which a count set off by a comma after them parts ("ten people, six men")
_GROUP_NOUNS = frozenset({"people", "persons", "individuals", "suspects", "foreigners", "nationals", "workers", "victims",
                          "citizens", "others", "detainees", "migrants"})
#: Gap words giving the second count a phrase or clause of its own: "following withdrawals by 15", "deported 30 Chinese, leaving 12 in a cell" (audit 30)
_NOT_A_LIST_GAP = frozenset({"by", "following", "after", "before", "against", "during", "leaving", "leaves", "left",
                             "while", "whereas", "sent", "referred", "forwarded", "brought"})
# ("repatriated 104, while 150 others remain stranded": others, no item; "detained 1,210 and sent 48 to
# court": a verb of its own, whatever act it tells)
#: Words that open a clause on the place or thing told between two counts: "at a compound where 300
#: worked", "a site that housed 300", "a firm which employed 300": the second count is that clause's
_PLACE_CLAUSES = frozenset({"where", "that", "which", "whose"})
#: Words that, right after such an opener or before it, still part the people before ("30 people, which
#: included 12 Thais", "among which 12 Thais"): the clause is the list's own
_PARTING_WORDS = frozenset({"include", "includes", "included", "including", "comprised", "comprise", "comprises",
                            "comprising", "numbered", "among", "of"})

#: Marks that set a breakdown off right after its group: "ten people, six men ...", "ten people (six
#: men ...)", "ten people — six men and four women — were held" (a dash as a bracket)
_APPOSING_MARKS = ([","], ["("], ["—"], ["–"], ["-"], ["--"])

#: Words that open an aside parting people told before: "the foreigners, composed of three Chinese ..."
_ASIDE_PARTS = frozenset({"composed", "consisting", "comprising", "including", "made"})


def _parts_add_up(counts: list[_Count], link: tuple[RelType | None, str, _Event]) -> bool:
    """A sentence counts two peoples or more, every count of a nationality, and their numbers add
    up to the people the act told before counted: they are those people, parted by nationality."""
    rel, key, event = link
    return rel is not None and len(counts) >= 2 and all(c.nationality and not c.thing for c in counts) \
        and sum(c.value for c in counts) == event.counts.get(key, -1)


def _told_people(word: str) -> bool:
    """A noun naming people counted before: "the suspects", "the deportees", "the foreign workers"."""
    return word in BACK_NOUNS or word in _EVENT_PEOPLE or word in {"victims", "workers", "foreigners"}


def _a_clause_of_its_own(between: list[str]) -> bool:
    """The words between two counts open a clause on what the first count's act took place at, or name
    a place's residents ("at a compound in X where 300 Vietnamese worked", "a site that housed 300",
    "in X, home to 5,000 Chinese residents"): the second count is that clause's people, no item of a list
    the act counts."""
    for k, word in enumerate(between):
        if word in _PLACE_CLAUSES and k > 0 and between[k - 1] not in _PARTING_WORDS \
                and _PARTING_WORDS.isdisjoint(between[k + 1:k + 2]):
            return True
        if word == "home" and between[k + 1:k + 2] == ["to"]:
            return True
    return False


class PartedCounts(_State):
    """Whether a count is a part of people counted before, an item of a list, or more people."""

    def _parts_of_the_told(self, count: _Count, sent: Span) -> bool:
        """"The victims, including 20 Indonesians and 15 Thais, were taken to Mae Sot": a breakdown set
        off after a subject that names the people counted before (with no act of its own here)."""
        words = self.lower[sent.start:count.start]
        if len(words) >= 4 and words[0] == "the" and _told_people(words[1]) and words[2:4] == [",", "including"]:
            return all(w in {"including", ",", "and"} or w[:1].isdigit() or w.isalpha() for w in words[4:])
        # "The foreign workers came from at least 12 countries, including 300 Chinese, 120 Vietnamese and ...":
        # where they came from, then its parts
        for k in range(len(words) - 1, 0, -1):  # "officers held the migrants, made up of two Thais and one Lao,
            # and the guards": the people told before, parted in an aside set off after them
            nouns = words[max(0, k - 3):k - 1]
            if words[k - 1] == "," and words[k] in _ASIDE_PARTS and "the" in nouns and _told_people(nouns[-1]) \
                    and all(w in {",", "and", "of"} or w[:1].isdigit() or w.isalpha() for w in words[k + 1:]):
                return True
        at = next((k for k in range(len(words) - 1) if words[k:k + 2] == [",", "including"]), None)
        return at is not None and words[0] == "the" and any(_told_people(w) for w in words[1:3]) \
            and words[at - 1:at] in (["countries"], ["nationalities"], ["nations"]) and "from" in words[:at] \
            and all(w in {"including", ",", "and"} or w[:1].isdigit() or w.isalpha() for w in words[at + 2:])

    def _sexes_of_an_uncounted_whole(self, count: _Count, sent: Span) -> bool:
        """"The Malaysians, including six women, were detained", "arrested nine, among them two
        women", "The suspects, including 27 fugitives, were handed over" told with no whole before in
        the sentence: a share of men, women or fugitives of people the sentence does not count, which
        is no count of the act's."""
        lead = self.lower[max(sent.start, count.start - 2):count.start]
        return (self.lower[count.end - 1] in _SEXES or self.lower[count.end - 1] in _SHARES_OF_PEOPLE) and not count.nationality \
            and bool(lead) and (lead[-1] in {"including", "among"} or lead == ["among", "them"]) \
            and not any(self.like_num[sent.start:count.start])

    def _apposed_parts(self, previous_end: int | None, count: _Count) -> bool:
        """"arrested ten people, six men and four women", "300 suspects (45 of them women)": a count
        set off by a comma, a bracket or a dash right after a group counted by a general noun, or told as
        "of them", parts that group; it adds no people to it."""
        if previous_end is None:
            return False
        whose = self.lower[count.start + 1:count.start + 3] in (["of", "them"], ["of", "whom"])
        return whose or self.lower[previous_end:count.start] in _APPOSING_MARKS and self.lower[previous_end - 1] in _GROUP_NOUNS

    def _list_gap(self, end: int, start: int, count_end: int | None = None) -> bool:
        """A short gap with no verb of its own between two counts: they are items of one list (past a
        bracketed breakdown of the first: "12 Chinese (9 men and 3 women) along with two Thais"). Not
        where a semicolon or "but" opens a clause on the second count (ending at ``count_end``)."""
        if count_end is not None and subject_after_a_break(self.lower, end, start, count_end):
            return False  # "rescued 40 Indonesians; 12 Chinese managers escaped": their own clause
        if end < start and self.lower[end] == "(" and ")" in self.lower[end:start]:
            end = self.lower.index(")", end) + 1
        at = max(0, start - 3)
        before = self.lower[at:start]
        lead = before[len(before) - before[::-1].index("from"):] if "from" in before else None
        # ("three nationals of Tajikistan and five ...": the "of" before a country is the item's own)
        of_another = any(w == "of" and nxt not in {"whom", "them"} and self.doc[at + k + 1].ent_type_ != "COUNTRY"
                         for k, (w, nxt) in enumerate(zip(before, before[1:] + [""])))
        if lead is not None and set(lead) <= _ABOUT or set(before) & _DEFRAUD or of_another:
            return False  # "... from more than 800 citizens": the people of another clause
        if "," in self.lower[end:start] and self._opens_on_an_addition(end):
            return False  # "On top of the 1,200 deportations, around 9,000 have left": others, no item
        return start - end <= 8 and _NOT_A_LIST_GAP.isdisjoint(self.lower[end:start]) \
            and not any(self.lower[i] in _COUNT_VERBS for i in range(end, start)) \
            and not _a_clause_of_its_own(self.lower[end:start])

    def _opens_on_an_addition(self, k: int) -> bool:
        """The sentence holding ``k`` opens on a phrase of addition ("On top of", "In addition to",
        "Besides") that reaches to ``k``: what it counts is set beside the main clause's people."""
        sent = self.sentence
        if sent is None or not sent.start <= k <= sent.end:
            return False
        opening = self.lower[sent.start:sent.start + 3]
        return (opening == ["on", "top", "of"] or opening == ["in", "addition", "to"] or opening[:1] == ["besides"]
                or opening[:2] == ["apart", "from"]) and "," not in self.lower[sent.start:k]
