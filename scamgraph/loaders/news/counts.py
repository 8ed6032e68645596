"""Counts and nationalities: noun phrases that carry a number of people or things, the verb
they belong to, and the nationality they name."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.dates import DateMention
from scamgraph.loaders.news.among_told import AmongTold
from scamgraph.loaders.news.another_day import another_day, own_day
from scamgraph.loaders.news.country_lines import CountryLines
from scamgraph.loaders.news.each_counted import each_pair, each_second
from scamgraph.loaders.news.governing import _DEFRAUD, _EVENT_PEOPLE
from scamgraph.loaders.news.harms_ahead import HarmsAhead
from scamgraph.loaders.news.idle_count_verbs import idle_count_verb
from scamgraph.loaders.news.joined_modifiers import joined_modifier
from scamgraph.loaders.news.kidnapped import KIDNAPPED, KidnappedCounts
from scamgraph.loaders.news.list_sums import OPENS_PARTS as _OPENS_PARTS, ListSums, share_of, total_of
from scamgraph.loaders.news.mostly_of import hedged
from scamgraph.loaders.news.negated_subjects import negated_count
from scamgraph.loaders.news.number_of import GrownCounts
from scamgraph.loaders.news.number_places import LEARNERS, NUMBERED, SCHOOL_YEARS, among_a_whole, part_of_a_whole
from scamgraph.loaders.news.number_places import in_relative_clause, numbered_after
from scamgraph.loaders.news.one_opening import ONE_AFTER_A_VERB, POSTS_OF, one_opening
from scamgraph.loaders.news.others_counted import one_told_before
from scamgraph.loaders.news.questions import a_question, asked_about
from scamgraph.loaders.news.raided_sites import count_thing
from scamgraph.loaders.news.protective_custody import in_protective_custody
from scamgraph.loaders.news.released_counts import released_count
from scamgraph.loaders.news.same_number import SameNumber
from scamgraph.loaders.news.sent_home import sent_home_verb
from scamgraph.loaders.news.sex_pairs import joined_by_sex
from scamgraph.loaders.news.state import _Count, _Event
from scamgraph.loaders.news.timing import _said_on
from scamgraph.loaders.news.words import (_ABOUT, _BE, _COUNT_VERBS, _COUNTED_THINGS, _PEOPLE_WORDS, _PHRASE_ENDS,
                                          _PLURAL_DEMONYMS, _QUOTES, _SUBSET_WORDS)
from scamgraph.loaders.news.written_numbers import WrittenNumbers
from scamgraph.model import Evidence, RelType

#: Verbs that move people across a border: "from X" after their noun tells where they left.
_MOVING = {RelType.REPATRIATED, RelType.DEPORTED}
#: Words that end a counted noun phrase before any noun: "45 in Phnom Penh", "12 and ...".
_PHRASE_STOPS = {"in", "at", "on", "and", "to", "by", "for"}
#: Gap words giving the second count a phrase or clause of its own: "following withdrawals by 15", "deported 30 Chinese, leaving 12 in a cell" (audit 30)
_NOT_A_LIST_GAP = frozenset({"by", "following", "after", "before", "against", "during", "leaving", "leaves", "left"})
_POSSESSIVE = {"its", "their", "our"}
#: Wholes written as words that make "N out of <whole>" a proportion, not a part of people told.
_RATE_BASES = frozenset({"ten", "hundred", "thousand"})
#: The articles that may open "a dozen" or "a Thai man" (one person) where no number is written.
_ARTICLES = frozenset({"a", "an"})
#: Things a demonym may describe after a number ("45 Indonesian passports", "four Vietnamese firms"):
#: the number counts them, no people
_OBJECTS = frozenset({"passport", "passports", "phones", "cards", "accounts", "firms", "companies", "websites",
                      "sim", "banks", "vessels", "boats", "vehicles", "licences", "licenses", "documents", "ids"})
#: Words between "a" and a demonym that still tell one person ("a second Japanese teenager")
_ORDINAL_ONES = frozenset({"second", "third", "fourth", "fifth", "further"})


class CountRules(HarmsAhead, AmongTold, WrittenNumbers, CountryLines, KidnappedCounts, SameNumber, GrownCounts):
    """Numbers of people (by nationality) and of things, attached to events."""

    def _counts(self, sent: Span, ents: list[Span], events: list[_Event], dates: list[DateMention],
                written: list[DateMention], ev: Evidence) -> None:
        if self._country_item(sent, ev):
            return  # "- Atlantis- 40 people": a line of a list by country after a colon
        counts = self._count_phrases(sent, ents, written)
        told_before = {id(e) for e in self.events}
        previous: tuple[RelType | None, str, _Event] | None = None
        previous_end: int | None = None
        whole: _Count | None = None  # the count before, where it was no part of another: "240 Laotian workers, | including 31 ..."
        link = self._breakdown_whole(sent) if sent.start in self._matches.relative else self.last_link or self._total_told_before(sent)
        item = self._list_lead is not None and self._list_item(sent)
        if item:
            link = self._list_lead  # "The breakdown of those arrested: | 207 Chinese nationals | 132 ..."
        self._told_again(sent, events, ev)
        self._among_told(sent, events, ev)  # "The deportees were among 300 workers rounded up"
        counted: list[tuple[str, int]] = []
        included = 0  # of them, the people told as part of the people counted before ("The suspects, including 22 from X")
        parts: dict[tuple[str, str], int] = {}  # (event, nationality) -> the people of the list so far
        sums = ListSums()  # "30 Bolivians and four Chileans": the act counts 34
        worded = any(map(str.isalpha, self.words[sent.start:sent.end]))  # (not a line of figures alone)
        if worded and not item:
            self.last_link = None
        for count in counts:
            if count.noun_role == "whole" or self._running_total(count, sent) or self.lower[sent.start] == "since" and not dates:
                continue
            if negated_count(self.lower, count.start, sent.start) or asked_about(self.lower, count.start, sent.start) \
                    or a_question(self.words, sent.start, sent.end) or self._sent_by_the_accused(count, sent):
                continue  # "None of the 45 Thais has been charged", "not clear whether 25 Kenyans were freed": no act done
            if another_day(self.lower, self.idx, count.start, count.end, written):
                continue  # "six in October and another 21 last Nov. 2": a second act, on its own day
            if count.thing:
                count_thing(self.lower, count, events, counts)  # "raided four houses": a raid's sites
                continue
            # "22 were Chinese": a breakdown of people counted before, never the subject of a verb of its own
            verb = self._partitive_act(count) if count.noun_role == "breakdown" else self._own_verb(count, sent, self._count_verb(count, sent))
            if verb is not None and (idle := idle_count_verb(self.lower, count.end, sent.end, _COUNT_VERBS, count.start)):
                verb = _COUNT_VERBS["warrants"] if idle == "writ" else None  # "free on bail", "90 arrest warrants"
            if count.noun_role != "breakdown" and released_count(self.lower, count.start, sent.start):
                verb = _COUNT_VERBS["rescued"]  # "secured the release of 20 citizens (held ...)": their rescue
            if verb is not None and verb[0] is RelType.DETAINED and in_protective_custody(self.lower, count.end, sent.end):
                verb = _COUNT_VERBS["rescued"]  # "12 workers were taken into protective custody": kept safe
            if verb is None and count.noun_role != "breakdown":  # "40 Chileans were sent home"
                at, home = sent_home_verb(self.lower, self.doc, count.end, (sent.start, sent.end),
                                          count.nationality)
                verb = home if at >= 0 and self._told_as_done(at, sent) else None  # type: ignore[assignment]
            if verb is None and count.noun_role != "breakdown":
                verb = self._kept_relative_act(count, sent)  # "Six Sabahans who were freed ... are still stuck"
            if verb is None and count.noun_role != "breakdown" and self._kidnapped(count, sent) >= 0:
                verb = KIDNAPPED  # "Four Peruvians were abducted in Laos"
            inherits = " ".join(self.lower[max(sent.start, count.start - 2):count.start])
            listed = previous_end is not None and self._list_gap(previous_end, count.start)
            opened = count.noun_role == "breakdown" and self.lower[sent.start] in {"of", "among"}  # "Of the 209 deported, 73 were ..."
            part = previous is not None and not among_a_whole(self.lower, count.start, sent.start) and (
                not _OPENS_PARTS.isdisjoint(inherits.split()) or inherits in {"of whom", "of them"}
                or verb is None and listed or opened)
            if part:
                rel, key, event = previous
            elif verb is None and link is not None and (not events or sent.start in self._matches.relative
                                                        or (opened or sent.start in self._matches.parts_next) and all(e is link[2] for e in events)) and (
                    count.noun_role == "breakdown" or item or sent.start in self._matches.parts_next) \
                    and not in_relative_clause(self.lower, sent.start, count.start):
                rel, key, event = link  # "29 arrested. 22 were Chinese" ("Of those arrested, 22 were"): the people of the count before
            elif count.noun_role == "breakdown" and verb is None:
                continue  # a part of people not counted here: no count of its own
            elif verb is not None:
                rel, key, kind = verb
                case = self._harm_host(events) if not kind else None
                if not kind and case is None:
                    self._harm_waits(count, ev)  # "214 victims": people harmed, but no case of the harm told yet
                    continue
                # (the day of what happened before the day it was told: "said on Monday nine ... arrived on Sunday")
                day = next((d for d in dates if not _said_on(d, self.article.text)), dates[0]) if dates and not count.past else None
                event = case or self._host(kind, events, day, at=count.start)
                if id(event) not in told_before and event not in events:
                    events.append(event)  # "a flight landed carrying 270 Indians": this sentence's event
            elif events:
                rel, key, event = None, "people", events[0]
            else:
                self.last_link = self._same_people(count, dates) or self.last_link
                self._described_only(count)  # "The eight Japanese are in their 20s."
                continue
            if rel is not None and (day := own_day(self.lower, self.idx, count.start, count.end, dates, event.date)):
                event, part, listed = self._event(event.type, day), False, False  # "on 3 May, involving 12 Thais": that day's act
                if event not in events:
                    events.append(event)
            if rel is not None and count.noun_role == "part of":
                if (nat := self._nationality(count.nationality)) is not None:
                    self._edge(rel, event.node.key, nat.key, ev)  # their nationality, with no number
                continue
            if key != "people":  # a number of people no verb tells what happened to is no event count
                more = one_told_before(self.lower, self.doc, count.start, sent.start)  # "X and 12 other Chinese": 13
                event.counts[key] = max(count.value + more, event.counts.get(key, 0))
            if count.came_from and rel in _MOVING and not self._from_list(count.end, sent):
                count.nationality = ""  # "repatriated 73 suspects from Cambodia": where they left, not who they are
            if rel is RelType.REPATRIATED and not count.nationality and count.noun_role in {"", "suspect"}:
                count.nationality = self._brought_home_by(count, sent)
            count.nationality = self._state_citizens(count, sent, ents, rel) or count.nationality \
                or self._same_number(count, rel, event, ev) or self._story_people(count, rel, sent) \
                or self._more_of_them(count, rel, counts, previous) or self._part_of_the_acted(count)
            if rel is not None and count.nationality:
                nat = self._nationality(count.nationality)
                whom = self.lower[count.end - 2:count.end] in (["of", "whom"], ["of", "them"])  # "10 Chinese, six of whom"
                within = part and whole is not None and share_of(self.lower, whole, count)  # (the whole's count stands)
                if nat is not None and hedged(self.lower, self.doc, count, sent.end):
                    pass  # "40 workers, mostly from Kenya": most of them, not each (test_news_events pins the aside)
                elif nat is not None and not (whom and (part or listed) and (event.node.key, nat.key) in parts) and not within:
                    joined = (part or listed) and not (whole is not None and total_of(self.lower, whole, count))
                    value = count.value + (parts.get((event.node.key, nat.key), 0) if joined
                                           else one_told_before(self.lower, self.doc, count.start, sent.start))
                    parts[(event.node.key, nat.key)] = value  # "eight Singaporean men, one Singaporean woman": nine
                    self._people_edge(rel, event.node.key, nat.key, ev, value, count.start)
                    sums.add(event, key, count.value, joined, self.lower[count.start - 1])
                    self._second_verb(count, sent, events, nat.key, ev, dates, rel)
                    past = self._their_past(count, sent, events, rel)
                    past = past or self._kidnapped_past(count, sent, events, rel)
                    if past is not None:
                        self._edge(past[0], past[1].node.key, nat.key, ev, count=count.value)
                    counted.append((nat.key, count.value))
                    included += self.lower[count.start - 1] == "including" and not part
                    self._counted_before[count.nationality] = (key, count.value)
            elif rel is not None and sum(1 for k in range(count.start, count.end) if self.doc[k].ent_iob_ == "B"
                                         and self.doc[k].ent_type_ == "NORP") >= 2:
                sums.add(event, key, count.value, False, self.lower[count.start - 1])  # "41 Chinese and Taiwanese and | three ..."
            previous, previous_end = (rel, key, event), count.end
            whole = None if part else count
            if rel is not None:
                self.last_link = previous
        sums.settle()
        self._grown_to(sent, events, dates, ev)
        self._uncounted(sent, events, ev)
        self._pointed_back(sent, events, ev)
        self._one_dead(sent, ents, events, ev)
        if worded:
            # ("The suspects, including 22 from X, were handed over": the people told are still all of them)
            whole_and_part = bool(counted) and included == len(counted) and bool(self._told_people)
            self._told_people = self._told_people + counted if whole_and_part else counted
            self._told_whole_and_part = whole_and_part
            self._last_group(counts)
        if not item:
            self._list_lead = self._lead_of_list(sent, events, link)
        self._lead_countries(sent, self._list_lead, item)

    def _count_phrases(self, sent: Span, ents: list[Span], written: list[DateMention]) -> list[_Count]:
        """Numbers of people or things, each read with its noun phrase in ``_read_noun``; the numbers
        inside date expressions (``written``) are not counts."""
        like_num, lower, after = self.like_num, self.lower, sent.start  # (after: where the last phrase read ends)
        # (most words are neither a number, nor "a dozen", nor "a Thai man", nor "arrested the Thai owner of":
        # only the others are visited, and a sentence with none has no count)
        openings = [i for i in range(sent.start, sent.end) if like_num[i] or lower[i] in _ARTICLES
                    or lower[i] == "the" and lower[i - 1] in _COUNT_VERBS]
        if not openings:
            return []
        norp = {i: e for e in ents if e.label_ in {"NORP", "COUNTRY"} and not self._hyphen_after(e)
                for i in range(e.start, e.end)}
        dated = {i for d in written for i in range(sent.start, sent.end) if d.start <= self.idx[i] < d.end}
        phrases: list[_Count] = []
        for k in openings:
            if k < after:
                continue
            if not like_num[k] and not self._a_dozen(k, sent.end):  # (what _number_at would say first)
                one = self._one_person(k, sent, norp)
                if one is not None:
                    phrases.append(one)
                continue
            number, end = self._number_at(k, sent.end)
            if number is None or k in dated or self.doc[k].ent_type_ in {"PERSON", "AGENCY", "ORG", "SITE"} \
                    or k > sent.start and self.lower[k - 1] in NUMBERED or self._school_year(k, end, sent) \
                    or numbered_after(self.lower, self.like_num, k, sent.start):
                continue
            if end + 2 < sent.end and self.words[end] == "(" and self.words[end + 2] == ")" and like_num[end + 1] \
                    and self._number_at(end + 1, end + 2)[0] == number:
                end += 3  # "Thirty-two (32) Sierra Leoneans": the number written again in figures
            count = _Count(number, k, end)
            self._read_noun(count, sent, ents, norp, phrases)
            after = max(self._settle(count, end, sent, ents, norp, phrases), each_second(self.lower, phrases, count, norp, sent))
        return self._by_sex(joined_by_sex(self.lower, phrases))

    def _school_year(self, k: int, end: int, sent: Span) -> bool:
        """"a senior three student", "grade 5 pupils": the number names their year at school; "aged
        between 18 and 35", "aged 20 to 40", "between the ages of 18 and 30": both ends of an age range are ages."""
        if k > sent.start and self.lower[k - 1] in SCHOOL_YEARS and end < sent.end and self.lower[end] in LEARNERS:
            return True
        j = k - 1
        if j - 1 > sent.start and self.lower[j] in {"and", "to", "-"} and self.like_num[j - 1]:
            j -= 2  # the range's upper end: what stands before its lower end decides
        if j >= sent.start and self.lower[j] == "between":
            j -= 1
        return j >= sent.start and (self.lower[j] == "aged" or self.lower[j] == "of" and self.lower[j - 1] in {"ages", "age"})

    def _read_noun(self, count: _Count, sent: Span, ents: list[Span], norp: dict[int, Span], phrases: list[_Count]) -> None:
        """The noun phrase after a number: its nationality, its people noun or the thing counted."""
        j = limit = count.end  # (the end of the number: the phrase is read at most six words past it)
        while j < sent.end and j < limit + 6:
            word = self.lower[j]
            if word in _QUOTES or j + 1 in norp and word in _COUNT_VERBS and word.endswith("ed"):
                j += 1  # 'rescuing 215 "victims"', "45 trafficked Indonesians": the phrase goes on
                continue
            if j in norp and (self._place_reached(count.end, j, norp) or self._place_left(count, j, norp, sent)):
                return  # "800 entering Thailand", "2,265 from Cambodia" (Indians): where the people went or were
            if j in norp and norp[j].end < sent.end and self.lower[norp[j].end] in _OBJECTS:
                count.thing, count.end = "objects", norp[j].end + 1  # "seized 45 Indonesian passports": things
                return
            if j in norp:
                j = self._demonym_in_phrase(count, j, sent, norp)
                if j < 0:
                    return
                continue
            if word in _COUNTED_THINGS and not count.nationality:
                if word != "countries" or self._from_before(count.start, sent.start):
                    count.thing, count.end = _COUNTED_THINGS[word], j + 1  # not "talks between the two countries"
                return
            if self._part_words(count, j, sent, phrases):
                self._named_by_copula(count, sent, norp)  # "25 of them were Nepali"
                return
            if word == "more" and (j + 1 in norp or j + 2 in norp and self._noun_at(j + 1, sent.end)):
                j += 1  # "200 more (overseas) Indonesian citizens": the demonym after "more" names them
                continue
            if word in _PEOPLE_WORDS or word in gz.people_nouns():
                self._people_noun(count, j, sent, ents, norp)
                return
            if joined_modifier(self.lower, self.words, self.like_num, j, count.end, sent.end):
                j += 1  # "214 fraud and gambling suspects": the noun phrase goes on
                continue
            if not self.words[j].isalpha() or word in _BE or word in _COUNT_VERBS or word in _PHRASE_STOPS \
                    or self.like_num[j] or word == "with":  # "127 arrests of four nationalities": its own noun; "300 with Lao the most": a share
                return
            if word == "from" and j > count.end:
                return  # 'the rescue of 47 "cyber slaves" from Myanmar': where they were, read no further

            j += 1

    def _demonym_in_phrase(self, count: _Count, j: int, sent: Span, norp: dict[int, Span]) -> int:
        """Reads the demonym at ``j``; the position to read on from, or -1 where it ends the phrase."""
        ent = norp[j]
        count.nationality = ent.id_
        j = ent.end
        nxt = self.lower[j] if j < sent.end else ""
        if nxt in {"and", "or", ",", "/"} and j + 1 < len(self.lower) and each_pair(self.lower, j, norp, sent) < 0 \
                and (j + 1 in norp and norp[j + 1].start == j + 1 or self.lower[j + 1] in {"foreign", "other"}):
            count.nationality = ""  # "12 Chinese and Vietnamese nationals", "114 Korean and foreign members": no one's count (not "... each")
            if j + 1 not in norp:
                return j + 2
            second, after = norp[j + 1], norp[j + 1].end
            if (self.lower[after] if after < sent.end else "") not in _PEOPLE_WORDS | set(gz.people_nouns()) \
                    and (second.text.lower() in _PLURAL_DEMONYMS or not self._noun_at(after, sent.end)):
                count.end = after  # "41 Chinese and Taiwanese and three Vietnamese": the pair's number ends there
                return -1
            return after
        if nxt not in _PEOPLE_WORDS and nxt not in gz.people_nouns() \
                and (ent.text.lower() in _PLURAL_DEMONYMS or not self._noun_at(j, sent.end)):
            count.end = j  # "29 Chinese", "13 Nepalese,", not "29 Chinese nationals"
            return -1
        return j

    def _part_words(self, count: _Count, j: int, sent: Span, phrases: list[_Count]) -> bool:
        """"54 of whom", "50 of the 64 nationals", "13 (out) of 17": a part of other people; True when read."""
        word, nxt = self.lower[j], self.lower[j + 1] if j + 1 < sent.end else ""
        if word == "of" and nxt in {"them", "those", "whom", "these"}:
            count.end = j + 2
            rest = [w for w in self.lower[j + 2:min(sent.end, j + 5)] if w not in _BE]
            subset = bool(rest) and rest[0] in _SUBSET_WORDS  # "(606 of them female)", "54 of whom were women"
            told = phrases[-1].nationality if phrases else self._group_told()
            count.nationality = count.nationality or ("" if subset else told)
        elif (word == "of" and nxt == "the" or word == "out" and nxt == "of") \
                and (whole := _approximated_whole(self.lower, self.like_num, j + 2, sent.end)) is not None:
            count.end, count.noun_role = whole, "out of"  # "17 of the more than 40 Indonesians": a part of them
        elif word == "of" and nxt == "the":
            count.end, count.noun_role = j + 2, "of"  # "50 of the 64 nationals": theirs, read next
        elif word == "out" and nxt == "of":
            every = j + 2 < sent.end and self.lower[j + 2] == "every"  # ("three out of every ten")
            count.end, count.noun_role = j + 2 + every, "out of"  # "13 out of 17 Sri Lankans": a part of them
        elif word == "of" and j == count.end and j + 1 < sent.end and self.like_num[j + 1]:
            count.end, count.noun_role = j + 1, "out of"  # "seven of 32 South Africans": the same part
        else:
            return False
        return True

    def _people_noun(self, count: _Count, j: int, sent: Span, ents: list[Span], norp: dict[int, Span]) -> None:
        """"86 people", "64 of its citizens", "57 people from Vietnam", "people of Chinese nationality"."""
        count.noun_role = gz.people_nouns().get(self.lower[j], "")
        count.end = j + 1
        if self.lower[count.end - 2] in _POSSESSIVE and not count.nationality:
            count.nationality = self._possessive_owner(count, ents)  # "Indonesia brought home 64 of its citizens"
        elif j + 2 < sent.end and self.lower[j + 1] in {"from", "of"} and (j + 2) in norp \
                and not self._listed(norp[j + 2], sent) and not self._counted_after(norp[j + 2], sent) \
                and not (self.lower[j + 1] == "from" and self._place_left(count, j + 2, norp, sent)):  # type: ignore[attr-defined]
            # (not "60 people from Laos and 90 from Cambodia" parting the Nepalis told before: where they were)
            count.came_from = not count.nationality and self.lower[j + 1] == "from"
            count.nationality = count.nationality or norp[j + 2].id_
            count.end = norp[j + 2].end

    def _counted_after(self, country: Span, sent: Span) -> bool:
        """"150 foreigners from Ethiopia (95), Kenya (31) ...": the country has its own number in
        brackets after it, so it opens a list of peoples counted apart, no nationality of the whole."""
        k = country.end
        return k + 2 < sent.end and self.words[k] == "(" and self.like_num[k + 1] and self.words[k + 2] == ")"

    def _settle(self, count: _Count, end: int, sent: Span, ents: list[Span], norp: dict[int, Span],
                phrases: list[_Count]) -> int:
        """What the words after the phrase and the phrases before tell of it; keeps it when it is a
        count; the position to read on from."""
        k = count.start
        if not count.thing:
            self._apposed(count)
        if not count.nationality and not count.thing:
            self._breakdown(count, norp, sent.end)
        if not count.nationality and self.lower[count.end - 1] in {"nationals", "citizens"} \
                and self.lower[count.end - 2] != "foreign" and self.lower[count.end - 2] not in _POSSESSIVE:  # (its owner is read apart)
            # "South Korea has repatriated 50 of the 64 nationals": its nationals
            count.nationality = next((e.id_ for e in ents if e.label_ in {"COUNTRY", "NORP"} and e.end <= k), "")
        if count.end == end and not count.thing and not phrases and (code := self._bare_subject(count, sent)):
            count.nationality = code  # "Four had been detained": the people counted just before
            phrases.append(count)
            return end
        if count.end == end and not count.thing and self._verb_follows(end, sent.end):
            count.nationality = phrases[-1].nationality if phrases else ""  # "..., 50 were repatriated": those before
            phrases.append(count)
            return end
        if count.noun_role == "of" and count.end + 1 < sent.end and self.lower[count.end] in _COUNT_VERBS \
                and self.lower[count.end + 1] in gz.people_nouns():
            count.end += 1  # "Six of the detained suspects were arrested": the participle is the whole's, the verb the part's
        if count.noun_role == "of" and count.end < sent.end and not self.like_num[count.end - 1] \
                and (self.lower[count.end] in gz.people_nouns() or self.lower[count.end] in _EVENT_PEOPLE):
            # "repatriated 87 of the workers": the "Indonesian workers" told before
            count.nationality, count.end = self._told_with(self.lower[count.end], count.start), count.end + 1
            if not count.nationality and self.lower[count.end - 1] in _EVENT_PEOPLE:
                self._breakdown(count, norp, sent.end)  # "40 of the deportees were Thai nationals"
        if phrases and phrases[-1].noun_role == "of" and not phrases[-1].nationality:
            phrases[-1].nationality = count.nationality
        if k - 3 >= sent.start and self.lower[k - 3:k] == ["one", "of", "the"] and count.nationality and count.value > 1 \
                and not (phrases and phrases[-1].end > k - 3):
            phrases.append(_Count(1, k - 3, k, nationality=count.nationality, noun_role="of"))  # "one of the four Chinese"
        if phrases and phrases[-1].noun_role == "of" and phrases[-1].end == k and self.lower[k - 1] == "the" \
                and phrases[-1].value < count.value and not self._whole_acted(count, sent):
            count.noun_role = "whole"  # "Two of the five Chinese were charged": the five are not the ones charged
        if part_of_a_whole(self.lower, k, sent.start) and not (self._whole_acted(count, sent) and not _BE.isdisjoint(
                self.lower[count.end + 1:sent.end])):  # ("the rest of 15 Thais returned": the part's own verb)
            count.noun_role = "part of"  # "The last of 15 Thais were rescued": a part of the 15, uncounted
        if phrases and phrases[-1].noun_role == "out of" and phrases[-1].end == k and self._whole_acted(count, sent):
            phrases[-1].noun_role = ""  # "45 of 59 individuals deported ...": the participle is the whole's
        elif phrases and phrases[-1].noun_role == "out of" and phrases[-1].end == k:
            phrases[-1].nationality = phrases[-1].nationality or count.nationality
            count.noun_role = "whole"  # "13 out of 17 Sri Lankans ... were rescued": the 17 are not the ones rescued
            if self.lower[k] in _RATE_BASES or self.lower[k - 1] == "every":
                phrases[-1].noun_role = "whole"  # "Four out of ten Thais": a proportion, no people counted
        if count.end > end or count.thing:
            if count.nationality:
                self.last_nationality = count.nationality
            phrases.append(count)
            return max(count.end, k + 1)
        return end

    def _told_with(self, noun: str, before: int) -> str:
        """The nationality of the last demonym told right before ``noun`` ahead of ``before``."""
        return next((e.id_ for e in reversed(self.ents) if e.end < before and e.label_ == "NORP"
                     and e.end < len(self.lower) and self.lower[e.end] == noun), "")

    def _kept_relative_act(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        """The act of a relative clause right after the counted people ("Six Sabahans who were freed
        from fake job offers are still stuck in Laos") where the sentence kept it as an event of its own
        (the story's first telling of its kind, see ``events._first_told_of_counted``)."""
        k = count.end
        if self.lower[k:k + 1] not in (["who"], ["whom"]):
            return None
        k += 1
        verb = k
        while verb < sent.end and self.lower[verb] in _BE:
            verb += 1  # ("who were", "who had been": a passive, the act done to them)
        word = self.lower[verb] if verb < sent.end else ""
        return _COUNT_VERBS[word] if verb > k and word in _COUNT_VERBS and verb in self.trigger_at else None

    def _from_before(self, k: int, start: int) -> bool:
        """"people from (more than) 20 countries": the countries are where the people counted are
        from (not "police from three countries", nor "talks between the two countries")."""
        k -= 1
        while k > start and self.lower[k] in _ABOUT:
            k -= 1
        people = self.lower[k - 1] if k > start else ""
        return self.lower[k] == "from" and (people in _PEOPLE_WORDS or people in gz.people_nouns())

    def _one_person(self, k: int, sent: Span, norp: dict[int, Span]) -> _Count | None:
        """"charging a Cambodian national", "arrested a Thai man": one person of that nationality."""
        if k == sent.start:
            return one_opening(self.lower, k, sent, norp)  # "A Thai man was freed": the subject
        if self.lower[k] == "the" and k + 1 in norp and norp[k + 1].start == k + 1 \
                and self.lower[norp[k + 1].end:norp[k + 1].end + 2] in ([p, "of"] for p in POSTS_OF) \
                and self.lower[k - 1] in _COUNT_VERBS:  # "arrested the Chinese manager of a casino"
            return _Count(1, k, norp[k + 1].end + 1, nationality=norp[k + 1].id_)
        if self.lower[k] not in {"a", "an"}:
            return None
        aged = k + 1 < sent.end and self.like_num[k + 1] and self.lower[k + 2:k + 6] == ["-", "year", "-", "old"]
        at = k + 6 if aged else k + 1  # "a 29-year-old Thai man"
        at += not aged and at < sent.end and self.lower[at] in _ORDINAL_ONES  # "rescued a second Japanese teenager"
        if at not in norp or norp[at].start != at:
            return None
        told = self.lower[k - 1] in _COUNT_VERBS or self.lower[k - 1] == "and" and bool(
            set(self.lower[max(sent.start, k - 8):k]) & _COUNT_VERBS.keys())  # "arrested two Chinese men and a Thai woman"
        if not told:
            return self._one_listed(k, sent, norp) if at == k + 1 else None
        end = norp[at].end
        if end >= sent.end or self.lower[end] not in ONE_AFTER_A_VERB:
            return None
        return _Count(1, k, end + 1, nationality=norp[at].id_)

    def _list_gap(self, end: int, start: int) -> bool:
        """A short gap with no verb of its own between two counts: they are items of one list."""
        before = self.lower[max(0, start - 3):start]
        lead = before[len(before) - before[::-1].index("from"):] if "from" in before else None
        if lead is not None and set(lead) <= _ABOUT or set(before) & _DEFRAUD or any(w == "of" and nxt not in {"whom", "them"} for w, nxt in zip(before, before[1:] + [""])):
            return False  # "... from more than 800 citizens": the people of another clause
        return start - end <= 8 and _NOT_A_LIST_GAP.isdisjoint(self.lower[end:start]) \
            and not any(self.lower[i] in _COUNT_VERBS for i in range(end, start))

    def _noun_at(self, k: int, limit: int) -> bool:
        """A common noun goes on the phrase at ``k`` ("Thai police"); a comma, "and" or a verb ends it."""
        if k >= limit or not self.words[k].isalpha() or not self.words[k].islower():
            return False
        return self.lower[k] not in _BE and self.lower[k] not in _COUNT_VERBS and self.lower[k] not in _PHRASE_ENDS

    def _verb_follows(self, k: int, limit: int) -> bool:
        while k < limit and self.lower[k] in _BE:
            k += 1
        return k < limit and self.lower[k] in _COUNT_VERBS and _COUNT_VERBS[self.lower[k]][0] is not None


#: Words that round the whole a part is told of: "17 of the more than 40", "out of nearly 25"
_APPROXIMATING = frozenset({"more", "than", "about", "nearly", "around", "some", "over", "at", "least", "almost",
                            "roughly", "approximately", "the"})


def _approximated_whole(lower: list[str], like_num: list[bool], k: int, end: int) -> int | None:
    """Where the number of a rounded whole starts after "of the" / "out of" ("more than | 40"), or
    None where no rounding word comes first (a plain whole is read as before)."""
    j = k
    while j < end and lower[j] in _APPROXIMATING:
        j += 1
    return j if j > k and j < end and like_num[j] else None
