"""The act a list of peoples takes: the count verb nearest the list ("arrested 45 suspects from China,
Vietnam and Laos"; none after a verb of preying, "targeted victims from Kenya and Oman"), and the
sendings that make the countries after "from" the places people were taken back from, not their
nationalities ("repatriated 90 suspects from A and B", "Kenya has rescued 46 citizens from
Myanmar"). Apart from ``nationality_lists``, which finds the lists, and ``nationalities``, which
gives them their edges."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.captor_agents import held_by_those_before
from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.legal_instruments import writ_word
from scamgraph.loaders.news.origin_lists import partitive_act
from scamgraph.loaders.news.state import _State
from scamgraph.loaders.news.words import SPEAKING
from scamgraph.model import RelType

#: Conjunctions that open a clause of its own, whose verb is not the people's told before it.
_NEW_CLAUSE = frozenset({"but", ";", "while", "whereas", "although", "though"})
#: Verbs sending people on from where they were: "extradited ... from countries including ..."
_SENT_FROM = frozenset({"extradited", "deported", "repatriated", "expelled", "returned", "brought", "flown"})
#: Verbs that send people home with "back" or "home" after them, in every tense a headline or a
#: report writes them ("sends back", "brought home", "flies home")
_SENDING_HOME = frozenset({"bring", "brings", "bringing", "brought", "send", "sends", "sending", "sent",
                           "fly", "flies", "flying", "flew", "flown"})
#: Verbs of preying on people: a list of peoples after one (back to the act's verb) names the
#: victims of a crime, never the people the act was done to
_PREYING = frozenset({"targeted", "targeting", "targets", "defrauded", "defrauding", "scammed", "scamming", "cheated",
                      "cheating", "duped", "duping", "swindled", "swindling", "conned"})
#: Gerunds of a trafficking crime after "for" or "of": the people after them are its victims
_TRAFFICKING = frozenset({"sending", "trafficking", "smuggling", "luring", "recruiting", "supplying", "selling"})
#: Verbs of receiving, and the things (no people) received from the states a list names
_RECEIVING = frozenset({"received", "receives", "receive", "receiving"})
_RECEIVED_THINGS = frozenset({"response", "responses", "support", "backing", "assurance", "assurances", "pledge", "pledges",
                              "aid", "praise", "interest", "feedback", "request", "requests", "letter", "letters",
                              "complaint", "complaints", "report", "reports", "information", "calls", "offers"})


class ListVerbs(_State):
    """The verb of a list of peoples, and the sendings that make its countries places left."""

    def _citizens_owned(self, sent: Span, country: Span) -> bool:
        """"Kenya has rescued 46 citizens from Myanmar", "the embassy rescued 14 nationals from
        Cambodia": the citizens are a state's own (another country, or a state's body, opens the
        sentence), so the country after "from" is where they were."""
        subject = next((e for e in self.ents if sent.start <= e.start < country.start), None)
        if subject is not None and subject.label_ == "COUNTRY" and subject.id_ != country.id_:
            return True
        return not {"government", "embassy", "ministry", "consulate", "mission"}.isdisjoint(self.lower[sent.start:country.start])

    def _moves_people(self, sent: Span, run: list[Span]) -> bool:
        """The sentence's verb sends people across a border (deported, repatriated, returned)."""
        verb = self._list_verb(sent, run)
        return verb is not None and verb[0] in {RelType.DEPORTED, RelType.REPATRIATED, RelType.EXTRADITED} \
            or self._sent_back_before(sent, run[0].start)

    def _sent_back_before(self, sent: Span, start: int) -> bool:
        """"<country> flies home 90 workers from | Ruritania", "police sent home 40 workers from |
        Ruritania": a verb of sending with "back" or "home" before the counted people, so the country
        after "from" is the one they were taken back from, not theirs (whether or not the sending is
        done yet: a plan to bring people back from a country names the same country)."""
        counted = False
        for j in range(start - 1, max(sent.start, start - 14), -1):
            if self.lower[j] in _NEW_CLAUSE:
                return False
            counted = counted or self.like_num[j]
            if counted and self.lower[j] in {"back", "home"} and self.lower[j - 1] in _SENDING_HOME:
                return True
        return False

    def _brings_home(self, sent: Span, run: list[Span]) -> bool:
        """The sentence's verb is a repatriation: their own country takes people back, so the
        countries after "from" are those they were taken back from, however many (a deportation's
        list may be the deportees' homelands: "deported 57 people from A, B and C")."""
        verb = self._list_verb(sent, run)
        if self._sent_back_before(sent, run[0].start):
            return True  # "brought back 90 suspects from A and B": the countries they were taken back from
        if verb is None or verb[0] is not RelType.REPATRIATED:
            return False
        told = next((self.lower[j] for j in range(run[0].start - 1, sent.start - 1, -1) if self.lower[j] in _COUNT_VERBS), "")
        return told.startswith("repatriat")  # (not "handed over 50 people from A and B": a third party's handover)

    def _counted_countries(self, start: int) -> bool:
        """"140 staff from ten countries, including | the Philippines": people by country (not
        "extradited suspects from countries including | Laos": uncounted, after a verb sending people
        on, the countries are where the sending came from)."""
        words = [w for w in self.lower[max(0, start - 6):start] if w not in {",", "the"}]
        if len(words) < 3 or words[-1] != "including" or words[-2] not in {"countries", "nationalities"} \
                or "from" not in words[:-2]:
            return False
        return words[-3] != "from" or _SENT_FROM.isdisjoint(self.lower[max(0, start - 20):start])

    def _list_verb(self, sent: Span, run: list[Span]) -> tuple[RelType | None, str, str] | None:
        """The count verb nearest the list in its sentence, before it first."""
        for j in [*range(run[0].start - 1, sent.start - 1, -1), *range(run[-1].end, sent.end)]:
            if j >= run[-1].end and self.lower[j] in SPEAKING:
                break  # "One woman from Kenya said 600 were held": the people of the list speak; the act is others'
            if j > run[-1].end and self.lower[j] in _NEW_CLAUSE:
                break  # "gangs target foreigners, including Australians, but police arrested several": not theirs
            if j > run[-1].end and held_by_those_before(self.lower, j, sent.start):
                continue  # "Thai and Lao nationals who held the workers were arrested": their own act; the main verb is theirs
            if j < run[0].start and self.lower[j] in _PREYING:
                return None  # "sentenced 14 Vietnamese for fraud that targeted victims from Kenya, Oman and Brazil": the preyed on
            if j < run[0].start and self.lower[j] in _TRAFFICKING and self.lower[j - 1] in {"for", "of"}:
                return None  # "arrested for sending 40 youths from India, Nepal and Kenya": the crime's victims
            if j < run[0].start and self.lower[j] in _RECEIVING and not _RECEIVED_THINGS.isdisjoint(self.lower[j + 1:run[0].start]):
                return None  # "received warm responses from states such as A and B": things, no people
            if self.lower[j] in _COUNT_VERBS and _COUNT_VERBS[self.lower[j]][0] is not None:
                # "failed to arrest 45 suspects from China": no act, so no people of it; nor "arrest warrants for Thais"
                done = self._told_as_done(j, sent) and not writ_word(self.lower, j)  # type: ignore[attr-defined]
                if done and _COUNT_VERBS[self.lower[j]][0] is RelType.FOUND \
                        and "bodies" in self.lower[max(sent.start, run[0].start - 3):run[0].start]:
                    return _COUNT_VERBS["dead"]  # "the bodies of Chinese nationals were found": the dead
                return _COUNT_VERBS[self.lower[j]] if done else None
        act = partitive_act(self.lower, sent.start, sent.end)  # "40 of the deportees were ..."
        return _COUNT_VERBS[act] if act else None
