"""How people sent home got free, told in a relative clause on them: "The ministry flew home 95
Zorvanians who had fled the Amber Wren compound", "Sixty Zorvanians who were freed from the Amber
Wren complex have since been sent home". A clause of the people's past is mostly told in passing
("17 workers who were forcibly detained": what their captors did, no event), but a rescue or an
escape before a sending home is how those people came to go home: a happening of its own, with
the place the clause gives. Only where the story told no act of that kind before (a clause that
tells it again, "the 60 who were rescued on Monday", adds nothing).

The people of a rescue so told are those sent home: the rescue gets their nationality, with
their number where the clause is on the counted people themselves ("60 Zorvanians who were
freed"), and none where it is on a whole they were picked from ("60 of its citizens who were
freed": others may have been freed with them)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from spacy.tokens import Doc

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.sending_edges import SENT_AS
from scamgraph.loaders.news.state import _Event, _State
from scamgraph.model import Evidence, RelType

#: The acts that set people free, which a clause on the people sent home tells as done
_FREEING = frozenset({"rescue", "escape"})
#: The acts of sending people home that make such a clause their story's step before it
_SENDING_HOME = frozenset({"repatriation", "deportation"})
#: Words that name the people before "who" besides the nouns of counts: "its citizens who"
_PEOPLE = frozenset({"citizens", "nationals", "people", "workers", "victims", "men", "women", "youths", "migrants"})
#: How far back from the act word the "who" of its clause may stand ("who had earlier been | freed")
_REACH = 6
#: How far before the people's "who" the word of their sending home may stand ("repatriated 119 of its citizens who")
_BEFORE = 8
#: The edges that name the people a sending home took
_SENT = frozenset(rel for rel, _key in SENT_AS.values())


def freed_before_sent_home(lower: Sequence[str], doc: Doc, i: int, kind: str, start: int,
                           told: Collection[tuple[int, str]], group: int | None) -> int | None:
    """Where the "who" stands whose clause the act word at ``i`` (of ``kind``) is in, on people
    named by their nationality or a noun of people, whose sending home the sentence (from
    ``start``; ``told``: its act words and their kinds) tells as the act done to them: its word
    just before them ("flew home 95 Zorvanians who", "the return of 60 Zorvanians who") or right
    at the sentence's own verb group after the clause (``group``: "... have since been sent home");
    else None (not "..., said this was the fourth repatriation": another sending)."""
    if kind not in _FREEING:
        return None
    who = next((k for k in range(i - 1, max(start, i - _REACH) - 1, -1) if lower[k] == "who"), None)
    if who is None or who - 1 < start:
        return None
    if not any(kind_told in _SENDING_HOME and (who - _BEFORE <= at < who or _main_verb_after(lower, i, at, group))
               for at, kind_told in told):
        return None
    noun = who - 1 - (lower[who - 1] == ",")  # ("95 Zorvanians, who had fled ...")
    named = noun >= start and (doc[noun].ent_type_ == "NORP" or lower[noun] in _PEOPLE or lower[noun] in gz.people_nouns())
    return who if named else None


def _main_verb_after(lower: Sequence[str], i: int, at: int, group: int | None) -> bool:
    """The sending word at ``at`` is the sentence's own verb after the clause of the act at ``i``:
    at its verb group (``group``), or a few plain words on with no clause break between ("who were
    freed from the Amber Wren complex | have since been sent home")."""
    if group is not None:
        return group <= at <= group + 3
    return i < at <= i + _AFTER and _BREAKS.isdisjoint(lower[i + 1:at])


#: How far after the clause's act word the sentence's sending word may stand, and what ends the clause's reach
_AFTER = 15
_BREAKS = frozenset({",", ";", ":", "who", "which", "that", "said", "says", "while", "and", "but", "(", "—", "–"})


class FreedPeople(_State):
    """The people of a rescue told in a clause on people sent home (mixed into the reader)."""

    #: This sentence's act words kept from such a clause -> where its "who" stands
    freed_clauses: dict[int, int] = {}
    event_words: dict[int, list[int]]
    like_num: list[bool]

    def _freed_people(self, events: list[_Event], ev: Evidence) -> None:
        """Gives each rescue kept from a clause the nationality the sending home of the sentence
        took (``ev``: the sentence's evidence), with that number where the clause is on the
        counted people themselves."""
        if not self.freed_clauses:
            return  # (most sentences: no rescue kept from a clause)
        peoples = {node.key for node in self.nationality_nodes.values()}
        for at, who in self.freed_clauses.items():
            freed = next((e for e in events if e.type == "rescue" and at in self.event_words.get(id(e), ())), None)
            if freed is None:
                continue
            sent_keys = {e.node.key for e in events if e.type in _SENDING_HOME}
            counted = "of" not in self.lower[max(0, who - 4):who] \
                and any(self.like_num[k] for k in range(max(0, who - 4), who))  # (not "60 of its citizens who")
            for (source, rel, target), edge in list(self.edges.items()):
                if source in sent_keys and rel in _SENT and target in peoples and ev in edge.evidence:
                    count = edge.properties.get("count") if counted else None
                    if isinstance(count, int) and count > 0:
                        self._edge(RelType.RESCUED, freed.node.key, target, ev, count=count)
                    else:
                        self._edge(RelType.RESCUED, freed.node.key, target, ev)
