"""A number that stands alone, its noun dropped because the people were just counted.

As a sentence's subject ("Three had been held by the Lao police", "The four had been taken
into custody") it names a part (or all) of them, so it takes their nationality: only the subject
that opens the sentence, and only where the people told before are of one nationality, at least
as many, and on the same side of the law (victims told before are not the suspects of a later
arrest).

Before "from" and a country ("6,700 Indians were rescued: 2,265 from Cambodia, 2,290 from Laos")
it parts people whose nationality is already told by where they were: the country is no
nationality of theirs. Where no nationality was told ("120 people: 45 from China, 40 from
Vietnam") the country is where they are from.

Told again later, such people are the ones counted last: "Four of them" takes their nationality
(none where none was told for them), "They were detained" after "The eight Japanese are in their
20s" is an act on those eight. "Seven of 32 South Africans" is a part like "seven out of 32",
unless a participle after the whole is the whole's own act ("45 of 59 individuals deported")."""

from __future__ import annotations

from functools import cached_property

from spacy.tokens import Span

from scamgraph.loaders.news.breakdown_whole import BreakdownWhole
from scamgraph.loaders.news.count_leads import _SUBJECT_LEADS as _LEADS
from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.described import DescribedPeople
from scamgraph.loaders.news.sent_home import sent_home_verb
from scamgraph.loaders.news.state import _Count, _Event
from scamgraph.loaders.news.words import _BE, _PEOPLE_WORDS
from scamgraph.model import RelType

#: Words that open a part of a whole counted before it: "40 people, including 30 Chinese"
_PART_LEADS = frozenset({"including", "comprising", "among", "consisting"})
#: Words of a list of counted peoples besides its numbers and names: "39 Chinese nationals, 5 from Indonesia and"
_LIST_WORDS = frozenset({",", "and", "from", "nationals", "citizens", "people"})
#: Verbs of a state taking its people out of another country: "Indonesia brought home 40 from Cambodia"
_BRINGING_OUT = frozenset({"brought", "brings", "bring", "repatriated", "repatriates", "evacuated", "evacuates", "rescued",
                           "rescues", "flew", "flies", "airlifted"})
#: Openings of a partition before a bare number and a comma: "Of these, 25 ...".
#: People nouns of an opening that names the counted again: "Among the 92 citizens, ..."
_PEOPLE_AGAIN = frozenset({"citizens", "nationals", "people", "persons", "workers", "victims", "individuals", "foreigners",
                           "returnees", "suspects"})
_PARTITIVE_OPENINGS = (["of", "these"], ["of", "them"], ["of", "those"], ["among", "them"], ["among", "these"])
#: Openings of a partition of a total told before: "Out of the total, 310 people were from Nepal".
_TOTAL_OPENINGS = (["out", "of", "the", "total", ","], ["of", "the", "total", ","], ["of", "that", "number", ","],
                   ["of", "this", "number", ","], ["out", "of", "that", "number", ","])
#: Words of a passive phrase before the act's own word: "were taken into | custody", "placed under | arrest".
_PHRASE_WORDS = frozenset({"taken", "into", "placed", "put", "under", "safely", "successfully", "since", "later", "then"})
#: Acts done to people harmed by a scam, and acts done to suspects: a number told with one of each
#: is not the same people.
_VICTIM_ACTS = frozenset({RelType.RESCUED, RelType.REPATRIATED, RelType.AFFECTED, RelType.FOUND})
_SUSPECT_ACTS = frozenset({RelType.ARRESTED, RelType.CHARGED, RelType.DEPORTED, RelType.EXTRADITED})
#: Acts of a state on people that may tell of people described before.
_STATE_ACTS = frozenset({RelType.ARRESTED, RelType.DETAINED, RelType.DEPORTED, RelType.REPATRIATED, RelType.RESCUED,
                         RelType.EXTRADITED, RelType.CHARGED})
#: The act told under each count key ("arrested" -> ARRESTED).
_KEY_ACTS = {key: rel for rel, key, _kind in _COUNT_VERBS.values() if rel is not None}


#: Nouns of people that name no nationality of their own ("30 people", "12 individuals")
PLAIN_PEOPLE = frozenset({"people", "persons", "individuals", "citizens", "nationals", "victims", "workers"})


class BareNumbers(DescribedPeople, BreakdownWhole):
    """Numbers whose people were told before: their nationality, or the place that parts them."""

    @cached_property
    def _group_before(self) -> list[str]:
        """The nationality ("" for none) of the last people the story counted (empty before any)."""
        return []

    @cached_property
    def _described(self) -> list[list[tuple[str, int]]]:
        """[people counted with no act in the sentence being read, the same for the sentence before]:
        (nationality code, number) each."""
        return [[], []]

    def _described_only(self, count: _Count) -> None:
        """Keeps people counted with their nationality where the sentence tells no act of them."""
        if count.nationality and count.value > 0:
            self._described[0].append((count.nationality, count.value))

    def _described_before(self, rel: RelType | None) -> list[tuple[str, int]]:
        """"The five Zorvanians are in their 30s. They were detained by Merrow authorities": the
        people the sentence before counted with no act are those a state's act now tells of
        (nationality node key, number); a harm ("They were lured") makes no victims of them."""
        if rel not in _STATE_ACTS:
            return []
        nodes = [(self.nationality_nodes.get(code), value) for code, value in self._described[1]]
        return [(node.key, value) for node, value in nodes if node is not None]

    def _last_group(self, counts: list[_Count]) -> None:
        """Keeps the nationality of the last people counted in the sentence just read ("" where it
        counted several peoples, or the last are a part of a whole of none), and moves the people it
        counted with no act to "the sentence before"."""
        people = [c for c in counts if not c.thing]
        if people:  # ("40 people, including 30 Chinese and four Indians. 25 of them ...": of no one nationality)
            last = people[-1]
            named = {c.nationality for c in people if c.nationality}
            part = not _PART_LEADS.isdisjoint(self.lower[max(0, last.start - 3):last.start])
            whole = part and any(not c.nationality for c in people)
            self._group_before[:] = ["" if len(named) > 1 or whole else last.nationality]
        self._described[:] = [[], self._described[0]]

    def _group_told(self) -> str:
        """"Police arrested 13 members of a ring. Four of them ...": "them" are the people counted
        last, of their nationality (none where none was told for them, whatever nationality was
        named since); before any count, the nationality named last."""
        return self._group_before[0] if self._group_before else self.nationality_before

    def _bare_subject(self, count: _Count, sent: Span) -> str:
        """The nationality code of the people a bare number at the opening of ``sent`` points back
        to ("" where it names none)."""
        opening = sent.start
        if self.lower[opening:opening + 2] == ["according", "to"] and "," in self.lower[opening:count.start - 1]:
            opening += self.lower[opening:count.start - 1].index(",") + 1  # ("According to the paper, among the 90 ...")
        lead = self.lower[opening:count.start]
        again = lead[-1:] == [","] and _the_counted_again(lead[:-1], self.like_num[opening:count.start])
        parted = lead[-1:] == [","] and lead[:-1] in _PARTITIVE_OPENINGS or again
        if parted:
            lead = []  # "Of these, 25 have returned", "Among the 92 citizens, 20 were rescued": a part of the people told before
        if lead and (len(lead) > 2 or not set(lead) <= _LEADS):
            return ""  # not the subject that opens the sentence
        act = self._act_after_bare(count.end, sent)
        if act is None or not parted and self._group_before[:1] == [""]:
            return ""  # "55 Kestrians came home. ... Four suspects were arrested. The four were charged": the
            # four counted last, of no nationality told (not the Kestrians counted before them)
        told = self._people_told_before()
        if told is None:
            return ""
        code, key, value = told
        before = _KEY_ACTS.get(key)
        crossed = {act, before} & _VICTIM_ACTS and {act, before} & _SUSPECT_ACTS and not again  # (a whole named again
        # is parted by what befell each part: "Among the 92 deported, 20 were rescued and 72 detained")
        return "" if count.value > value or crossed else code

    def _more_of_them(self, count: _Count, rel: RelType | None, counts: list[_Count],
                      previous: tuple[RelType | None, str, _Event] | None) -> str:
        """"45 Laotians were freed in May, and 310 more in June", "Another 20 were freed": a bare
        number after "another" or before "more" counts further people of the kind counted just
        before, so it takes their nationality: the people the sentence counted last before it
        (among ``counts``; their act is ``previous``'s), else those of the sentence before where
        they are of one nationality ("" where none was told for them). None where the two acts
        cross sides (victims, then suspects), and none for "others" ("a Thai man and 20 others":
        anyone)."""
        if rel not in _STATE_ACTS or count.nationality or count.thing:
            return ""
        more = count.end - count.start == 2 and self.lower[count.end - 1] == "more"
        if not (more or count.end - count.start == 1 and count.start > 0 and self.lower[count.start - 1] == "another"):
            return ""
        people = [c for c in counts[:counts.index(count)] if not c.thing]
        if people:
            code, before = people[-1].nationality, previous and previous[0]
        else:
            told = self._people_told_before()
            if told is None:
                return ""
            code, before = told[0], _KEY_ACTS.get(told[1])
        crossed = {rel, before} & _VICTIM_ACTS and {rel, before} & _SUSPECT_ACTS
        return "" if crossed else code

    def _their_compatriots(self, count: _Count, rel: RelType | None, counts: list[_Count]) -> str:
        """"12 Laotians were detained and four compatriots were freed": compatriots share the
        nationality of the people the sentence counted just before them, whichever side of the act
        those were on ("" where those had none told, or were of several peoples)."""
        if rel is None or count.nationality or count.thing or self.lower[count.end - 1] != "compatriots":
            return ""
        people = [c for c in counts[:counts.index(count)] if not c.thing]
        return people[-1].nationality if people and not people[-1].mixed else ""

    def _among_them(self, count: _Count, rel: RelType | None, sent: Span) -> str:
        """"88 Togolese were rescued. Among them, 30 people returned on the 8th, and another 58 people
        on the 9th": a sentence opening on "Among them" or "Of them" parts the people told before,
        so each count in it that names no people of its own is of their one nationality (none larger
        than they were: "Of them, 30 were among the 300 people held in May": a group they were among)."""
        if rel is None or count.nationality or count.thing or self.lower[sent.start] not in {"among", "of"} \
                or self.lower[sent.start + 1:sent.start + 2] not in (["them"], ["these"], ["those"]):
            return ""
        if not all(self.lower[k] in PLAIN_PEOPLE or self.like_num[k] or self.lower[k] in {"another", "more"}
                   for k in range(count.start, count.end)):
            return ""
        told = self._people_told_before()
        return told[0] if told is not None and count.value <= told[2] else ""

    def _place_left(self, count: _Count, j: int, norp: dict[int, Span], sent: Span) -> bool:
        """"2,265 from | Cambodia", "64 people from | Laos" for people whose nationality is already
        told: the country at ``j`` is where they were, not who they are."""
        ent = norp[j]
        noun = self.lower[count.end] in _PEOPLE_WORDS  # ("64 people | from Laos")
        if ent.label_ != "COUNTRY" or j != count.end + 1 + noun or self.lower[j - 1] != "from":
            return False
        return self._parted_by_place(count.start, count.value, ent.id_, sent) or self._state_brings_back(count, ent, sent)

    def _state_brings_back(self, count: _Count, ent: Span, sent: Span) -> bool:
        """"Indonesia brought home 40 from Cambodia", "South Korea brings home 64 from Cambodia": a
        state that opens the sentence brings (or rescues) people out of the country after "from";
        they are its own people, and that country is where they were."""
        state = next((e for e in self.ents if e.label_ == "COUNTRY" and sent.start <= e.start <= sent.start + 1), None)
        return state is not None and state.id_ != ent.id_ \
            and any(self.lower[i] in _BRINGING_OUT for i in range(state.end, count.start))

    def _parted_by_place(self, k: int, value: int, code: str, sent: Span) -> bool:
        """The number at ``k`` (``value``) parts people of a nationality other than ``code`` told
        before: the largest number of this sentence before it, at least as large, names a
        demonym or "citizens"; with no such number, the one nationality the story has counted."""
        if self._demonyms_listed_before(k, sent.start):
            return False  # "39 Chinese nationals, 5 from Indonesia and 13 from India": a list by nationality
        whole = self._whole_before(k, value, sent.start)
        if whole is not None:
            return whole not in {"", code}
        parts = sum(1 for i in range(sent.start + 2, sent.end) if self.lower[i] == "from" and (
            self.like_num[i - 1] or self.like_num[i - 2] and self.lower[i - 1] in _PEOPLE_WORDS))  # ("64 people from A")
        told = list(self._counted_before.items())  # (a breakdown of two parts or more, not "freed 25 from Laos")
        if not {"other", "others", "remaining", "rest"}.isdisjoint(self.lower[sent.start:k]):
            return False  # "1,792 of them were Chinese. The remaining detainees included 181 from Myanmar": other peoples
        return parts >= 2 and len(told) == 1 and told[0][0] != code and told[0][1][1] >= value

    def _whole_before(self, k: int, value: int, start: int) -> str | None:
        """The nationality told with the largest number between ``start`` and ``k`` that is at least
        ``value`` ("*" for one's own "citizens", "" for none told), or None where there is no such number."""
        best: tuple[int, int] | None = None
        for i in range(start, k):
            if self.like_num[i] and not (i > start and self.like_num[i - 1]):
                number, end = self._number_at(i, k)  # type: ignore[attr-defined]
                part = self.lower[end:end + 1] == ["from"] or self._item_before(end, k)  # (not a whole: another part,
                # "2,290 from Laos", or an item of the same list: "39 Chinese nationals, 5 from Indonesia")
                if number is not None and not part and number >= value and (best is None or number > best[0]):
                    best = (number, end)
        if best is None:
            return None
        end = best[1]
        ent = next((e for e in self.ents if e.start == end and e.label_ == "NORP"), None)
        if ent is not None:
            return ent.id_
        return "*" if self.lower[end:end + 1] == ["citizens"] else ""

    def _demonyms_listed_before(self, k: int, start: int) -> bool:
        """The list the number at ``k`` continues holds an item named by a demonym ("39 Chinese
        nationals, 5 from Indonesia and | 13"): back over the list's own words only."""
        j = k - 1
        while j >= start and (self.lower[j] in _LIST_WORDS or self.like_num[j] or self.doc[j].ent_type_ in {"NORP", "COUNTRY"}):
            if self.doc[j].ent_type_ == "NORP" and j > start and self.like_num[j - 1] or self._citizens_of(j, start):
                return True
            j -= 1
        return False

    def _citizens_of(self, j: int, start: int) -> bool:
        """The country opening at ``j`` names the people of a number before it, as a demonym would:
        "27 nationals of Ghana and | 2 from Togo", "27 citizens of the Philippines and | 2"."""
        if self.doc[j].ent_type_ != "COUNTRY" or self.doc[j].ent_iob_ != "B":
            return False
        at = j - 1 - (self.lower[j - 1] == "the")
        return at - 2 >= start and self.lower[at] == "of" and self.lower[at - 1] in {"citizens", "nationals"} \
            and self.like_num[at - 2]

    def _item_before(self, end: int, k: int) -> bool:
        """The number ending at ``end`` is an item of the list the number at ``k`` continues: only its
        demonym, its people noun and the list's comma or "and" stand between ("39 Chinese nationals, |
        5 from Indonesia")."""
        j = end
        while j < k and self.doc[j].ent_type_ == "NORP":
            j += 1
        j += j < k and (self.lower[j] in _PEOPLE_WORDS or self.lower[j] in {"nationals", "citizens"})
        return j < k and all(self.lower[i] in {",", "and"} for i in range(j, k))

    def _whole_acted(self, whole: _Count, sent: Span) -> bool:
        """"45 of 59 individuals deported", "41 of the 47 deported suspects": a participle right
        after the whole of a part told with plain "of", or before its noun, is the whole's act (the part takes none from it); "13 out of 17" keeps the act
        for the part, as does a verb with its auxiliary ("seven of 32 ... were rescued")."""
        k, at = whole.end, whole.start - (whole.start >= 1 and self.lower[whole.start - 1] == "the")  # ("of the 40 ...")
        plain = at >= 2 and self.lower[at - 1] == "of" and self.lower[at - 2] != "out"
        described = whole.start < whole.done_to < whole.end and not (  # "41 of the 47 deported suspects": before the noun
            k < sent.end and self.lower[k] in {"were", "was", "are", "is", "have", "has", "had"})  # (not "Two of the five
        # arrested Chinese were charged": the part's own verb)
        return plain and (described or k < sent.end and self.lower[k] in _COUNT_VERBS and self.lower[k].endswith("ed"))

    def _total_told_before(self, sent: Span) -> tuple[RelType | None, str, _Event] | None:
        """"... freed more than 900 people. ... Out of the total, 310 people were from Nepal": a
        sentence opening with a partition of a total ("Out of the total,", "Of that number,") parts
        the people of the last event the story counted (its act, count key and event); None where
        the sentence opens otherwise or no event has counted people."""
        lead = self.lower[sent.start:min(sent.end, sent.start + 5)]
        if not any(lead[:len(opening)] == opening for opening in _TOTAL_OPENINGS):
            return self._breakdown_whole(sent)  # ("The group comprises ...", "the 40 foreigners were composed of")
        for event in reversed(self.events):
            key = next((k for k in event.counts if k in _KEY_ACTS), None)
            if key is not None:
                return _KEY_ACTS[key], key, event
        return None

    def _act_after_bare(self, k: int, sent: Span) -> RelType | None:
        """The act told right after the number ("had been detained", "were taken into custody")."""
        start = k
        while k < sent.end and (self.lower[k] in _BE or self.lower[k] in _PHRASE_WORDS
                                or self.lower[k] == "already" or self.lower[k].endswith("ly") and self.words[k].isalpha()):
            k += 1  # ("have already safely returned")
        told = _COUNT_VERBS.get(self.lower[k]) if k < sent.end else None
        if told is None and k < sent.end and self.lower[k] == "sent":  # "Three were later sent home"
            own = (self._people_told_before() or ("",))[0]
            at, home = sent_home_verb(self.lower, self.doc, start, (sent.start, sent.end), own)
            told = home if at == k else None  # type: ignore[assignment]
        if told is None or told[0] is None or not self._told_as_done(k, sent):
            return None
        return told[0]

    def _part_of_the_acted(self, count: _Count) -> str:
        """"Six of the detained men were charged": a part of the people an earlier act counted
        (its participle after "of the"), who were of one nationality: theirs ("" where that act
        counted several nationalities, or fewer people than the part)."""
        if count.noun_role != "of":
            return ""
        participle = next((w for w in self.lower[count.start + 1:count.end] if w in _COUNT_VERBS and w.endswith("ed")), None)
        key = _COUNT_VERBS[participle][1] if participle else ""
        told = [code for code, (told_key, value) in self._counted_before.items() if told_key == key and value >= count.value]
        return told[0] if key and len(told) == 1 else ""

    def _people_told_before(self) -> tuple[str, str, int] | None:
        """(code, count key, number) of the people the story told last: those the sentence before
        counted, where they are of one nationality; else those of the one nationality counted so far."""
        keys = {key for key, _value in self._told_people}
        codes = [code for code, node in self.nationality_nodes.items() if node.key in keys and code in self._counted_before]
        if len(keys) != 1 or len(codes) != 1:
            codes = list(self._counted_before) if not keys and len(self._counted_before) == 1 else []
        if len(codes) != 1:
            return None
        key, value = self._counted_before[codes[0]]
        return codes[0], key, value


def _the_counted_again(lead: list[str], numeric: list[bool]) -> bool:
    """"Among the 92 citizens (handed over)", "Of the 96 people": an opening that names the
    people counted before again by their number."""
    return len(lead) >= 4 and lead[0] in {"among", "of"} and lead[1] == "the" and numeric[2] \
        and lead[3] in _PEOPLE_AGAIN
