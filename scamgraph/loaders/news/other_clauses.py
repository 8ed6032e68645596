"""Whether another clause stands between an act's word and a place or a site told after it: a
relative, a purpose, a suspicion, a later item of a list of counts, another verb. What such a
clause holds is that clause's, not the act's. Apart from ``event_places.py``, which weighs the places
themselves, because the sites, the ports and the people tied to an act ask it too."""

from __future__ import annotations

from itertools import pairwise

from scamgraph.loaders.news.event_triggers import EVENT_TRIGGERS
from scamgraph.loaders.news.state import _State

#: Words that open another clause between an event word and a place, an agency or a person: what
#: follows is that clause's ("detained in Zorvania for suspected roles in frauds in Merrow",
#: "the raid followed a meeting with the prime minister", "arrested ..., members of a gang based in X":
#: where the gang sits)
_OTHER_CLAUSE = {"who", "which", "where", "whose", "for", "after", "before", "while", "because", "since",
                 "following", "followed", "follows", "follow", "based",
                 "stemmed", "stemming", "stems",  # ("the operation that stemmed from X's raids": X's)
                 "suspicion", "involvement", "accused", "suspected",
                 # ("a fugitive sought by authorities in Busan", "wanted in Japan": where the warrant is, not the act)
                 "sought", "wanted"}
#: Bodies of criminals, and the participles that tell where such a body works: "the boss of a ring
#: operating in Lotville" says where the ring works, not where its boss was caught
_GROUPS = frozenset({"gang", "gangs", "syndicate", "syndicates", "ring", "rings", "network", "networks", "racket",
                     "rackets", "cartel", "cartels", "group", "groups", "mafia"})
_WORKING = frozenset({"operating", "active", "working"})
#: Finite verbs that make "that" open a relative clause of its own ("a ring that had moved from X")
_FINITE_AFTER_THAT = frozenset({"had", "has", "have", "was", "were", "is", "are", "moved", "operated", "ran", "runs"})
#: Pronouns that, after a comma, open a clause with a subject of its own
_SUBJECT_PRONOUNS = {"they", "he", "she", "we", "i"}
#: Light verbs whose infinitive carries the act word after it out ("to conduct raids"): no clause of their own
_CARRYING_OUT = frozenset({"conduct", "carry", "launch", "stage", "mount", "hold", "undertake"})


class OtherClauses(_State):
    """Tells whether a word between two positions opens a clause of its own (mixed into ``EventPlaces``)."""

    def _other_clause(self, start: int, end: int) -> bool:
        """A word between ``start`` and ``end`` opens a clause of its own; "to" does so before a verb
        ("to defraud victims in Japan"), not before a name, a number or an article ("to Thai police")."""
        for k in range(start, end):
            word = self.lower[k]
            if word == "to":
                after = self.words[k + 1] if k + 1 < end else ""
                if after.isalpha() and after.islower() and after not in {"the", "a", "an", "be", "its", "their"} \
                        and after not in _CARRYING_OUT:
                    return True  # (but "coordinated with Thai police to conduct raids": the act's own light verb)
            elif word in _OTHER_CLAUSE and not (word == "suspected" and self.lower[k - 1] in {"a", "an", "the"}):
                return True  # (but "a suspected scam hub": the hub's description)
            elif word == "," and k + 1 < end and self.lower[k + 1] in _SUBJECT_PRONOUNS:
                return True  # "escaped the compound, they are still held in X": the pronoun's own clause
            elif word in _WORKING and k > start and self.lower[k - 1] in _GROUPS:
                return True  # "held the head of a gang operating across X": where the gang works
        return False

    def _another_items_verb(self, start: int, end: int, own: list[int]) -> bool:
        """"210 remain abroad: 70 detained in Thailand and 5 staying at a church in Cambodia": a later
        item of a list of counts, with a participle of its own, owns the place told after it; the
        act of the item before happened elsewhere."""
        for k in range(start, end - 1):
            if self.lower[k] in {"and", ","} and self.like_num[k + 1]:
                verb = next((j for j in range(k + 2, min(end, k + 5)) if self.lower[j][:1].isalpha()), None)
                if verb is not None and verb not in own and self.lower[verb].endswith(("ing", "ed")):
                    return True
        return False

    def _relative_that(self, start: int, end: int) -> bool:
        """"arrested 9 members of a ring that had moved from the zone": a clause on the people,
        opened by "that" between the event's word and the site after it, tells where they were."""
        return any(self.lower[k] == "that" and self.lower[k + 1] in _FINITE_AFTER_THAT for k in range(start, end - 1))


def _another_predicate(words: list[str]) -> bool:
    """"A woman detained on the ferry is led away at Busan Port": a form of "be" and a participle
    of another verb between the event's word and the place make the place that verb's; so does a
    second verb joined by "and" ("escaped from the camp and took refuge in Yangon"); so does a verb of landing."""
    verbs = [w for w in words if w not in _ADVERBS]  # ("and later handed back at ...")
    if any(w in _LANDING_VERBS or w in _WAITING for w in words):
        return True  # "84 Indonesians rescued from compounds in Myanmar arrived in Jakarta": the landing's place
    return any(w in {"is", "are", "was", "were"} and (nxt.endswith(("ed", "en")) or nxt in _CARRIED)
               and not EVENT_TRIGGERS.get(nxt)
               for w, nxt in pairwise(words)) \
        or any(w == "and" and (nxt in _PAST_VERBS or nxt.endswith("ed")) and not EVENT_TRIGGERS.get(nxt)
               and nxt not in _FINDING for w, nxt in pairwise(verbs))


#: Verbs of people landing or crossing somewhere: a place after one is where they landed or crossed, not where an act before it was done
#: Verbs of people waiting somewhere: "rescued from Myanmar are awaiting repatriation in Thailand"
_WAITING = frozenset({"awaiting", "waiting", "await", "wait", "stranded", "staying", "sheltering"})
_LANDING_VERBS = frozenset({"arrived", "arrive", "arrives", "landed", "land", "lands", "crossed", "reached", "reach",
                            "reaches"})  # ("the families evacuated crossed into Lotland", "safely arrive in Thailand")
#: Participles of people carried on that end in no "-ed": "rescued in X, were flown from Y" (the flight's place)
_CARRIED = frozenset({"flown", "sent", "brought", "driven"})
_ADVERBS = frozenset({"later", "then", "subsequently", "eventually", "finally", "safely", "also"})
#: Past forms of common verbs that end in no "-ed": "escaped from the camp and took refuge in Yangon"
_PAST_VERBS = frozenset({"took", "went", "sought", "hid", "made", "spent", "came", "ran", "stayed", "lived", "got"})
#: What a raid finds is part of it: "raided a casino and found 40 workers in Poipet" (the raid's place)
_FINDING = frozenset({"found", "discovered", "uncovered", "located", "identified"})
