"""Things counted with the act of their sentence, where the word for them fits only some acts.

Places counted by a word for a dwelling ("four houses", "five villas", "six spots") are the sites
of a raid or of an arrest told in the same sentence ("searched five spots", "raided nine houses",
"cracked down on six spots, arresting 20"). With any other act they are mostly where people lived
or were seen ("a tip about activities in 26 houses" before a handover), so they count nothing
there. Other site words ("compounds", "buildings") count on any act.

Sites counted as what someone ran ("for operating 17 illegal gambling sites") are the business's,
no act's. Targets ("targets", "entities", "organizations") count only on a sanction ("sanctioned 40
targets"); the targets one sentence names in parts ("nine targets in Ruritania as well as ten
in Freedonia") add up, and so do the people named beside them ("32 individuals and 14 entities":
46 targets, as the golds count a sanction's)."""

from __future__ import annotations

from collections.abc import Sequence

from scamgraph.loaders.news.counted_premises import parts_of_a_whole
from scamgraph.loaders.news.state import _Count, _Event
from scamgraph.loaders.news.words import SENDING_HOME
from scamgraph.loaders.numbers import number_value

__all__ = ["count_thing"]

#: Words for a dwelling that count sites only where a raid or an arrest is told.
_DWELLINGS = frozenset({"houses", "bungalows", "villas", "spots"})
#: The acts whose sites such places are.
_RAIDING = frozenset({"raid", "arrest"})
#: Verbs of pulling buildings down: sites razed are no act's sites of people's arrest or rescue
_DEMOLISHING = frozenset({"demolished", "demolishing", "demolish", "razed", "razing", "bulldozed", "bulldozing",
                          "torn", "tore", "tearing", "destroyed", "destroying", "dismantled", "flattened"})
#: Verbs of running a business, whose counted sites are the business's, no act's
_RUNNING = frozenset({"operating", "operated", "operate", "operates", "running", "ran", "run", "runs", "managing",
                      "managed", "owning", "owned", "opening", "opened"})


def count_thing(lower: Sequence[str], count: _Count, events: Sequence[_Event], told: Sequence[_Count]) -> None:
    """Gives the number of things (``count.thing``) to the sentence's first event, unless there is
    none, the things are dwellings and that event is no raid or arrest, or they are targets and it
    is no sanction; ``told`` are the sentence's counts (its targets add up)."""
    if not events or count.thing == "objects" or lower[count.end - 1] in _DWELLINGS and events[0].type not in _RAIDING:
        return  # (objects a people owns, "45 Indonesian passports", count nothing an event keeps)
    if count.start > 0 and lower[count.start - 1] in _RUNNING:
        return  # "caught for operating 17 illegal gambling sites": the business a suspect ran, no act's sites
    if count.thing == "provinces" and count.start > 0 and lower[count.start - 1] == "from":
        return  # "26 citizens ... from 14 provinces and cities": where they came from, not where the act was
    if "one" in lower[max(0, count.start - 4):count.start] and "of" in lower[max(0, count.start - 3):count.start]:
        return  # "only one of about 45 scam compounds along the border": the many it is one of, none raided
    host, value = events[0], _part_told_before(lower, count)
    if count.thing in {"sites", "provinces", "cities"} and host.type == "visit":
        return  # "said X before visiting the compound": what an official saw, no visit's sites
    if count.thing == "sites" and (host.type in SENDING_HOME or host.type == "seizure" or _torn_down(lower, count)
                                   or _parts_of_one(lower, count)):
        return  # "410 buildings were torn down, and 900 suspects were sent back": no return's sites, nor a raid's
        # ("140 buildings were unregistered, and seized equipment": what was seized, not buildings searched)
    if count.thing == "targets":
        if host.type != "sanction":
            return
        parts = [c for c in told if c.thing == "targets"]
        counted = [c.value for c in parts] + [c.value for c in told if _people_beside(lower, c, parts)]
        value = sum(counted)
        if any(2 * whole == value for whole in counted):
            value //= 2  # "sanctioned 49 targets — 40 entities and 9 individuals —": the whole and its parts
    host.counts[count.thing] = max(value, host.counts.get(count.thing, 0))


def _part_told_before(lower: Sequence[str], count: _Count) -> int:
    """"raids in seven of the country's 25 provinces": the part told before "of" the whole is the
    number of things the act reached; else the count's own number."""
    for k in range(count.start - 1, max(0, count.start - 6), -1):
        if lower[k] == "of":
            part = number_value(lower[k - 1]) if k > 0 else None
            return part if part is not None and part < count.value else count.value
        if lower[k] not in {"the", "its", "their", "country", "nation", "'s", "’s"}:
            break
    return count.value


#: Nouns of people a sanction counts beside its entities
_INDIVIDUALS = frozenset({"individuals", "persons", "people"})


def _torn_down(lower: Sequence[str], count: _Count) -> bool:
    """A verb of pulling buildings down within four words before the counted sites ("demolished 40
    buildings") or in their clause after them ("410 buildings ... were torn down")."""
    after = lower[count.end:count.end + 8]
    clause = after[:next((k for k, w in enumerate(after) if w in {",", ";", "."}), len(after))]
    return not _DEMOLISHING.isdisjoint(lower[max(0, count.start - 4):count.start]) or not _DEMOLISHING.isdisjoint(clause)


def _parts_of_one(lower: Sequence[str], count: _Count) -> bool:
    """Buildings told as the parts of one place ("the casino complex comprising 14 buildings", "a
    guesthouse with nine buildings"): the place is the site, its buildings are no count of sites."""
    return lower[count.end - 1] in _PARTS and count.start > 0 \
        and (lower[count.start - 1] == "with" or not _MADE_OF.isdisjoint(lower[max(0, count.start - 3):count.start])
             or parts_of_a_whole(list(lower), count.end - 1, 0))  # ("a compound of six buildings")


#: Words for the parts of one site
_PARTS = frozenset({"buildings", "blocks", "towers", "structures", "floors", "wings"})
#: Words that tell what a place is made of
_MADE_OF = frozenset({"comprising", "comprises", "comprised", "consisting", "consists", "containing", "contains",
                      "spanning", "spans", "housing", "houses", "made"})


def _people_beside(lower: Sequence[str], count: _Count, parts: Sequence[_Count]) -> bool:
    """``count`` counts people ("32 individuals") joined by "and" to a count of targets ("... and 14
    entities", "14 entities and 32 individuals")."""
    if count.thing or lower[count.end - 1] not in _INDIVIDUALS:
        return False
    return any(lower[count.end:part.start] == ["and"] or lower[part.end:count.start] == ["and"] for part in parts)
