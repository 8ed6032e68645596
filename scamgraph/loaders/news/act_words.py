"""The event words of a sentence (``ActWords._triggers``): phrases, then single trigger words
outside names; kinds told together that are one happening; the kind a handover is. Which of the
words are kept is ``kept_acts.py``; the events they name, ``events.py``."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.cases_filed import cases_filed
from scamgraph.loaders.news.count_verbs import _COUNT_VERBS, evacuated_home
from scamgraph.loaders.news.event_objects import people_taken
from scamgraph.loaders.news.event_triggers import _DESIGNATES, _PHRASE_STARTS, EVENT_TRIGGERS
from scamgraph.loaders.news.fled_raids import fled_raid
from scamgraph.loaders.news.follows import REFERRED_ACTS, follows_at
from scamgraph.loaders.news.held_captive import held_captive
from scamgraph.loaders.news.homeward import back_to_captors, sent_by_auxiliary
from scamgraph.loaders.news.joined_acts import handed_people_over
from scamgraph.loaders.news.journeys import put_on_flights_home
from scamgraph.loaders.news.kept_acts import _LAID, KeptActs
from scamgraph.loaders.news.questions import a_question, asked_about
from scamgraph.loaders.news.recoveries import goods_recovered
from scamgraph.loaders.news.releases import freed_at
from scamgraph.loaders.news.risked_acts import joined_to_undone, risked
from scamgraph.loaders.news.transfers import sent_home_told, things_handed, transfer_kind
from scamgraph.loaders.news.verdicts import guilty_verdicts, sentences_given, terms_received
from scamgraph.loaders.news.words import _NOT_YET, _PROSPECT, SENDING_HOME

#: A court's remand: a detention of its own, after the arrest, never a raid's or an arrest's custody
_REMANDS = frozenset({"remanded", "remand"})
#: The first words of the journey phrases that tell a flight home ("chartered flight", "charter flights")
_CHARTER = {"chartered", "charter"}
#: Words that can open an event phrase or be an event word: a sentence with none is passed over.
_PHRASE_FIRST_WORDS = frozenset(_PHRASE_STARTS)
_TRIGGER_WORDS = frozenset(EVENT_TRIGGERS)


class ActWords(KeptActs):
    """Finds a sentence's event words and the kinds they tell (mixed into ``EventRules``)."""

    def _triggers(self, sent: Span, ents: list[Span]) -> list[tuple[int, str]]:
        """The event words of a sentence, (position, kind), less those that tell no event of their own."""
        self.sentence, self.folded_arrest = sent, False
        told = self._event_words(sent, ents)
        found = self._kept(told, sent, ents)
        self.follows = follows_at(self.lower, sent.start, sent.end) if found else None
        if self.follows is not None and not any(i < self.follows for i, _kind in found) \
                and not any(EVENT_TRIGGERS.get(w) or w in _COUNT_VERBS or w in REFERRED_ACTS
                            for w in self.lower[sent.start:self.follows]):
            self.follows = None  # "The revelation followed the arrest of 792": the subject is no event
            # ("The ministry's move follows the regulator's designation of ...": the move is the story's act)
            # (but "The return comes a month after ...": an act noun, the one told before, even if no word of its own)
        found = self._one_telling(found)
        for i, kind in found:
            if kind in {"deportation", "extradition"} and self._named_group(i, sent):
                self._name_handover(kind)  # "handed over 45 citizens ... the deported group": a deportation
        if found and a_question(self.words, sent.start, sent.end):
            return []  # "Were 60 Indonesians deported?": asked, not told
        aimed = {i for i, kind in found if self._aim(i, kind, sent) or risked(self.lower, i, sent.start)}
        kinds, told_at = dict(told), sorted(i for i, _kind in told)
        aimed |= {i for i, _kind in found if joined_to_undone(self.lower, told_at, i, lambda k: self._prospect(
            k, kinds[k], sent))}  # "could be arrested and | deported", "face arrest and | deportation": not done
        found = [(i, self._handover_kind() if kind == "handover" else kind) for i, kind in found
                 if i not in aimed and not asked_about(self.lower, i, sent.start, act_word=True) and not self._named_group(i, sent) and not self._territory(i, sent)
                 and not held_captive(self.lower, i, sent.end, sent.start) and not self._names_a_thing(i, sent)
                 and not (kind == "raid" and fled_raid(self.lower, i, sent.start))]  # "as they fled the raids"
        # "further deportations" are still to come; a case "under further investigation" is being investigated
        # ("six more escaped": "more" before a past verb counts the people who did it, no prospect)
        return sorted((i, kind) for i, kind in found if i == 0 or self.lower[i - 1] not in _NOT_YET
                      or kind == "investigation" and self.lower[i - 2] == "under"
                      or self.lower[i - 1] == "more" and self.lower[i].endswith("ed"))

    def _event_words(self, sent: Span, ents: list[Span]) -> list[tuple[int, str]]:
        """Phrases first ("arrest warrant", "handed over", "- " rows that tell none), officials
        arriving, then single trigger words outside names."""
        found: list[tuple[int, str]] = []
        skip: set[int] = set()
        words = self.lower[sent.start:sent.end]
        opening = [] if _PHRASE_FIRST_WORDS.isdisjoint(words) else [k for k, word in enumerate(words) if word in _PHRASE_FIRST_WORDS]
        for i in opening:  # (few words open a phrase; most sentences hold none, told by one test in C)
            if sent.start + i in skip:
                continue  # ("arrest warrants" inside "armed with arrest warrants": the longer phrase rules)
            for phrase, kind in _PHRASE_STARTS[words[i]]:
                if tuple(words[i:i + len(phrase)]) == phrase:
                    if kind and not self._into_custody(sent.start + i + len(phrase), sent) \
                            and not (phrase[-1] == "back" and back_to_captors(self.lower, self.doc, sent.start + i + len(phrase) - 1, sent.end)) \
                            and not (phrase == ("sent", "back") and not sent_by_auxiliary(self.lower, sent.start + i, sent.start)):
                        # ("sent home | back" says no more than that they went home: the kind of the sending told before;
                        # "handed over" to another state's hands is no sending home: "to the Royal Thai Army")
                        moved = transfer_kind(self.lower, self.doc, sent.start + i, sent.start, sent.end) \
                            if phrase == ("handed", "over") else None
                        if moved == "deportation" and not sent_home_told(words, "handed"):
                            kind = "deportation"
                        if phrase == ("handed", "over") and things_handed(self.lower, self.doc, sent.start + i + 2, sent.end):
                            skip.update(range(sent.start + i, sent.start + i + len(phrase)))
                            break  # "handed over the documents to the court": things, no one sent
                        # (not "sent to court": a charge; "transferred back" is a handover, of the kind told before)
                        sending = phrase[0] in {"sent", "transferred"} and kind == "repatriation"
                        found.append((sent.start + i, self._handover_kind() if sending else kind))
                    skip.update(range(sent.start + i, sent.start + i + len(phrase)))
                    break
        for i, past in handed_people_over(self.lower, self.doc, sent.start, sent.end):  # "handed him over to ..."
            moved = transfer_kind(self.lower, self.doc, i, sent.start, sent.end)  # (to another state's hands, or none
            if moved or moved is None and not self._into_custody(past, sent):  # said: not "to the district police")
                found.append((i, "deportation" if moved == "deportation" and not sent_home_told(words, "handed")
                              else "repatriation"))
        found += [(i, "visit") for i in self._arrivals(sent, words)]
        found += [(i, "repatriation") for i in self._brought_back(sent, words)]
        found += [(i, self._handover_kind()) for i in put_on_flights_home(self.lower, sent.start, sent.end)]  # "were put on a flight home"
        found += [(i, "rescue") for i in freed_at(self.lower, sent.start, sent.end)]  # "secured the release of"
        found += [(i, "seizure") for i in goods_recovered(self.lower, sent.start, sent.end)]  # "recovered 98 phones"
        found += [(i, "charge") for i in guilty_verdicts(self.lower, sent.start, sent.end)]  # "found X and Y guilty"
        found += [(i, "charge") for i in terms_received(self.lower, sent.start, sent.end)]  # "X received 8 years"
        found += [(i, "charge") for i in sentences_given(self.lower, sent.start, sent.end)]  # "imposed death sentences on"
        found += [(i, "charge") for i in cases_filed(self.lower, sent.start, sent.end)]  # "filed a fraud case against"
        if _TRIGGER_WORDS.isdisjoint(words) and _DESIGNATES.isdisjoint(words):
            return found  # (most sentences: no event word at all; the sanctioning bodies are sought only past this)
        sanctioning = any(e.label_ == "AGENCY" and e.id_.split("|")[1:2] == ["sanctions"] for e in ents)
        if _TRIGGER_WORDS.isdisjoint(words) and not sanctioning:
            return found
        named = {i for e in ents if e.label_ in {"AGENCY", "ORG", "SITE", "PERSON", "SCAM", "ROLE"} for i in range(e.start, e.end)}
        for i, word in [(k, w) for k, w in enumerate(words, sent.start) if w in _TRIGGER_WORDS or w in _DESIGNATES]:
            told = EVENT_TRIGGERS.get(word) or ("sanction" if sanctioning and word in _DESIGNATES else None)
            if told == "seizure":  # "Gunmen seized 20 Kenyans from a bus": people taken by force, no goods
                told = people_taken(self.doc, self.words, self.lower, self.like_num, i, sent, ents) or told
            if word == "transferred" and (moved := transfer_kind(self.lower, self.doc, i, sent.start, sent.end)) is not None:
                told = self._handover_kind() if moved == "handover" else moved  # "transferred 104 Chinese to China"
            if evacuated_home(self.lower, i, sent.end):
                told = "repatriation"  # "were evacuated to the homeland": brought home
            if told and i not in skip and i not in named and not self._business_operation(i, sent) \
                    and not self._inside_a_name(i, sent) and not _against(self.lower, i, sent.start):
                found.append((i, told))
        return found

    def _prospect(self, i: int, kind: str, sent: Span) -> bool:
        """The act word at ``i`` is a prospect or a risk ("face arrest", "risk being held") or under
        a modal ("could be arrested"): read for the act words joined after it."""
        return kind not in _LAID and not _PROSPECT.isdisjoint(self.lower[max(sent.start, i - 2):i]) \
            or risked(self.lower, i, sent.start) or self._hypothetical(i, sent)

    def _one_telling(self, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """Kinds that, told together, are one happening told twice: the plane an arrest happened on,
        custody after an arrest, a sending home named as a journey beside its deportation."""
        if len({kind for _i, kind in found}) > 1:
            # "arrested on a chartered plane": the plane is where the arrest happened, no journey home
            found = [(i, kind) for i, kind in found if not (self.lower[i] in _CHARTER
                                                           and {"on", "aboard"} & set(self.lower[max(0, i - 2):i]))]
        if {kind for _i, kind in found} >= {"arrest", "detention"}:
            # "arrested 12 men and detained them at the station": the custody that follows the arrest
            # ("arrested 30 Thais, detained 20 Lao": other people, counted, another event)
            # (a court's remand after the arrest is an act of its own: "were arrested and remanded")
            found = [(i, kind) for i, kind in found if kind != "detention" or any(self.like_num[i + 1:i + 3])
                     or self.lower[i] in _REMANDS]
        home = [i for i, kind in found if kind in SENDING_HOME]
        # "were arrested and deported on Tuesday": one sending home, the arrest its first step
        kept = [(i, kind) for i, kind in found if kind != "arrest" or i + 2 not in home or self.lower[i + 1] != "and"]
        self.folded_arrest, found = len(kept) < len(found), kept
        if home and "rescue" in {kind for _i, kind in found}:
            # "In a rescue operation, 283 were flown home": the people's return is the news; the
            # rescue is how it is framed, no event of its own
            found = [(i, kind) for i, kind in found if kind != "rescue" or not self._began_return(i, home)]
        if {kind for _i, kind in found} & {"deportation", "extradition"}:
            # "extradited ... and brought back to China": one sending home, told twice
            found = [(i, kind) for i, kind in found if kind != "repatriation"]
        return found

    def _began_return(self, i: int, home: list[int]) -> bool:
        """The rescue word is the frame the sentence opens with ("In a major rescue operation, 283
        were flown home"); a rescue told as an act of its own ("were rescued and flown back") stays one."""
        return "in" in self.lower[max(0, i - 3):i] and "," in self.lower[i + 1:i + 3] and min(home) > i

    def _name_handover(self, kind: str) -> None:
        """A handover told as a repatriation that the story then names a deportation or extradition
        ("After receiving the deported group, ..."): it was that kind all along."""
        told = next((e for e in reversed(self.events) if id(e) in self.handed_over), None)
        if told is not None and told.type == "repatriation" and not any(e.type == kind and e.date == told.date for e in self.events):
            self._retype(told, kind)

    def _handover_kind(self) -> str:
        """A handover is the deportation, extradition or repatriation told before it, else a repatriation."""
        sent_home = [e for e in self.events if e.type in SENDING_HOME]
        return sent_home[-1].type if sent_home else "repatriation"


#: Prefixes that make an act's word the name of a fight against it: "anti-kidnapping police".
_AGAINST = frozenset({"anti", "counter"})


def _against(lower: list[str], i: int, start: int) -> bool:
    """"Anti-kidnapping police", "the anti-trafficking unit": a unit named for the crime it fights
    tells no act of that crime."""
    return i - 2 >= start and lower[i - 1] == "-" and lower[i - 2] in _AGAINST or i - 1 >= start and lower[i - 1] in _AGAINST
