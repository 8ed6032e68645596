"""The verb of the clause counted people are the subject of, read past what describes them: a
relative clause ("78 Kenyans who were trapped in compounds returned home"), a participle's phrase
("45 Indonesians tied to fraud gangs ... have been repatriated"), a part and its whole ("Four of the
six Filipinos freed ... landed in Manila"). Apart from governing.py, which picks among these readings."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.count_clauses import _AUXILIARIES as _FINITE_BE
from scamgraph.loaders.news.count_leads import _OPENS_CLAUSE
from scamgraph.loaders.news.count_subjects import _BROUGHT, CountSubjects
from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.homeward import back_to_captors
from scamgraph.loaders.news.listed import last_item_end
from scamgraph.loaders.news.state import _Count
from scamgraph.loaders.news.reduced_relatives import _IRREGULAR_PARTICIPLES
from scamgraph.loaders.news.told_as_done import _RELATIVE_PRONOUNS, ToldAsDone
from scamgraph.loaders.news.words import _BE, past_auxiliaries
from scamgraph.loaders.nlp.vocabulary import CALENDAR_WORDS
from scamgraph.model import RelType

#: Participles that describe counted people rather than tell what was done to them: "31 Malaysians
#: linked to scam syndicates ... have been repatriated".
_DESCRIBING = {"linked", "involved", "suspected", "accused", "believed", "allegedly", "tied", "connected",
               "caught", "lured", "duped", "trapped", "stranded", "working", "employed"}
#: Adverbs without "-ly" told between an auxiliary and its verb ("were also arrested").
_ADVERBS = {"also", "later", "then", "all", "now", "already", "since", "each", "both", "soon"}
#: How far a participle's phrase describing counted people may run before their own verb
_LONG_PHRASE = 22
#: Subject pronouns: an auxiliary after one belongs to that pronoun's clause, not to the people counted before.
_SUBJECT_PRONOUNS = frozenset({"they", "he", "she", "we", "i", "you"})

#: Forms of "be" that make a participle after them passive
_PASSIVE_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})


class ClauseVerbs(ToldAsDone, CountSubjects):
    """Reads the main verb after counted people and what describes them."""

    def _homeward(self, k: int, sent: Span) -> bool:
        """"home" or "back" at ``k`` after a verb of bringing or coming: people brought home, not
        "back to the compound" or "back to work" (``back_to_captors``)."""
        return k < sent.end and (self.lower[k] == "home" or self.lower[k] == "back"
                                 and not back_to_captors(self.lower, self.doc, k, sent.end))

    def _after_relative_clause(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        """"78 Kenyans who were trapped in compounds returned home", "13 citizens (WNI) who were
        suspected of ..., were rescued": the sentence's own verb, after the clause that describes them."""
        k = self._nouns_before_who(count.end, sent)  # "Five Malaysian job seekers who ..."
        if self.words[k:k + 1] == [","] and self.lower[k + 1:k + 2] == ["including"]:
            close = next((j for j in range(k + 2, min(sent.end, k + 10)) if self.words[j] == ","), None)
            if close is not None and self.lower[close + 1:close + 2] in (["who"], ["whom"]):
                k = close  # "Ten people, including seven from Punjab, who were ...": past the part told
        if k < sent.end and self.words[k] == "(" and ")" in self.words[k:min(sent.end, k + 6)]:
            k = self.words.index(")", k) + 1  # "(WNI)": an aside on the counted people
        if self.words[k:k + 1] == [","] and self.lower[k + 1:k + 2] in (["who"], ["whom"]):
            k += 1  # "18 Bangladeshi nationals, who were abducted ..., have returned": the same clause set off
        if k >= sent.end or self.lower[k] not in {"who", "whom"}:
            return None
        k = past_auxiliaries(self.lower, k + 1, sent.end)  # "who had (previously) been": the clause's own verb next
        main = False  # (past the clause: "who had crossed the border | were identified and apprehended")
        for m in range(k + 1, min(sent.end, k + 20)):
            word = self.lower[m]
            if self.like_num[m] and not _day_number(self.lower, m):
                return None  # "Out of the 56 ... who were trapped ..., eight were rescued": another subject
            lead = self.lower[m - 1] if self.lower[m - 1] not in _BE else self.lower[m - 2]
            main = main or word in _FINITE_BE and self._opens_main_clause(m, k)
            home = self._homeward(m + 1, sent)
            if home and (word in {"arrived", "landed", "reached"} or main and word in _BROUGHT and self._told_as_done(m, sent)) \
                    or word in {"arrived", "landed", "reached"} and self._landed_home_from(count, sent, m) is not None:  # type: ignore[attr-defined]
                return _COUNT_VERBS["repatriated"]  # "... who were trapped in compounds arrived home | were brought home"
                # (or "arrived in Jakarta": a place of their own country)
            if word in _COUNT_VERBS and word != "inside" and (lead not in {"and", "or", "who"} or main and lead == "and") \
                    and self._told_as_done(m, sent):  # "who had crossed ... were identified and apprehended"
                return _COUNT_VERBS[word]  # ("who had fled ... and were found": still the clause's)
        return None

    def _opens_main_clause(self, m: int, start: int) -> bool:
        """Whether the finite "were" at ``m`` (a relative clause from ``start`` before it) is the main
        clause's: not one joined to the clause ("who were lured and (later) were forced"), though an
        adverb may close the clause ("who were made to work there illegally | were brought home")."""
        j = m - 1
        while j > start and (self.lower[j] in _ADVERBS or len(self.lower[j]) > 4 and self.lower[j].endswith("ly")):
            j -= 1
        return self.lower[j] not in {"and", "or", ",", "who", "then", "but"}

    def _bracket_closed(self, count: _Count, sent: Span) -> int | None:
        """Where a bracket right after the counted people closes ("the 30 East Africans (27 Kenyans,
        2 Tanzanians and 1 Rwandan) have since returned home"): the verb after it is theirs."""
        if count.end >= sent.end or self.words[count.end] != "(":
            return None
        return next((k for k in range(count.end + 1, min(sent.end, count.end + 30)) if self.words[k] == ")"), None)

    def _acted_on_part(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        """The active verb whose object a part told "out of" a whole is ("have repatriated 31 out of
        118 suspects arrested ..."): the part's act; a participle after the whole is the whole's."""
        j = count.start - 1
        while j > sent.start and self.lower[j] in {"some", "about", "around", "nearly", "only", "just", "at", "least"}:
            j -= 1
        verb = _COUNT_VERBS.get(self.lower[j]) if j >= sent.start else None
        if verb is None or verb[0] is None or j - 1 < sent.start or self.lower[j - 1] in _PASSIVE_BE:
            return None  # ("were arrested 31 out of ...": no object)
        return verb

    def _part_and_whole(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        """"Four of the six Filipinos freed from the rings landed in Manila": the whole is told by its
        participle (six freed), the part by the clause's own verb (four landed home)."""
        k = count.end
        if count.noun_role == "of":  # the part: past the whole's phrase to its participle
            while k < sent.end and (self.lower[k] in {"the", "these", "those"} or self.like_num[k]
                                    or self.doc[k].ent_type_ in {"NORP", "COUNTRY"} or self.lower[k] in gz.people_nouns()):
                k += 1
        elif not (count.start >= 2 and self.like_num[count.start - 2 - (self.lower[count.start - 1] == "the")]
                  and "of" in self.lower[count.start - 2:count.start]):
            return None  # (neither a part nor the whole after "N of the")
        if k >= sent.end or k == count.end and count.noun_role == "of" or self.lower[k] not in _COUNT_VERBS \
                or not (self.lower[k].endswith("ed") or self.lower[k] in _IRREGULAR_PARTICIPLES):
            return None  # (a participle: "freed", "held"; not the clause's own verb in the present)
        if count.noun_role != "of":
            return _COUNT_VERBS[self.lower[k]]  # the whole: its participle's act
        main = self._main_verb_at(k + 1, sent, reach=_LONG_PHRASE)
        if main < sent.end:
            return _COUNT_VERBS[self.lower[main]]
        return self._plain_or_landed(replace(count, end=k), sent)  # ("... freed from the rings landed in Manila")

    def _verb_past_modifier(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        """"45 Indonesians tied to fraud gangs in Shwe Kokko, Myanmar, have been repatriated",
        "373 Chinese accused of scams were sent home": a participle that describes the people is no
        act of its own; the verb of the clause after it is theirs."""
        if count.end >= sent.end or self.lower[count.end] not in _DESCRIBING:
            return None
        main = self._main_verb_at(count.end + 1, sent, reach=_LONG_PHRASE)  # ("trapped in X after falling prey to a
        if main < sent.end:  # racket promising jobs in Y have been freed")
            return _COUNT_VERBS[self.lower[main]]
        return _COUNT_VERBS["repatriated"] if self._brought_home_after(count.end + 1, sent) else None

    def _brought_home_after(self, start: int, sent: Span) -> bool:
        """"30 Ethiopians stranded in Myanmar | have been brought home": an auxiliary, then a verb of
        bringing with "home" or "back", told as done, within the phrase after the participle ("sent
        home" names no kind of sending: test_news_sent_home)."""
        for j in range(start, min(sent.end - 2, start + _LONG_PHRASE)):
            if self.lower[j] in _SUBJECT_PRONOUNS or self.words[j] in {";"}:
                return False
            if self.lower[j] in {"were", "was", "been", "are", "is"}:
                m = self._past_adverbs(j + 1, sent)
                return m + 1 < sent.end and self.lower[m] in _BROUGHT - {"sent"} and self._homeward(m + 1, sent) \
                    and self._told_as_done(m, sent)
        return False

    def _part_before_its_whole(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        """"(The first) six of 48 South Koreans arrested in a raid in Myanmar have been repatriated":
        a part told before its counted whole, as the subject of the verb group after the whole's
        describing phrase; the part is of the whole's people."""
        k = count.end
        if self.lower[k - 1] != "of" or k + 1 >= sent.end or not self.like_num[k] or not self._subject_first(count, sent):
            return None  # (not "managed to repatriate seven of 32 Nepalis who were lured": the object of a verb before)
        j = k + 1
        while j < sent.end and self.doc[j].ent_type_ == "NORP":
            j += 1
        main = self._main_verb_at(j, sent, reach=_LONG_PHRASE)
        if main >= sent.end or "who" in self.lower[j:main]:
            return None  # ("six of 48 Koreans who were lured ...": the relative clause's verb, not the part's)
        if not count.nationality and self.doc[k + 1].ent_type_ == "NORP":
            count.nationality = self.doc[k + 1].ent_id_
        return _COUNT_VERBS[self.lower[main]]

    def _arrival_from_abroad(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        """"after the arrival of 25 other Filipino victims from Myanmar": people of a nationality
        arriving from a country: their coming home (not "the arrival of 300 tourists": no "from")."""
        if self.lower[max(sent.start, count.start - 2):count.start] != ["arrival", "of"] or not count.nationality:
            return None
        came = any(self.lower[j] == "from" and self.doc[j + 1].ent_type_ == "COUNTRY"
                   and self.doc[j + 1].ent_id_ != count.nationality for j in range(count.start, min(sent.end - 1, count.end + 4)))
        return _COUNT_VERBS["repatriated"] if came else None

    def _done_after_escaping(self, escaped: int, sent: Span) -> tuple[RelType | None, str, str] | None:
        """The act of a passive verb joined to the people's escape ("escaped on their own, | were
        detained", "fled and | were arrested"): a comma or "and" and then an auxiliary and the verb,
        within a dozen words and no clause of its own between; None where no such verb follows."""
        for j in range(escaped + 1, min(sent.end - 2, escaped + 12)):
            if self.lower[j] in _OPENS_CLAUSE or self.lower[j] in _RELATIVE_PRONOUNS:
                return None
            if self.lower[j] in {",", "and"} and self.lower[j + 1] in _BE:
                k = self._past_adverbs(j + 2, sent)
                word = self.lower[k] if k < sent.end else ""
                return _COUNT_VERBS[word] if word in _COUNT_VERBS and not word.endswith("ing") \
                    and self._told_as_done(k, sent) else None
        return None

    def _main_verb_after(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        """The verb of the clause after a participle: "... were repatriated"."""
        j = self._main_verb_at(count.end + 1, sent)
        return _COUNT_VERBS[self.lower[j]] if j < sent.end else None

    def _came_home_in_their_clause(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        """"handled the entry of nearly 60 Vietnamese workers who returned to Vietnam via the border
        gate": where no verb of the sentence acts on the people, named after "of", the clause on them
        telling they came home (or back, or to a country) is their return."""
        lead = count.start - 1
        while lead > sent.start and self.lower[lead] in {"nearly", "about", "some", "almost", "around", "more", "than", "over"}:
            lead -= 1
        if lead <= sent.start or self.lower[lead] != "of":
            return None  # (not "Twelve Laotians who returned home last month were questioned": the clause's subject)
        k = self._nouns_before_who(count.end, sent)
        if k + 2 >= sent.end or self.lower[k] != "who":
            return None
        j = k + 1
        while j < sent.end and self.lower[j] in {"have", "has", "had", "just", "recently", "safely", "finally"}:
            j += 1
        if j + 1 >= sent.end or self.lower[j] not in {"returned", "arrived", "came"}:
            return None
        after = j + 1 + (self.lower[j + 1] == "to")
        home = self.lower[j + 1] in {"home", "back"} or self.lower[j + 1] == "to" and after < sent.end \
            and self.doc[after].ent_type_ == "COUNTRY"
        return _COUNT_VERBS["repatriated"] if home else None

    def _aside_then_own_verb(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        """"four Filipino victims, aged 22, 29, 31 and 40, were intercepted": victims (a noun the plain
        rule reads as harmed people only) whose ages are set off before their own verb: that verb."""
        if self.lower[count.end - 1] not in {"victims", "victim"} or self.lower[count.end + 1:count.end + 2] != ["aged"]:
            return None
        return self._past_long_aside(count, sent)

    def _list_opening_the_clause(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        """"..., where hundreds were rescued, | three Chinese and five Taiwanese suspects were
        discovered": a list of counted people opening the clause after a comma runs into its own
        verb group, whatever verb the clause before told."""
        if count.start - 1 <= sent.start or self.words[count.start - 1] != ",":
            return None
        last = last_item_end(self.doc, self.lower, self.like_num, gz.people_nouns(), count.end, sent.end)
        if last is None or last >= sent.end or self.lower[last] not in {"were", "was", "have", "had"}:
            return None
        main = self._main_verb_at(last, sent, reach=4)
        return _COUNT_VERBS[self.lower[main]] if main < sent.end else None

    def _main_verb_at(self, start: int, sent: Span, reach: int = 13) -> int:
        """Where the main count verb told after an auxiliary is ("were deported"), ``sent.end`` if
        none; past the first 13 words, only up to a comma (a long phrase, no other clause)."""
        for j in range(start, min(sent.end - 1, start + reach)):
            if self.lower[j] in _SUBJECT_PRONOUNS or j >= start + 13 and self.words[j] in {",", ";"}:
                break  # "arrested 3 Chinese suspected of fraud as they were carrying ...": a clause with its own subject
            if self.lower[j] not in {"were", "was", "been", "are", "is"}:
                continue
            m = self._past_adverbs(j + 1, sent)  # "have been | successfully | repatriated"
            if m < sent.end and self.lower[m] in _COUNT_VERBS \
                    and _COUNT_VERBS[self.lower[m]][0] is not RelType.DETAINED and self._told_as_done(m, sent):
                return m
        return sent.end

    def _past_adverbs(self, k: int, sent: Span) -> int:
        """Past at most two adverbs after an auxiliary: "were | later | deported", "have been |
        successfully | repatriated", "was | also | arrested" (an "-ly" word or a listed one)."""
        end = min(sent.end, k + 2)
        while k < end and (self.lower[k] in _ADVERBS or len(self.lower[k]) > 4 and self.lower[k].endswith("ly")):
            k += 1
        return k


def _day_number(lower: list[str], m: int) -> bool:
    """The number at ``m`` is part of a day told in the clause ("in May 2024", "on 3 June", "June 3,
    2024"), no count of other people: a month's name stands next to it (or before its day)."""
    return lower[m - 1] in CALENDAR_WORDS or m + 1 < len(lower) and lower[m + 1] in CALENDAR_WORDS \
        or lower[m - 1] == "," and lower[m - 2][:1].isdigit() and lower[m - 3] in CALENDAR_WORDS
