"""Journeys that are events: officials arriving (a visit) and people brought or flown back home
(a sending home), told by a verb and its people rather than by one event word."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from spacy.matcher import Matcher
from spacy.tokens import Span
from spacy.vocab import Vocab

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.event_bodies import _SENDING_VERBS
from scamgraph.loaders.news.event_links import EventLinks
from scamgraph.loaders.news.words import _PEOPLE_WORDS

#: Who makes a visit by arriving: officials and their teams, or an agency or a title named as the subject
_OFFICIAL_SUBJECTS = ["team", "delegation", "mission", "minister", "ministers", "officials", "delegates", "envoy",
                      "ambassador", "investigators", "secretary", "president", "premier", "commissioner"]
_VISITING_OFFICIALS = set(_OFFICIAL_SUBJECTS)
_ARRIVING = ["arrived", "arrive", "arrives", "arriving", "arrival"]
#: Verbs that send officials on a trip ("a response team was dispatched to Cambodia", "20 police officers
#: had been sent to Cambodia", "the delegation travelled to Phnom Penh"): told right after their subject
_TRAVELLING = ["dispatched", "deployed", "sent", "travelled", "traveled", "flew"]
_TRAVEL_AUXILIARIES = ["was", "were", "had", "has", "have", "been", "earlier", "also", "later", "then", "recently",
                       "first"]
#: Who goes abroad on a trip besides the officials who arrive: police officers sent to another country
_TRAVELLERS = _OFFICIAL_SUBJECTS + ["police", "officers"]
_TRAVELLER_WORDS = frozenset(_TRAVELLERS)
#: Kinds of role that hold no office, whose journeys are no official visit
_NO_OFFICE = frozenset({"victim", "suspect", "other", "business"})
_ARRIVAL_WORDS = frozenset(_ARRIVING + _TRAVELLING)
_ARRIVING_WORDS, _TRAVELLING_WORDS = frozenset(_ARRIVING), frozenset(_TRAVELLING)
#: Words that make the arrival someone else's ("... rescued the victims, who arrived home"): no visit
_OTHERS_ARRIVING = ["who", "which", "victims", "workers", "suspects", "nationals", "citizens", "people", "tourists",
                    "survivors", "returnees", "men", "women", "they", "them",
                    # the people sent home named as a body ("the group reached the border post on
                    # Friday, the ministry said"): collective nouns of people, never the officials' own team
                    "group", "groups", "batch", "batches", "individuals", "persons",
                    # a telling between the official and the arrival: "the minister said the 109 Ethiopians arrived"
                    "said", "says", "told", "announced", "confirmed", "added", "stated", "reported"]


#: "aided by the task force upon arrival", "on their arrival": the time of someone's coming, not the subject's trip
_AT_ARRIVAL = frozenset({"upon", "on"})
_THEIR = frozenset({"their", "his", "her"})


def _upon_arrival(lower: list[str], k: int) -> bool:
    """The arrival word at ``k`` is the object of "upon" / "on" ("upon arrival", "on their arrival"):
    it dates what was done to the people who came, it is no visit by the officials named before it."""
    before = k - 1 if lower[k - 1] not in _THEIR else k - 2
    return lower[k] == "arrival" and lower[before] in _AT_ARRIVAL


@lru_cache(maxsize=2)
def _arrival_matcher(vocab: Vocab) -> Matcher:
    """An official subject, up to eight words of its clause, then an arrival word."""
    matcher = Matcher(vocab)
    subject = [{"LOWER": {"IN": _OFFICIAL_SUBJECTS}}, {"ENT_TYPE": {"IN": ["ROLE", "AGENCY"]}}]
    gap = {"IS_SENT_START": False, "IS_PUNCT": False, "LOWER": {"NOT_IN": _OTHERS_ARRIVING}, "OP": "{0,8}"}
    arriving = {"IS_SENT_START": False, "LOWER": {"IN": _ARRIVING}}
    matcher.add("ARRIVAL", [[token, gap, arriving] for token in subject])
    # a trip: the official subject, its auxiliaries only, the verb and "to" a country (not "sent to the
    # provincial court", "deployed to the border town")
    trip = [{"LOWER": {"IN": _TRAVEL_AUXILIARIES}, "OP": "*"}, {"LOWER": {"IN": _TRAVELLING}}, {"LOWER": "to"},
            {"ENT_TYPE": "COUNTRY"}]
    travellers = [{"LOWER": {"IN": _TRAVELLERS}}, {"ENT_TYPE": {"IN": ["ROLE", "AGENCY"]}}]
    matcher.add("TRIP", [[token, *trip] for token in travellers])
    return matcher


#: Acts that free people, and the verbs that, right after one of them and "and", take them home.
_FREEING = frozenset({"rescued", "freed", "released", "liberated", "saved"})
_RETURNING = frozenset({"returned", "sent", "flown", "brought", "taken"})


class JourneyWords(EventLinks):
    """Where a journey tells an event."""

    def _arrivals(self, sent: Span, words: list[str]) -> list[int]:
        """"A team from the ministry has arrived in Myawaddy", "the minister arrived in Bangkok": officials
        arriving make a visit; victims or suspects arriving do not (the matcher runs only on the few
        sentences with an arrival word)."""
        if _ARRIVAL_WORDS.isdisjoint(words):
            return []
        if _ARRIVING_WORDS.isdisjoint(words) and not any(
                words[k + 1] == "to" for k in range(len(words) - 1) if words[k] in _TRAVELLING_WORDS):
            return []  # (no arrival word, and no trip's verb with "to" right after it: neither pattern can match)
        matcher = _arrival_matcher(self.doc.vocab)
        # (an arrival ends its match; a trip's verb stands two words before the place that ends it)
        found = {sent.start + end - (3 if self.lower[sent.start + end - 2] == "to" else 1) for _id, start, end in matcher(sent)
                 if not self._no_official(sent.start + start) and not self._agent_of_participle(sent.start + start, sent)
                 and not self._counted_group(sent.start + start, sent.start + end)}
        return sorted(k for k in found if not _upon_arrival(self.lower, k))

    def _counted_group(self, start: int, end: int) -> bool:
        """"A team of 19 arrived at the airport": a group named by its number is people coming
        (home, as the story tells), not officials visiting."""
        return any(self.lower[k] == "of" and self.like_num[k + 1] for k in range(start, end - 1))

    def _agent_of_participle(self, k: int, sent: Span) -> bool:
        """"Thirty Indians rescued by the Indian Embassy arrived in Delhi": the body at ``k`` is the
        agent of a participle describing the people, who are the ones arriving."""
        while k > sent.start and self.doc[k].ent_iob_ == "I":
            k -= 1  # (the match may start inside the body's name)
        j = k - 1 if k - 1 >= sent.start and self.lower[k - 1] == "the" else k
        return j - 1 >= sent.start and self.lower[j - 1] == "by"

    def _no_official(self, k: int) -> bool:
        """The subject at ``k`` is a role of no office: a victim or a suspect ("who fell victim to
        trafficking ... will arrive home" is the people coming home, no official's visit), a
        relative or a business role ("her nephew was sent to Laos": a worker's journey)."""
        if self.doc[k].ent_type_ != "ROLE" or self.lower[k] in _TRAVELLER_WORDS:
            return False
        return gz.roles().get(self.lower[k], ("", ""))[1] in _NO_OFFICE

    def _brought_back(self, sent: Span, words: list[str]) -> list[int]:
        """"brought 63 suspects back from Cambodia", "flew them home": a sending verb whose people (a
        number, a people noun or "them") stand between it and "back" or "home" sends them home."""
        found: list[int] = []
        for k, word in enumerate(words if not _SENDING_VERBS.isdisjoint(words) else ()):  # (most sentences: none)
            if word not in _SENDING_VERBS:
                continue
            gap = words[k + 1:k + 12]  # ("carry 140 Sri Lankans freed from compounds in Laos back home")
            end = next((g for g, w in enumerate(gap) if w in {"back", "home"}), None)
            if end == 0 and gap[0] == "home" and any(self.like_num[sent.start + k + 2:sent.start + k + 5]):
                found.append(sent.start + k)  # "began flying home 85 citizens": the people after "home"
                continue
            if end is None or end == 0 or any(not w.isalnum() for w in gap[:end]):
                continue
            people = range(sent.start + k + 1, sent.start + k + 1 + end)
            if gap[end] == "back" and not self._back_from_abroad(sent.start + k + 1 + end, sent):
                continue  # "sent the victims back to the compound": returned to captors, not home
            if any(self.like_num[p] or self.lower[p] in _PEOPLE_WORDS or self.lower[p] == "them" for p in people):
                found.append(sent.start + k)
        return found + self._freed_and_returned(sent, words)

    def _freed_and_returned(self, sent: Span, words: list[str]) -> list[int]:
        """"had been rescued and flown to Zorvania", "were freed and sent back to Kenya": people freed
        and, in the same breath, taken to a country or back home were sent home; the second verb
        shares the first's people. ("returned" alone is no sending: people return to work, to a
        compound, to a town.)"""
        found: list[int] = []
        if _RETURNING.isdisjoint(words):
            return found  # (most sentences: no such verb at all)
        for k in range(2, len(words) - 2):
            if words[k] not in _RETURNING or words[k - 1] != "and" or words[k - 2] not in _FREEING:
                continue
            at = sent.start + k + 1 + (words[k + 1] == "back")
            if at + 1 < sent.end and self.lower[at] == "to" and self.doc[at + 1].ent_type_ == "COUNTRY" \
                    and self._theirs(self.doc[at + 1].ent_id_, sent):  # ("returned home": a phrase)
                found.append(sent.start + k)
        return found

    def _theirs(self, country: str, sent: Span) -> bool:
        """A country the peoples told so far may be at home in: "21 Bolivians ... were freed and
        brought to Peru" took them to a country on their way, not home (no peoples told: any may be)."""
        peoples = {e.id_ for e in self.ents if e.label_ == "NORP" and e.start < sent.end}
        return not peoples or country in peoples

    def _back_from_abroad(self, k: int, sent: Span) -> bool:
        """"back from Cambodia", "back home", "back to China": the word after "back" says the people
        went home, not back to a compound or to work."""
        after = self.lower[k + 1] if k + 1 < sent.end else ""
        if after in {"from", "home"}:
            return True
        return after == "to" and k + 2 < sent.end and self.doc[k + 2].ent_type_ in {"COUNTRY", "PLACE"}


#: Verbs of placing people aboard, and the words for the craft: "were put on a flight home"
_PLACING = frozenset({"put", "placed"})
_CRAFT = frozenset({"flight", "flights", "plane", "planes", "aircraft", "bus", "buses", "ferry", "boat"})
#: How many words may stand between the placing verb and the craft ("put the 12 on a special chartered flight")
_CRAFT_REACH = 8


def put_on_flights_home(lower: Sequence[str], start: int, end: int) -> list[int]:
    """"The 60 were put on a chartered flight home", "officers placed them aboard a plane back to
    Zorvania": people placed on a craft that takes them home or back are sent home (the kind of
    the sending told before, else a return). Where each placing verb stands. A craft to anywhere
    else ("put on a bus to the detention centre") sends no one home."""
    found: list[int] = []
    if _PLACING.isdisjoint(lower[start:end]):
        return found  # (most sentences: no verb of placing)
    for k in range(start, end):
        if lower[k] not in _PLACING:
            continue
        craft = next((c for c in range(k + 1, min(end, k + _CRAFT_REACH)) if lower[c] in _CRAFT), None)
        if craft is None or not {"on", "onto", "aboard"} & set(lower[k + 1:craft]) \
                or any(w in {",", ";", "."} for w in lower[k + 1:craft]):
            continue
        if not {"home", "back"}.isdisjoint(lower[craft + 1:min(end, craft + 3)]):
            found.append(k)
    return found
