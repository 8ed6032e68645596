"""People "transferred" or "handed over": a sending home only where it moves them to their own state.

"transferred 104 Chinese suspects to China", "were transferred to Chinese custody", "transferred
back to the Chinese side": their own country takes them back, a handover (of the kind of sending
home the story told before, else a repatriation). "transferred 61 Chinese nationals to Thai
authorities", "handed over 260 foreigners to the Royal Thai Army": another state takes them, a
deportation (as the real-article golds read Myanmar's handovers of foreigners to Thailand). "transferred to a prison in
Vientiane", "to the provincial court", "to a shelter": a move inside one country, no act of
sending anyone anywhere."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.event_triggers import EVENT_TRIGGERS
from scamgraph.loaders.news.words import SENDING_HOME
from scamgraph.resolve import country_code
from scamgraph.loaders.nlp.vocabulary import POSSESSIVE_MARKS

__all__ = ["received_from_another_state", "sent_home_told", "things_handed", "transfer_kind"]

#: Words of another state's hands after a demonym: "to Chinese custody | authorities | police".
_HANDS = frozenset({"custody", "authorities", "police", "side", "officials", "government", "counterparts", "officers",
                    "army", "military", "soldiers", "troops", "immigration"})
#: Words of the people's own country after "to": "to their home country", "to their homeland".
_HOMELANDS = frozenset({"home", "homeland", "homelands", "country", "countries", "motherland"})
#: Words of the places people leave a country by: "to the border", "to the checkpoint".
_CROSSINGS = frozenset({"border", "checkpoint", "crossing", "gate", "bridge", "airport", "port", "frontier"})
#: Words of people of many countries: no state takes them all home.
_FOREIGN = frozenset({"foreign", "foreigners", "countries", "nationalities"})
#: A state's envoys and missions abroad, which take in their own citizens: "to Nepal's ambassador",
#: "to the Kenyan embassy in Bangkok"
_ENVOYS = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "embassy", "embassies", "consul", "consuls",
                     "consulate", "consulates", "mission", "chargé", "charge"})
#: The most words read from "transferred" to its "to".
_REACH = 10


#: Words before a "to" that tie a description to something, no destination: "related to online gambling"
_NOT_A_DESTINATION = frozenset({"related", "linked", "connected", "due", "according", "prior", "up", "owing"})


#: Words of questioning a transfer may be "for": the people stay in the same state's hands
_QUESTIONING = frozenset({"interrogation", "questioning", "investigation", "processing", "screening", "verification"})

def transfer_kind(lower: Sequence[str], doc: Doc, i: int, start: int, end: int) -> str | None:
    """The kind of act "transferred" at ``i`` tells in the sentence ``start:end``: "handover"
    (to the people's own state), "deportation" (to another state, or to no place said), "" (to a
    place inside a country: no act); None where the words say nothing either way."""
    tos = [k for k in range(i + 1, min(end, i + _REACH)) if lower[k] == "to"]
    # (the "to" of the sending, not of a description of the people: "involved in activities related
    # to online gambling back to China")
    to = next((k for k in tos if lower[k - 1] == "back"), None) \
        or next((k for k in tos if lower[k - 1] not in _NOT_A_DESTINATION), None)
    if to is None or to + 1 >= end:
        return None
    back = lower[to - 1] == "back"
    k = to + 1 + (lower[to + 1] == "the")
    if k >= end:
        return None
    state = _receiving_state(lower, doc, k, end)
    if not state and not _HOMELANDS.isdisjoint(lower[k:min(end, k + 3)]):
        if _foreigners_sent_out(lower, doc, i, start):
            return "deportation"  # "164 foreign workers ... sent on to their respective countries"
        return "handover"  # "transferred back to their home country"
    if not state and any(lower[j] == "for" and not _QUESTIONING.isdisjoint(lower[j + 1:j + 3]) for j in range(k, end)):
        return ""  # "transferred all seven to the 1309th Ranger Company for further interrogation": held on, no act
    if not state and not _CROSSINGS.isdisjoint(lower[k:min(end, k + 4)]):
        return None  # "transferred 40 Vietnamese to the border": on their way out, as before
    if not state:
        return "" if doc[k].is_lower and doc[k].is_alpha else None  # "to a prison", "to the provincial court"
    if _to_envoy(lower, k, end):
        return "handover"  # "handed over to Laos's ambassador to Thailand": the envoy's own citizens, whatever
        # other demonyms the sentence holds ("kept near the Thai border")
    peoples = {doc[j].ent_id_ for j in range(start, end) if doc[j].ent_type_ == "NORP" and j != k}
    left = doc[k].ent_type_ == "COUNTRY" and any(lower[j - 1] == "from" and doc[j].ent_type_ == "COUNTRY" for j in range(i + 1, to))
    if not peoples and (left or not _FOREIGN.isdisjoint(lower[start:end])):
        # "transferred 283 foreign nationals to Thailand", "citizens of 28 countries transferred from
        # Myanmar to Thailand": sent out of one state into another, not known to be theirs ("from
        # Myanmar to Chinese custody" names whose hands take them: a handover)
        return "deportation"
    return "handover" if back or not peoples or state in peoples else "deportation"


def _foreigners_sent_out(lower: Sequence[str], doc: Doc, i: int, start: int) -> bool:
    """The people "transferred" at ``i`` are told only as foreigners, of no one state ("283 foreign
    workers ... were transferred, each to their own country"): the host state sending out
    people of many countries, which the golds read as a deportation (as Myanmar's hand-overs through
    Thailand), not one state taking its own citizens home."""
    before = range(start, i)
    return not _FOREIGN.isdisjoint(lower[start:i]) and not any(doc[j].ent_type_ in {"NORP", "COUNTRY"} for j in before)


def _to_envoy(lower: Sequence[str], k: int, end: int) -> bool:
    """Whether the receiver named from ``k`` is a state's envoy or mission ("Peru's ambassador",
    "the Kenyan embassy"): the state's own name, then at most a possessive and one word before it."""
    after = [w for w in lower[k + 1:min(end, k + 4)] if w not in POSSESSIVE_MARKS]
    return any(w in _ENVOYS for w in after[:2])


def received_from_another_state(lower: Sequence[str], doc: Doc, i: int, start: int, end: int) -> bool:
    """Whether "received" at ``i`` tells one state's hands taking foreigners from others' ("The
    Royal Thai Army received 90 foreign nationals from Myanmar officials", "from the Karen group"):
    the handover across a border the golds read as a deportation, not their return home (a state
    receiving its own citizens, "Vietnam received 85 citizens from Cambodian police", is their
    repatriation)."""
    at = next((k for k in range(i + 1, min(end, i + _REACH)) if lower[k] == "from"), None)
    if at is None or at + 1 >= end:
        return False
    k = at + 1 + (lower[at + 1] == "the")
    sender = _receiving_state(lower, doc, k, end) if k < end else ""
    receiver = next((state for j in range(max(start, i - 8), i) if (state := _receiving_state(lower, doc, j, i))), "")
    if not receiver or sender == receiver:
        return False  # (from anyone else, a militia too: "received 260 foreigners from the Karen group")
    peoples = {doc[j].ent_id_ for j in range(i + 1, at) if doc[j].ent_type_ == "NORP"}
    return receiver not in peoples and (bool(peoples) or not _FOREIGN.isdisjoint(lower[i + 1:at]))


def _receiving_state(lower: Sequence[str], doc: Doc, k: int, end: int) -> str:
    """The state whose hands the words at ``k`` name: a country ("to China"), a demonym and its
    hands ("to Chinese custody", "to Thai immigration officers"), a body the gazetteer places in a
    country ("to the Royal Thai Army"); "" for none."""
    if doc[k].ent_type_ == "COUNTRY":
        return doc[k].ent_id_
    if doc[k].ent_type_ == "NORP" and not _HANDS.isdisjoint(lower[k + 1:min(end, k + 4)]):
        return doc[k].ent_id_
    if doc[k].ent_type_ == "AGENCY" and doc[k].ent_iob_ == "B":
        parts = doc[k].ent_id_.split("|")
        if len(parts) > 2 and len(parts[2]) == 2:
            return parts[2]
        j = k  # ("the Royal Thai Army": the people's word inside the body's name)
        while j < end and (j == k or doc[j].ent_iob_ == "I"):
            if (code := country_code(doc[j].text)) is not None:
                return code
            j += 1
    return ""


_HOMEWARD = frozenset({"home", "back"})


def sent_home_told(words: Sequence[str], mover: str) -> bool:
    """Whether a sentence's words tell a sending home of their own besides the moving word
    ``mover`` ("handed over to Thai officials and flown home", "for repatriation"): that word then
    names the act."""
    homeward = _HOMEWARD if mover == "handed" else {"home"}  # ("transferred back to China": the transfer's own way home)
    return not homeward.isdisjoint(words) or any(
        EVENT_TRIGGERS.get(w) in SENDING_HOME and w not in {mover, "handover"} for w in words)


def things_handed(lower: Sequence[str], doc: Doc, start: int, end: int) -> bool:
    """"handed over | the documents | to the court": what follows the verb up to its "to" is things,
    not people: lower-case words with no number, name, demonym, pronoun or people noun among them."""
    to = next((k for k in range(start, min(end, start + _REACH)) if lower[k] == "to"), None)
    if to is None:
        return False
    words = [w for w in lower[start:to] if w not in {"back", "the", "a", "an", "all", "its", "their", "his", "her"}]
    if not words or any(doc[j].like_num or doc[j].ent_type_ or not doc[j].is_lower for j in range(start, to)):
        return False  # (a number, a name or a demonym: "handed over 40 Thais", "handed over Li Wei")
    return not ({"them", "him", "her", "those", "these", "some", "others", "rest"} & set(words)
                or any(w in gz.people_nouns() or w.rstrip("s") in gz.people_nouns() for w in words))
