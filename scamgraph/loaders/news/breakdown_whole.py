"""A breakdown told apart from the count it parts: "Police held 40 foreigners on Monday. They had
come by boat. The group comprises 25 Bolivians and 15 Chileans", "Ortiz said the 40 foreigners
were composed of ...". The opening refers back (a definite noun phrase, grammar): "the group" to
the people the story counted last (as does "the nationalities": "The nationalities included:
Ruritania (25), Freedonia (15)"), "the 40 foreigners" to the people an act counted 40 of, so
the parts take that act even where other sentences stand between. So does a definite noun of the
people themselves ("An inspector said the suspects included nine Chinese, ..."): the last act that counted
people of that kind (suspects were arrested, detained or charged; victims rescued or harmed). A
breakdown that names no whole at all ("By nationality, ...", a ranking: "Zorvanians made up the
largest group, with 212") parts the people the story counted last, as "Of them" does."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.state import _Event
from scamgraph.model import RelType

__all__ = ["BreakdownWhole"]

#: The count keys of acts done to people, with the act ("arrested" -> ARRESTED).
_KEY_ACTS = {key: rel for rel, key, _kind in _COUNT_VERBS.values() if rel is not None}
#: Words that open a breakdown ("comprises", "consisted of", "made up of", "included").
_OPENING_VERBS = frozenset({"included", "include", "includes", "comprised", "comprise", "comprises",
                            "consisted", "consist", "consists", "composed", "made"})

#: Nouns that name the people counted last as a whole: "The group comprises ...", "The
#: nationalities included: Ruritania (40), ..." (the people named by what they are of).
_WHOLE_NOUNS = frozenset({"group", "nationalities"})
#: Nouns of people that say which acts counted them: "the suspects" were arrested, detained or
#: charged, "the victims" rescued, found or harmed. Nouns of people of any act ("the foreigners",
#: "the workers") refer back to the last act that counted people, as "the group" does.
_ACTS_OF_NOUN = {
    **dict.fromkeys(("suspects", "detainees", "accused", "arrestees"), frozenset({"arrested", "detained", "charged"})),
    **dict.fromkeys(("victims", "survivors", "captives", "hostages"),
                    frozenset({"rescued", "found", "victims", "repatriated", "dead", "injured"})),
    **dict.fromkeys(("deportees",), frozenset({"deported"})),
    **dict.fromkeys(("returnees", "repatriates"), frozenset({"repatriated", "deported"})),
}
#: Nouns of people told of whatever was done to them.
_ANY_ACT_NOUNS = frozenset({"foreigners", "nationals", "workers", "people", "individuals", "persons"})


class BreakdownWhole:
    """Finds the act whose people a breakdown opening names again (mixed into the count rules)."""

    def _breakdown_whole(self, sent: Span) -> tuple[RelType | None, str, _Event] | None:
        """The act, count key and event of the people a breakdown opening refers back to: the last
        act counted the opening's number ("the 40 foreigners"), or the last that counted people for
        "the group"; None where the sentence opens no breakdown or names neither."""
        if sent.start not in self._matches.parts_next:  # type: ignore[attr-defined]
            return None
        return self._named_whole(sent)

    def _unnamed_whole(self, sent: Span, link: tuple[RelType | None, str, _Event] | None) \
            -> tuple[RelType | None, str, _Event] | None:
        """The people a breakdown naming no whole parts ("By nationality, Zorvanians made up the
        biggest share with 212", a ranking): those counted last (``link``, the sentence before's),
        else past sentences that counted no one (as "Of them" reaches them: "Border guards detained
        400 people on Sunday. The river was high. By nationality, ..."). A part is never more than
        its whole: where one is ("Guards detained 400 people. Two bodies were found. ... the largest
        group was Zorvanian, 212 people"), the whole is the last act that counted at least as many.
        ``link`` itself for any other sentence."""
        if sent.start not in self._matches.unnamed:  # type: ignore[attr-defined]
            return link
        if link is None and not self.counted_since:  # type: ignore[attr-defined]
            link = self.counted_link  # type: ignore[attr-defined]
        numbers = [self._number_at(k, sent.end)[0] for k in range(sent.start, sent.end)  # type: ignore[attr-defined]
                   if self.like_num[k]]  # type: ignore[attr-defined]
        largest = max((n for n in numbers if n is not None), default=0)
        if link is None or link[0] is None or link[2].counts.get(link[1], largest) >= largest:
            return link
        for event in reversed(self.events):  # type: ignore[attr-defined]
            key = next((k for k, v in event.counts.items() if k in _KEY_ACTS and v >= largest), None)
            if key is not None:
                return _KEY_ACTS[key], key, event
        return None

    def _named_whole(self, sent: Span) -> tuple[RelType | None, str, _Event] | None:
        """The act whose people the breakdown's opening names by a number or a noun."""
        lower = self.lower  # type: ignore[attr-defined]
        verb = next((k for k in range(sent.start, sent.end) if lower[k] in _OPENING_VERBS), None)
        if verb is None:
            return None
        before = range(max(sent.start, verb - 4), verb)
        number = next((self._number_at(k, verb)[0] for k in before  # type: ignore[attr-defined]
                       if self.like_num[k]), None)  # type: ignore[attr-defined]
        keys = frozenset(_KEY_ACTS)
        if number is None and _WHOLE_NOUNS.isdisjoint(lower[k] for k in before):
            noun = self._people_noun_again(before)
            if noun is None:
                return None
            keys = _ACTS_OF_NOUN.get(noun, keys)
        for event in reversed(self.events):  # type: ignore[attr-defined]
            key = next((k for k, v in event.counts.items() if k in keys and number in (None, v)), None)
            if key is not None:
                return _KEY_ACTS[key], key, event
        return None

    def _people_noun_again(self, before: range) -> str | None:
        """The noun of people right after "the" in a breakdown's opening ("the suspects included",
        "the victims comprised"), which names people told before; None for any other opening."""
        lower = self.lower  # type: ignore[attr-defined]
        for k in before:
            if lower[k] == "the" and k + 1 in before and (lower[k + 1] in _ACTS_OF_NOUN or lower[k + 1] in _ANY_ACT_NOUNS):
                return lower[k + 1] if k + 2 not in before or lower[k + 2] in {"were", "are", "was", "is"} else None
        return None

    def _whole_of_the_part(self, count_start: int, sent: Span) -> tuple[RelType | None, str, _Event] | None:
        """"Of the 38 deportees, 29 are Chinese", "said that of the 40 arrested, 31 were Thai": the
        whole a part is told of, named by its number and its act's noun or participle, is the people
        of the last act that counted them (the one that counted that number, where one did);
        None where no such whole stands right before the part."""
        lower = self.lower  # type: ignore[attr-defined]
        k = count_start - 1
        k -= k > sent.start and lower[k] == ","
        noun = lower[k] if k > sent.start else ""
        keys = _ACTS_OF_NOUN.get(noun) or (frozenset({_COUNT_VERBS[noun][1]}) if noun in _COUNT_VERBS
                                            and _COUNT_VERBS[noun][0] is not None else None)
        if keys is None:
            return None
        if noun == "deportees":
            keys = keys | {"repatriated"}  # (people "sent home" are told again as its deportees)
        j = k - 1
        number = self._number_at(j, k)[0] if j > sent.start and self.like_num[j] else None  # type: ignore[attr-defined]
        j -= number is not None
        if j - 1 < sent.start or lower[j - 1:j + 1] not in (["of", "the"], ["of", "those"]):
            return None
        found = [(key, event) for event in reversed(self.events)  # type: ignore[attr-defined]
                 for key in event.counts if key in keys]
        key, event = next(((key, e) for key, e in found if e.counts[key] == number), found[0] if found else (None, None))
        return (_KEY_ACTS[key], key, event) if event is not None and key is not None else None

