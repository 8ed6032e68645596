"""The country counted people were brought home to, or whose state brought its own people home:
"South Korea repatriated 73 people", "repatriated 73 people to Myanmar", "Indonesian embassy
repatriated 462 citizens". Apart from governing.py, which reads the verb; this reads whose home."""

from __future__ import annotations

import re

from spacy.tokens import Span

from scamgraph.loaders.news.clause_verbs import _ADVERBS
from scamgraph.loaders.news.count_leads import CountLeads
from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.state import _Count
from scamgraph.loaders.news.words import _BE
from scamgraph.model import RelType
from scamgraph.resolve import country_code

_HOMEWARD = frozenset({"home", "back"})
#: Verbs that with "home" or "back" after them bring a state's people home: "Indonesia brought home 40"
_BROUGHT_HOME = frozenset({"brought", "brings", "bring", "flew", "flies", "flown"})
#: Words before a demonym that tell it of the people counted: "most of them were Chinese", "mostly Lao"
_TOLD_OF_THEM = frozenset({"were", "are", "mostly", "mainly", "largely", "chiefly", "predominantly", "all"})
#: Words that make the counted people another country's than the one sending them home
_FOREIGN = frozenset({"foreigners", "foreign", "expatriates", "expats"})
#: A day told between a state body and its verb: "Chinese police (on) Thursday repatriated 45 ...".
_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "on"})
#: Verbs of coming home: with "home" or "back" after them, people were brought home.
#: The state bodies whose own people are "citizens" or "nationals": "Indonesian embassy repatriated 462 citizens".
_HOME_STATE = {"authorities", "government", "embassy", "police", "officials", "ministry"}
#: "from 12 countries", "of 20 nationalities", "from several different countries": people of many peoples
_MANY_PEOPLES = re.compile(r"\b(?:from|of)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|various)"
                           r"\s+(?:different\s+)?(?:countries|nationalities)\b", re.I)

#: Verbs of a return home before "to" the country, and the auxiliaries of a main clause's verb group
_RETURN_VERBS = frozenset({"returned", "repatriated", "flown", "sent", "brought", "back", "home"})
_AUXILIARIES = frozenset({"have", "has", "had", "were", "was", "been"})


class HomeCountries(CountLeads):
    """Reads the home country of counted people sent or brought home."""

    def _of_many_peoples(self, sent: Span) -> bool:
        """The sentence, or the one after it, says the people came from several countries."""
        following = next((t.sent for t in self.doc[sent.end:sent.end + 1]), None)
        end = following.end_char if following is not None else sent.end_char
        return bool(_MANY_PEOPLES.search(self.article.text, sent.start_char, end))

    def _main_clause_home(self, clause: int, sent: Span) -> str:
        """The country the main clause after a relative clause (opened at ``clause``) sends the people
        home to: an auxiliary, a verb of return and "to" a country ("... have returned to the Philippines")."""
        for k in range(clause + 3, min(sent.end - 1, clause + 20)):
            if self.lower[k] == "to" and self.doc[k + 1].ent_type_ == "COUNTRY" and self.lower[k - 1] in _RETURN_VERBS \
                    and not _AUXILIARIES.isdisjoint(self.lower[k - 3:k - 1]):
                return self.doc[k + 1].ent_id_
        return ""

    def _sent_home_to(self, count: _Count, sent: Span) -> str:
        """"repatriated 73 people to Myanmar", "Nine people who became victims of scams in Laos have
        returned to the Philippines": the country the people were sent home to, told after them."""
        begin = self._past_their_of_phrase(count, sent)
        for j in range(begin, min(sent.end, begin + 10)):
            if self.lower[j] == "to" and j + 1 < sent.end and self.doc[j + 1].ent_type_ == "COUNTRY":
                after = self.lower[j + 2:j + 5]
                if after[:1] == ["for"] and any(w.startswith(("repatriat", "onward", "deport")) for w in after[1:]):
                    return ""  # "sent 140 victims to Thailand for repatriation": a way through, not their home
                home = self.doc[j + 1].ent_id_
                if any(self.doc[k].ent_type_ == "NORP" and self.doc[k].ent_id_ not in {"", home}
                       and self.lower[k - 1] in _TOLD_OF_THEM for k in range(j + 2, sent.end)):
                    return ""  # "handed over 150 workers to Thailand; most of them were Chinese": a way through
                return home
            if self.lower[j] in {"who", "that"} and (home := self._main_clause_home(j, sent)):
                return home
            if self.lower[j] in {",", ";", "from", "who", "which", "that", "after"}:  # (not a clause's "to")
                break
        return ""

    def _past_their_of_phrase(self, count: _Count, sent: Span) -> int:
        """Where the words after the counted people go on, past an "of" phrase that only says whose
        victims they were ("12 victims of a loan fraud gang in Laos were flown back to Nepal": from
        "were"); the count's end where no such phrase stands or no verb of being closes it."""
        if count.end >= sent.end or self.lower[count.end] != "of":
            return count.end
        return next((k for k in range(count.end + 1, min(sent.end, count.end + 10)) if self.lower[k] in {"were", "was"}),
                    count.end)

    def _brought_home_by(self, count: _Count, sent: Span) -> str:
        """"South Korea repatriated 73 people": a country repatriates its own people; "repatriated 73
        people to Myanmar": the country they were sent home to."""
        if not _FOREIGN.isdisjoint(self.lower[count.start:count.end]):
            return ""  # "Myanmar repatriated 250 foreigners", "handed 260 foreigners over to Thailand": many peoples'
        if self._of_many_peoples(sent):
            return ""  # "180 people were returned to Vietnam ... the group came from 12 countries": not Vietnamese
        if home := self._sent_home_to(count, sent):
            return home
        j = self._before_rough(count.start, sent)
        while j > sent.start and self.lower[j] in _BE | {"home", "back"}:
            j -= 1
        own = bool({"citizens", "nationals", "compatriots"} & set(self.lower[count.start:count.end]))
        brought_home = self.lower[j] in _BROUGHT_HOME and self.lower[j + 1] in _HOMEWARD  # "Indonesia brought home 40"
        if not (self.lower[j].startswith("repatriat") or brought_home
                or own and _COUNT_VERBS.get(self.lower[j], (None,))[0] is RelType.REPATRIATED):
            return ""  # "Vietnam received 45 citizens": its own; "Thailand received 45 people": anyone's
        if self.lower[j] == "over" or self.lower[j].startswith("hand"):
            return ""  # "Cambodian authorities handed over 45 citizens to the border guards": the receiver's people
        j -= 1
        while j > sent.start and (self.lower[j] in _BE or self.lower[j] in _ADVERBS or self.lower[j] in _DAYS):
            j -= 1  # "has already flown home", "police on Thursday repatriated"
        if self.lower[j] in _HOME_STATE and (own or "their" not in self.lower[count.end:sent.end]):
            # "Vietnamese authorities received 85 nationals", "Chinese police repatriated 122 suspects":
            # the state's own people (not "Thai police repatriated 60 people to their home countries",
            # nor where bodies of other states are named with it: whose people is not said)
            code = self._state_of(j, sent)
            others = {self.doc[k].ent_id_.rsplit("|", 1)[-1] for k in range(sent.start, count.start)
                      if self.doc[k].ent_type_ in {"NORP", "COUNTRY", "AGENCY"}} - {"", code}
            return "" if others else code
        return self.doc[j].ent_id_ if self.doc[j].ent_type_ == "COUNTRY" else ""

    def _state_of(self, j: int, sent: Span) -> str:
        """The country a state body at ``j`` belongs to, named by the capitalised words just before it
        ("South Korean authorities", "the Indonesian Embassy"); "" where none is named."""
        for width in (2, 1):
            words = self.words[max(sent.start, j - width):j]
            if len(words) == width and all(w[:1].isupper() and len(w) > 2 for w in words):
                code = country_code(" ".join(words))
                if code:
                    return code
        return ""
