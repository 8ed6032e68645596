"""Counts and nationalities: noun phrases that carry a number of people or things, the verb
they belong to, and the nationality they name."""

from __future__ import annotations

import re

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.dates import DateMention, number_value
from scamgraph.loaders.news.nationalities import NationalityRules
from scamgraph.loaders.news.state import _Count, _Event
from scamgraph.loaders.news.words import (
    _ASIDE_LEADS,
    _BE,
    _COUNT_VERBS,
    _COUNTED_THINGS,
    _NAMED_AFTER,
    _NOT_YET,
    _NUMBERED,
    _PEOPLE_WORDS,
    _PHRASE_ENDS,
    _PLURAL_DEMONYMS,
    _PROSPECT,
    _QUOTES,
    _SUBSET_WORDS,
    held_captive,
)
from scamgraph.model import Evidence, RelType

_SCALES = {"hundred", "thousand"}
#: Words that make a number an amount of money.
_MONEY = {"usd", "dollars", "dollar", "$", "us$", "won", "yuan", "rmb", "baht", "riel", "riels", "pesos", "peso",
          "rupees", "ringgit", "euros", "€", "£", "pounds", "yen", "kyat", "dong", "rupiah"}


#: Verbs whose object is the people harmed ("defrauding 869 South Koreans").
_DEFRAUD = {"defrauding", "defrauded", "scamming", "scammed", "cheating", "cheated", "duping", "duped", "swindling",
            "swindled", "deceiving", "deceived"}
_VICTIMS: tuple[RelType | None, str, str] = (RelType.AFFECTED, "victims", "")
#: A case filed against counted people charges them.
_MOVING = {RelType.REPATRIATED, RelType.DEPORTED}
#: Words that show people were held by the scam operation itself.
_CAPTORS = {"camp", "camps", "compound", "compounds", "scam", "scammers", "syndicate", "syndicates", "traffickers"}
#: Nouns for the people an event concerns, and the verb they stand for.
_EVENT_PEOPLE = {"deportees": "deported", "returnees": "repatriated", "arrestees": "arrested", "detainees": "detained",
                 "evacuees": "repatriated"}
_MODALS = {"could", "would", "will", "may", "might", "should", "shall", "can"}
_POSSESSIVE = {"its", "their", "our"}
_ONE_PERSON = {"national", "citizen", "man", "woman", "suspect", "businessman", "businesswoman"}
_CASE_WORDS = {"case", "cases", "charges", "complaint", "complaints", "lawsuit", "indictment"}
#: Verbs of moving people somewhere, and the places where moved people are held.
_MOVED = {"transferred", "sent", "taken", "moved", "brought", "over", "back", "handed", "escorted"}
_HOLDING_PLACES = {"facility", "facilities", "centre", "center", "prison", "jail", "camp", "shelter", "custody",
                   "detention", "station"}


class CountRules(NationalityRules):
    """Numbers of people (by nationality) and of things, attached to events."""

    def _counts(self, sent: Span, ents: list[Span], events: list[_Event], dates: list[DateMention],
                written: list[DateMention], ev: Evidence) -> None:
        counts = self._count_phrases(sent, ents, written)
        told_before = {id(e) for e in self.events}
        previous: tuple[RelType | None, str, _Event] | None = None
        previous_end: int | None = None
        link = self.last_link  # the people of the sentence before, for a breakdown of them
        if any(self.words[i].isalpha() for i in range(sent.start, sent.end)):
            self.last_link = None
        for count in counts:
            if count.noun_role == "whole":
                continue
            if count.thing:
                if events:
                    target = events[0]
                    target.counts[count.thing] = max(count.value, target.counts.get(count.thing, 0))
                continue
            # "22 were Chinese": a breakdown of people counted before, never the subject of a verb of its own
            verb = None if count.noun_role == "breakdown" else self._count_verb(count, sent)
            inherits = " ".join(self.lower[max(sent.start, count.start - 2):count.start])
            listed = previous_end is not None and self._list_gap(previous_end, count.start)
            if previous is not None and ("including" in inherits or "among" in inherits or inherits in {"of whom", "of them"}
                                     or verb is None and listed):
                rel, key, event = previous
            elif verb is None and count.noun_role == "breakdown" and link is not None and not events:
                rel, key, event = link  # "29 arrested. 22 were Chinese": the people of the count before
            elif count.noun_role == "breakdown":
                continue  # a part of people not counted here: no count of its own
            elif verb is not None:
                rel, key, kind = verb
                if not kind and not events:
                    continue  # "214 victims": people, but no event told here
                event = self._host(kind, events, dates[0] if dates else None, at=count.start)
                if id(event) not in told_before and event not in events:
                    events.append(event)  # "a flight landed carrying 270 Indians": this sentence's event
            elif events:
                rel, key, event = None, "people", events[0]
            else:
                continue
            if key != "people":  # a number of people no verb tells what happened to is no event count
                event.counts[key] = max(count.value, event.counts.get(key, 0))
            if count.came_from and rel in _MOVING:
                count.nationality = ""  # "repatriated 73 suspects from Cambodia": where they left, not who they are
            if rel is RelType.REPATRIATED and not count.nationality and count.noun_role in {"", "suspect"}:
                count.nationality = self._brought_home_by(count, sent)
            if rel is not None and count.nationality:
                nat = self._nationality(count.nationality)
                if nat is not None:
                    self._edge(rel, event.node.key, nat.key, ev, count=count.value)
                    self._second_verb(count, sent, events, nat.key, ev)
            previous, previous_end = (rel, key, event), count.end
            if rel is not None:
                self.last_link = previous

    def _second_verb(self, count: _Count, sent: Span, events: list[_Event], nat: str, ev: Evidence) -> None:
        """"47 Nepalis were rescued and flown back": the same people, the same count, a second event."""
        aside = count.end < sent.end and self.words[count.end] == ","
        k = count.end + aside
        while k < sent.end and k < count.end + 4 and self.lower[k] in _BE | {"successfully", "safely"}:
            k += 1
        if k + 2 >= sent.end or self.lower[k] not in _COUNT_VERBS:
            return
        if aside and k == count.end + 1:
            j = self._after_aside(k, sent)  # "771 Chinese nationals, arrested in raids in Bokeo, were deported"
        elif self.lower[k + 1] == "and":
            j = k + 2
        else:
            return
        while j < sent.end and self.lower[j] in _BE | {"later", "then", "subsequently", "safely"}:
            j += 1
        second = _COUNT_VERBS.get(self.lower[j]) if j < sent.end else None
        if second is None or second[0] is None or second == _COUNT_VERBS[self.lower[k]] or not self._told_as_done(j, sent):
            return
        rel, key, kind = second
        event = self._host(kind, events, None)
        event.counts[key] = max(count.value, event.counts.get(key, 0))
        self._edge(rel, event.node.key, nat, ev, count=count.value)

    def _after_aside(self, k: int, sent: Span) -> int:
        """The first word of the main verb after an aside closed by a comma (``sent.end`` if none)."""
        for j in range(k + 1, min(sent.end - 1, k + 10)):
            if self.words[j] == ",":
                return j + 1 if self.lower[j + 1] in _BE else sent.end
        return sent.end

    def _count_phrases(self, sent: Span, ents: list[Span], written: list[DateMention]) -> list[_Count]:
        """Numbers of people or things; the numbers inside date expressions (``written``) are not."""
        doc = self.doc
        norp = {i: e for e in ents if e.label_ in {"NORP", "COUNTRY"} for i in range(e.start, e.end)}
        dated = {i for d in written for i in range(sent.start, sent.end) if d.start <= self.idx[i] < d.end}
        phrases: list[_Count] = []
        k = sent.start
        while k < sent.end:
            if not self.like_num[k] and not self._a_dozen(k, sent.end):  # (what _number_at would say first)
                one = self._one_person(k, sent, norp)
                if one is not None:
                    phrases.append(one)
                k += 1
                continue
            number, end = self._number_at(k, sent.end)
            if number is None or k in dated or doc[k].ent_type_ in {"PERSON", "AGENCY", "ORG", "SITE"} \
                    or k > sent.start and self.lower[k - 1] in _NUMBERED:
                k += 1
                continue
            count = _Count(number, k, end)
            j = end
            while j < sent.end and j < end + 6:
                word = self.lower[j]
                if word in _QUOTES:
                    j += 1  # 'rescuing 215 "victims"': quotation marks do not end the phrase
                    continue
                if j in norp:
                    ent = norp[j]
                    count.nationality = ent.id_
                    j = ent.end
                    nxt = self.lower[j] if j < sent.end else ""
                    if nxt in {"and", "or", ",", "/"} and j + 1 in norp and norp[j + 1].start == j + 1:
                        count.nationality = ""  # "12 Chinese and Vietnamese nationals": all of them, no one's count
                        j = norp[j + 1].end
                        continue
                    if nxt not in _PEOPLE_WORDS and nxt not in gz.people_nouns() \
                            and (ent.text.lower() in _PLURAL_DEMONYMS or not self._noun_at(j, sent.end)):
                        count.end = j  # "29 Chinese", "13 Nepalese,", not "29 Chinese nationals"
                        break
                    continue
                if word in _COUNTED_THINGS and not count.nationality:
                    count.thing, count.end = _COUNTED_THINGS[word], j + 1
                    break
                if word == "of" and j + 1 < sent.end and self.lower[j + 1] in {"them", "those", "whom", "these"}:
                    count.end = j + 2
                    rest = [w for w in self.lower[j + 2:min(sent.end, j + 5)] if w not in _BE]
                    subset = bool(rest) and rest[0] in _SUBSET_WORDS  # "(606 of them female)", "54 of whom were women"
                    told = phrases[-1].nationality if phrases else self.nationality_before
                    count.nationality = count.nationality or ("" if subset else told)
                    break
                if word == "of" and j + 1 < sent.end and self.lower[j + 1] == "the":
                    count.end, count.noun_role = j + 2, "of"  # "50 of the 64 nationals": theirs, read next
                    break
                if word == "out" and self.lower[j + 1:j + 2] == ["of"]:
                    count.end, count.noun_role = j + 2, "out of"  # "13 out of 17 Sri Lankans": a part of them
                    break
                if word in _PEOPLE_WORDS or word in gz.people_nouns():
                    count.noun_role = gz.people_nouns().get(word, "")
                    count.end = j + 1
                    # "people from Vietnam", "people of Chinese nationality"
                    if self.lower[count.end - 2] in _POSSESSIVE and not count.nationality:
                        # "Indonesia brought home 64 of its citizens from Cambodia": the owner's people
                        count.nationality = next((e.id_ for e in ents if e.label_ == "COUNTRY" and e.end <= k), "")
                    elif j + 2 < sent.end and self.lower[j + 1] in {"from", "of"} and (j + 2) in norp \
                            and not self._listed(norp[j + 2], sent):
                        count.came_from = not count.nationality and self.lower[j + 1] == "from"
                        count.nationality = count.nationality or norp[j + 2].id_
                        count.end = norp[j + 2].end
                    break
                if not self.words[j].isalpha() or word in _BE or word in _COUNT_VERBS or word in {"in", "at", "on", "and", "to", "by", "for"} \
                        or self.like_num[j]:  # "127 arrests of four nationalities": the second number has its own noun
                    break
                j += 1
            if not count.nationality and not count.thing:
                self._breakdown(count, norp, sent.end)
            if not count.nationality and self.lower[count.end - 1] in {"nationals", "citizens"} and self.lower[count.end - 2] != "foreign":
                # "South Korea has repatriated 50 of the 64 nationals": its nationals
                count.nationality = next((e.id_ for e in ents if e.label_ in {"COUNTRY", "NORP"} and e.end <= k), "")
            if count.end == end and not count.thing and self._verb_follows(end, sent.end):
                # "..., 50 were repatriated": the people of the count before it
                count.nationality = phrases[-1].nationality if phrases else ""
                count.end = end
                phrases.append(count)
                k = end
                continue
            if phrases and phrases[-1].noun_role == "of" and not phrases[-1].nationality:
                phrases[-1].nationality = count.nationality
            if phrases and phrases[-1].noun_role == "out of" and phrases[-1].end == k:
                phrases[-1].nationality = phrases[-1].nationality or count.nationality
                count.noun_role = "whole"  # "13 out of 17 Sri Lankans ... were rescued": the 17 are not the ones rescued
            if count.end > end or count.thing:
                if count.nationality:
                    self.last_nationality = count.nationality
                phrases.append(count)
                k = max(count.end, k + 1)
            else:
                k = end
        return phrases

    def _brought_home_by(self, count: _Count, sent: Span) -> str:
        """"South Korea repatriated 73 people": a country repatriates its own people; "repatriated 73
        people to Myanmar": the country they were sent home to."""
        for j in range(count.end, min(sent.end, count.end + 10)):
            if self.lower[j] == "to" and j + 1 < sent.end and self.doc[j + 1].ent_type_ == "COUNTRY":
                return self.doc[j + 1].ent_id_
            if self.lower[j] in {",", ";", "from"}:
                break
        j = count.start - 1
        while j > sent.start and self.lower[j] in _BE | {"home", "back"}:
            j -= 1
        if not self.lower[j].startswith("repatriat"):
            return ""
        j -= 1
        while j > sent.start and self.lower[j] in _BE:
            j -= 1
        return self.doc[j].ent_id_ if self.doc[j].ent_type_ == "COUNTRY" else ""

    def _a_dozen(self, k: int, limit: int) -> bool:
        """"a dozen Vietnamese nationals" is 12 of them; "dozens of" says no number."""
        return self.lower[k] == "a" and k + 2 < limit and self.lower[k + 1] == "dozen" and self.lower[k + 2] != "of"

    def _one_person(self, k: int, sent: Span, norp: dict[int, Span]) -> _Count | None:
        """"charging a Cambodian national", "arrested a Thai man": one person of that nationality."""
        if self.lower[k] not in {"a", "an"} or k == sent.start or self.lower[k - 1] not in _COUNT_VERBS \
                or k + 1 not in norp or norp[k + 1].start != k + 1:
            return None
        end = norp[k + 1].end
        if end >= sent.end or self.lower[end] not in _ONE_PERSON:
            return None
        return _Count(1, k, end + 1, nationality=norp[k + 1].id_)

    def _list_gap(self, end: int, start: int) -> bool:
        """A short gap with no verb of its own between two counts: they are items of one list."""
        before = self.lower[max(0, start - 3):start]
        if set(before) & ({"from"} | _DEFRAUD) or any(w == "of" and nxt not in {"whom", "them"} for w, nxt in zip(before, before[1:] + [""])):
            return False  # "... from more than 800 citizens": the people of another clause
        return start - end <= 8 and not any(self.lower[i] in _COUNT_VERBS for i in range(end, start))

    def _breakdown(self, count: _Count, norp: dict[int, Span], limit: int) -> None:
        """"22 foreign nationals were Chinese", "six were from Myanmar": the nationality is told after "were"."""
        j = count.end
        if j + 1 >= limit or self.lower[j] not in {"were", "are"}:
            return
        j += 1 + (self.lower[j + 1] == "from")
        if j in norp and norp[j].label_ in {"NORP", "COUNTRY"}:
            after = norp[j].end
            if after < limit and self.lower[after] in {"nationals", "citizens"}:
                after += 1
            if after >= limit or self.lower[after] in {",", ".", ";", "and", "while", "whereas"}:
                count.nationality, count.noun_role, count.end = norp[j].id_, "breakdown", after

    def _noun_at(self, k: int, limit: int) -> bool:
        """A common noun goes on the phrase at ``k`` ("Thai police"); a comma, "and" or a verb ends it."""
        if k >= limit or not self.words[k].isalpha() or not self.words[k].islower():
            return False
        return self.lower[k] not in _BE and self.lower[k] not in _COUNT_VERBS and self.lower[k] not in _PHRASE_ENDS

    def _verb_follows(self, k: int, limit: int) -> bool:
        while k < limit and self.lower[k] in _BE:
            k += 1
        return k < limit and self.lower[k] in _COUNT_VERBS and _COUNT_VERBS[self.lower[k]][0] is not None

    def _number_at(self, k: int, limit: int) -> tuple[int | None, int]:
        like_num = self.like_num  # (a list read once per document: doc[k] builds a Token each time)
        if self._a_dozen(k, limit):
            return 12, k + 2
        if not like_num[k] or self.lower[k] in {"one"} and k + 1 < limit and self.lower[k + 1] in {"of"}:
            return None, k + 1
        j = k + 1
        while j < limit and (like_num[j] or self.words[j] == "-" and j + 1 < limit and like_num[j + 1]
                             or self.lower[j] in {"hundred", "thousand", "million", "dozen"}
                             or self.lower[j] == "and" and self.lower[j - 1] in _SCALES and j + 1 < limit and like_num[j + 1]):
            j += 1  # "one hundred and thirty": one number
        if j < limit and self.lower[j] in _MONEY or k > 0 and self.lower[k - 1] in _MONEY:
            return None, j  # "33 million USD", "$ 5,000": an amount, not people
        text = self.doc[k:j].text
        if re.fullmatch(r"\d{4}", text) and 1900 < int(text) < 2100:
            return None, j
        if "%" in text or (j < limit and self.words[j] in {"%", "percent", "per"}):
            return None, j
        return number_value(text), j

    def _told_as_done(self, j: int, sent: Span) -> bool:
        """Not "awaiting deportation", "facing deportation" or "a deportation facility"."""
        before = set(self.lower[max(sent.start, j - 2):j])  # "potential arrest warrants"
        after = self.lower[j + 1] if j + 1 < sent.end else ""
        modal = set(self.lower[max(sent.start, j - 3):j]) & _MODALS  # "would be repatriated": not yet
        return (not before & (_NOT_YET | _PROSPECT) and not modal and after not in _NAMED_AFTER
                and not held_captive(self.lower, j, sent.end, sent.start))

    def _count_verb(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        """The relation of counted people: the verb told with them, refined by where they went."""
        verb = self._plain_count_verb(count, sent) or self._told_by_noun(count, sent)
        if verb is not None and verb[0] is RelType.DETAINED and self._held_captive(count, sent):
            verb = self._main_verb_after(count, sent)  # "283 Indians detained at scam centres were repatriated"
        before = self.lower[max(sent.start, count.start - 3):count.start]
        if set(before) & _DEFRAUD:
            return _VICTIMS  # "accused of defrauding 869 Koreans": the people harmed, whatever the verb before
        if "against" in before[-2:] and set(self.lower[max(sent.start, count.start - 14):count.start]) & _CASE_WORDS:
            return _COUNT_VERBS["charged"]  # "filed a case against eight Chinese nationals"
        if verb is None or verb[0] in {RelType.DEPORTED, RelType.REPATRIATED}:
            return self._moved_to(count, sent, verb)  # "were taken to the police station": held
        return verb

    def _told_by_noun(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        """"the deportees included 73 South Koreans": a noun for the people of an event names its verb."""
        for j in range(count.start - 1, max(sent.start, count.start - 4) - 1, -1):
            if self.lower[j] in _EVENT_PEOPLE:
                return _COUNT_VERBS[_EVENT_PEOPLE[self.lower[j]]]
            if self.lower[j] not in {"included", "include", "including", "comprised", "were", "are", "the", "among"}:
                return None
        return None

    def _held_captive(self, count: _Count, sent: Span) -> bool:
        """"detained at scam centres", "remain detained in cybercrime camps": held by their captors,
        not by an authority."""
        after = self.lower[count.end:min(sent.end, count.end + 3)]
        if not {"detained", "held"} & set(after):
            return False  # "police detained 40 Chinese at a compound": an authority's act
        window = set(self.lower[count.end:min(sent.end, count.end + 10)])
        return bool(window & _CAPTORS) and not window & {"immigration", "police", "custody", "detention"}

    def _main_verb_after(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        """The verb of the clause after a participle: "... were repatriated"."""
        for j in range(count.end + 1, min(sent.end - 1, count.end + 14)):
            if self.lower[j] in {"were", "was", "been", "are", "is"} and self.lower[j + 1] in _COUNT_VERBS \
                    and _COUNT_VERBS[self.lower[j + 1]][0] is not RelType.DETAINED and self._told_as_done(j + 1, sent):
                return _COUNT_VERBS[self.lower[j + 1]]
        return None

    def _moved_to(self, count: _Count, sent: Span, verb: tuple[RelType | None, str, str] | None) -> tuple[RelType | None, str, str] | None:
        """"transferred to a deportation facility": held, not yet moved; "transferred to China" (for
        Chinese nationals): brought home."""
        window = range(count.end, min(sent.end, count.end + 12))
        for j in window:
            if self.lower[j] != "to" or self.lower[j - 1] not in _MOVED:
                continue
            place = self.lower[j + 1:min(sent.end, j + 5)]
            if set(place) & _HOLDING_PLACES:
                return _COUNT_VERBS["detained"]
            if set(place) & {"court", "prosecutors", "prosecution", "trial"}:
                return _COUNT_VERBS["charged"]  # "11 ringleaders have been sent to court"
            ent = self.doc[j + 1] if j + 1 < sent.end else None
            if ent is not None and count.nationality and ent.ent_type_ == "COUNTRY" and ent.ent_id_ == count.nationality:
                return _COUNT_VERBS["repatriated"]
        return verb

    def _plain_count_verb(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        k = count.end
        while k < sent.end and k < count.end + 6 and (self.lower[k] in _BE or self.lower[k] in {"of", "them", "who", "suspected", "later", "subsequently", ","}):
            k += 1
        if count.start - 2 >= sent.start and self.lower[count.start - 1] in {"home", "back"} \
                and self.lower[count.start - 2] in {"brought", "bring", "bringing", "flew", "flown", "sent"}:
            return _COUNT_VERBS["repatriated"]  # "has brought home 46 Indonesian citizens"
        background = "had" in self.lower[count.end:k]  # "270 Indians who had been held": their past, not this event
        listed = "," in self.words[count.end:k]  # "arrested 30 Thais, detained 20 Lao": the verb before is theirs
        if (background or listed) and count.start > sent.start and self.lower[count.start - 1] in _COUNT_VERBS:
            return _COUNT_VERBS[self.lower[count.start - 1]]  # "carrying 270 Indians who had been held"
        if k < sent.end and self.lower[k] in _COUNT_VERBS and self._told_as_done(k, sent):
            return _COUNT_VERBS[self.lower[k]]
        if k + 1 < sent.end and self.lower[k] in {"in", "on"} and self.lower[k + 1] in {"custody", "detention"}:
            return _COUNT_VERBS["detained"]
        for j in range(count.start - 1, max(sent.start, count.start - 6) - 1, -1):
            word = self.lower[j]
            if word in _COUNT_VERBS and self._told_as_done(j, sent):
                return _COUNT_VERBS[word]
            if word in {",", ";"} and j < count.start - 1:
                break
        # "Nine Chinese nationals, including the manager, were arrested": read past the aside
        # "Eight Indian nationals, victims of a scam centre in Hpa Lu, Myawaddy, were rescued": an apposition too
        after = self.lower[count.end + 1] if count.end + 1 < sent.end else ""
        aside = self.words[count.end:count.end + 1] == [","] and (after in _ASIDE_LEADS or after in gz.people_nouns())
        commas = 3 if aside else 0
        clause, verb_seen = False, False  # "13 out of 17 Sri Lankans who were detained ... have been rescued"
        for j in range(count.end, min(sent.end, count.end + (20 if aside or count.noun_role == "out of" else 14))):
            word = self.lower[j]
            if word in {"who", "whom", "which"}:
                clause, verb_seen = True, False
            elif clause:
                verb_seen = verb_seen or word in _COUNT_VERBS
                clause = not (verb_seen and word in {"have", "has", "had", "were", "was", "are", "is"})
                continue
            if word in _COUNT_VERBS and self._told_as_done(j, sent):
                return _COUNT_VERBS[word]
            if self.words[j] == ";" or self.words[j] == "," and commas == 0:
                break
            commas -= self.words[j] == ","
        if count.noun_role == "victim":
            return _COUNT_VERBS["trafficked"]
        return None
