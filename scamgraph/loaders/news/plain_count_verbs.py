"""The plain reading of the verb of counted people: the verb right after them (past "be", adverbs,
a date's comma and a set-off aside) or the verb before them ("deported 98 Chinese who were
arrested in January"). Apart from governing.py, which tries the special readings first."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.act_nouns import act_named
from scamgraph.loaders.news.clause_verbs import _DESCRIBING, ClauseVerbs
from scamgraph.loaders.news.count_leads import _OPENS_CLAUSE
from scamgraph.loaders.news.count_subjects import _ARRIVED, _BROUGHT
from scamgraph.loaders.news.count_verbs import _COUNT_VERBS, phrasal_act
from scamgraph.loaders.news.held_captive import held_captive
from scamgraph.loaders.news.list_heads import list_head_verb
from scamgraph.loaders.news.moved_to import _PARTICLES
from scamgraph.loaders.news.releases import let_out_of
from scamgraph.loaders.news.set_off_phrases import SetOffPhrases
from scamgraph.loaders.news.state import _Count
from scamgraph.loaders.news.told_as_done import _RELATIVE_PRONOUNS
from scamgraph.loaders.news.words import _ASIDE_LEADS, _BE
from scamgraph.loaders.nlp.vocabulary import CALENDAR_WORDS
from scamgraph.model import RelType

#: Verbs of getting free by one's own doing: a return told after one is the people's own, no state's
_SELF_FREED = frozenset({"escape", "escaped", "escaping", "fled", "flee", "fleeing"})
#: Verbs of people coming or brought somewhere (count_subjects' two sets together)
_MOVING_VERBS = frozenset(_ARRIVED | _BROUGHT)
#: Ordinals read as numbers by the tokenizer: "a second group of 45".
_ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
#: Verbs of no count act whose object the people are: "arrested for helping traffickers move 60
#: Chinese" (the arrest took the helpers, not the 60), "accused of employing 40 Thais"
_OWN_OBJECT_VERBS = frozenset({"move", "moving", "moved", "smuggle", "smuggling", "smuggled", "transport", "transporting",
                               "transported", "ferry", "ferrying", "ferried", "employ", "employing", "employed", "hire",
                               "hiring", "hired", "house", "housing", "housed", "hide", "hiding", "hid"})
#: Words of a time told between a verb and its object: "deported on Thursday night the 64 ..."
_TIME_BETWEEN = frozenset({"on", "the", "night", "morning", "evening", "afternoon", "last", "this"})
#: Words that open a phrase about what a noun before concerns: a verb before it governs that noun.
_OTHER_OBJECT = {"involving", "concerning", "regarding", "about", "against", "among"}
#: Words for a share of people before "of whom": "150 Laotians, many of whom ..."
_SHARE_WORDS = frozenset({"many", "most", "some", "all", "several", "half", "few", "none", "dozens", "hundreds"})


#: Words of people staying where they are, before "inside": "remain inside", "are still inside"
_STILL_INSIDE = frozenset({"remain", "remains", "remained", "remaining", "still", "are", "is", "stay", "stays", "live", "living",
                           "work", "working", "trapped", "stuck", "held", "kept", "confined"})
#: Verbs of people staying somewhere, anywhere before "inside": "remain in shelters inside Myanmar"
_STAYING = frozenset({"remain", "remains", "remained", "stuck", "trapped", "stranded", "sheltering", "staying", "living",
                      "refuge", "shelter", "shelters", "sheltered", "hiding", "hid"})  # ("sought refuge in shelters inside")

#: Nouns of work people are made to do, after "forced": "survivors of forced scamming" names them
_FORCED_WORK = frozenset({"scamming", "labour", "labor", "criminality", "work", "prostitution", "marriage", "scams",
                          "fraud", "servitude"})


class PlainCountVerbs(ClauseVerbs, SetOffPhrases):
    """Reads the verb told right after or right before counted people."""

    def _year_comma(self, j: int) -> bool:
        """The comma at ``j`` stands between a day and its year ("September 1, 2021"), inside a date."""
        return self.words[j] == "," and 0 < j < len(self.words) - 1 and self.words[j - 1].isdigit() \
            and len(self.words[j - 1]) <= 2 and len(self.words[j + 1]) == 4 and self.words[j + 1].isdigit()

    def _came_home_after(self, start: int, sent: Span) -> bool:
        """"52 Thais who had been held in Laos for fraud arrived home": the main verb after
        the clause of their past says they came home (read to the first comma or semicolon)."""
        for j in range(start, min(sent.end - 1, start + 13)):
            if self.words[j] in {",", ";"}:
                return False
            if self.lower[j] in _ARRIVED and self.lower[j + 1] in {"home", "back"}:
                return True
        return False

    def _past_the_whole(self, count: _Count, sent: Span) -> int:
        """Where the words after a part told with "of" a whole end, when a verb follows them ("nine
        of 73 Bolivian trafficking victims | arrived from Peru"): the whole's number, demonym and
        nouns; the part's own end for any other count."""
        k = count.end
        if count.noun_role != "out of":
            return k
        while k < min(sent.end, count.end + 8) and (self.like_num[k] or self.doc[k].ent_type_ == "NORP" or (
                self.words[k].isalpha() and self.words[k].islower() and self.lower[k] not in _BE
                and self.lower[k] not in _RELATIVE_PRONOUNS
                and (self.lower[k] not in _COUNT_VERBS or self.lower[k].endswith("ing"))  # ("trafficking victims")
                and self.lower[k] not in _MOVING_VERBS)):
            k += 1
        verb = k < sent.end and (self.lower[k] in _BE or self.lower[k] in _COUNT_VERBS or self.lower[k] in _MOVING_VERBS)
        return k if verb else count.end  # ("seven of 32 Nepalis who were lured": the whole's clause, read as before)

    def _rounding_about(self, j: int, count: _Count, sent: Span) -> bool:
        """"arrested about 40 Chinese": an "about" between a count verb and the number rounds the
        number ("received reports about 336 Malaysians": what the reports concern)."""
        return self.lower[j] == "about" and j == count.start - 1 and j > sent.start and self.lower[j - 1] in _COUNT_VERBS

    def _past_a_told_time(self, k: int, sent: Span) -> int:
        """The verb before a time or a giver told between it and its object ("deported | on Thursday
        night the | 64 Chinese", "received | from the other state's police a total of | 64 citizens"),
        where the words back from ``k`` are only such words; else ``k``."""
        j = k
        while j > sent.start and (self.lower[j] in _TIME_BETWEEN or self.lower[j] in CALENDAR_WORDS
                                  or self.lower[j] in {"a", "total", "of", "from"}
                                  or self.doc[j].ent_type_ in {"AGENCY", "NORP", "COUNTRY"}):
            j -= 1
        return j if j < k and self.lower[j] in _COUNT_VERBS and self.lower[j + 1] in {"on", "from"} else k

    def _share_aside_close(self, k: int, sent: Span) -> int | None:
        """The comma that closes the aside on a share of the people opening at the comma ``k`` ("150
        Zorvanians, many of whom were lured abroad, but were made to scam, | were flown home"): the
        first comma before an auxiliary ("but were made" still tells the share), within 40 words."""
        return next((j for j in range(k + 4, min(sent.end - 1, k + 40))
                     if self.words[j] == "," and self.lower[j + 1] in _BE | {"have", "has", "had"}), None)

    def _plain_count_verb(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        k = self._past_the_whole(count, sent)
        while k < sent.end and k < count.end + 6 and (self.lower[k] in _BE or self.lower[k] in {"of", "them", "who", "suspected", ","}
                                                      or self._past_adverbs(k, sent) > k):
            k += 1
            if self.lower[k - 1] == "of" and self.lower[k:k + 1] == ["forced"] and self.lower[k + 1:k + 2] \
                    and self.lower[k + 1] in _FORCED_WORK:
                k += 2  # "412 survivors of forced scamming safely returned": the noun phrase goes on, no verb
        verb_at = self._before_rough(count.start, sent)  # "flown home | over 500 citizens"
        if verb_at - 1 >= sent.start and self.lower[verb_at] in {"home", "back"} \
                and self.lower[verb_at - 1] in {"brought", "bring", "brings", "bringing", "flew", "flies", "flown", "sent", "sends"} \
                and self._told_as_done(verb_at - 1, sent):
            return _COUNT_VERBS["repatriated"]  # "has brought home 46 citizens" (not "working ... to bring home 46")
        if verb_at >= sent.start and self.lower[verb_at] in _BROUGHT and self._homeward(count.end, sent):
            return _COUNT_VERBS["repatriated"]  # "police brought 63 suspects back from Cambodia"
        if k + 1 < sent.end and self.lower[k] in _BROUGHT and self._homeward(k + 1, sent) and k > count.end \
                and self._told_as_done(k, sent):
            return _COUNT_VERBS["repatriated"]  # "63 suspects were brought back by chartered plane"
        # "270 Indians who had been held", "deported 98 Chinese who were arrested in January": their past, not this event
        background = "had" in self.lower[count.end:k] or self.lower[count.end:count.end + 1] == ["who"]
        listed = "," in self.words[count.end:k]  # "arrested 30 Thais, detained 20 Lao": the verb before is theirs
        # "deported 771 Chinese nationals arrested in raids": a participle of their past
        reduced = k == count.end and k + 1 < sent.end and (self.lower[k] in _COUNT_VERBS or self.lower[k] in _BROUGHT
                                                            and self.lower[k + 1] in {"home", "back"}) \
            or count.end + 1 < sent.end and self.lower[count.end] in _DESCRIBING  # "intercepted 14 Bolivians suspected of ..."
        # (<verb> <rough words> <number> <people> <participle or clause>: "rescued some 40 Malaysians who
        # were being trafficked"; the verb before the rough words is theirs)
        before = self._before_rough(count.start, sent)
        if before - 1 >= sent.start and self.lower[before] in _PARTICLES:
            before -= 1  # "handed over 90 Thai workers lured to ...": the verb before its particle
        before = self._past_a_told_time(before, sent)  # "deported on Thursday night the 64 Chinese who were ..."
        if (background or listed or reduced) and before >= sent.start and self.lower[before] in _COUNT_VERBS \
                and self._told_as_done(before, sent):
            return _COUNT_VERBS[self.lower[before]]  # "carrying 270 Indians who had been held"
        if reduced and (head := list_head_verb(self.lower, self.like_num, count.start, sent.start, _COUNT_VERBS)) is not None \
                and self._told_as_done(head, sent):
            return _COUNT_VERBS[self.lower[head]]  # "deported 38 Chinese and 12 Filipinos convicted of fraud": the list's verb
        clause = bool({"who", "which", "that", ","} & set(self.lower[count.end:k]))  # (not "50 Kenyans had been rescued")
        if background and clause and k < sent.end and self.lower[k] in _COUNT_VERBS:
            main = self._main_verb_at(k + 1, sent)  # "20 Sri Lankans, who had been trafficked, were rescued"
            if main < sent.end:
                return _COUNT_VERBS[self.lower[main]]
            return _COUNT_VERBS["repatriated"] if self._came_home_after(k + 1, sent) else self._larger_group_act(count, k, sent)
        harm = k < sent.end and self.lower[k] in _COUNT_VERBS and _COUNT_VERBS[self.lower[k]][0] is RelType.AFFECTED
        if (harm or k < sent.end and self.lower[k] not in _COUNT_VERBS) and self._home_after_aside(count, sent):
            return _COUNT_VERBS["repatriated"]  # "40 Chileans, who were trafficked to a den, arrived back in Chile"
        if k < sent.end and self.lower[k] in _COUNT_VERBS and not self.lower[k].endswith("ing") and self._told_as_done(k, sent):
            count.past = "who" in self.lower[count.end:k]  # ("23 citizens, who were rescued in X, flew home on Monday")
            if _COUNT_VERBS[self.lower[k]][0] is RelType.FOUND and self.lower[k + 1:k + 2] == ["and"] \
                    and k + 2 < sent.end and self.lower[k + 2] in _COUNT_VERBS and self.lower[k + 2] != "inside":
                return _COUNT_VERBS[self.lower[k + 2]]  # "were discovered and detained": the act after the finding
            return _COUNT_VERBS[self.lower[k]]
        if (phrasal := phrasal_act(self.lower, k, sent.end)) is not None and self._told_as_done(k, sent):
            return _COUNT_VERBS[phrasal]  # "Two Zorvanian workers passed away in the compound": died
        if k < sent.end and held_captive(self.lower, k, sent.end, sent.start) and (main := self._main_verb_after(count, sent)):
            return main  # "283 Indians detained at scam centres were repatriated": the clause's own verb
        if k + 1 < sent.end and self.lower[k] in _ARRIVED | _BROUGHT and self._homeward(k + 1, sent) \
                and self._told_as_done(k, sent):
            return _COUNT_VERBS["repatriated"]  # "270 Indonesians arrived home", "were brought back by plane"
        if k + 2 < sent.end and self.lower[k:k + 2] == ["arrived", "from"] and count.nationality \
                and self.doc[k + 2].ent_type_ == "COUNTRY" and self.doc[k + 2].ent_id_ not in {"", count.nationality} \
                and self._told_as_done(k, sent):
            return _COUNT_VERBS["repatriated"]  # "nine Filipino victims arrived from Laos": home from abroad
        if k + 1 < sent.end and self.lower[k] in {"in", "on"} and self.lower[k + 1] in {"custody", "detention"} \
                and self._told_as_done(k + 1, sent):  # (not "three men already in custody": a state)
            return _COUNT_VERBS["detained"]
        head = list_head_verb(self.lower, self.like_num, count.start, sent.start, _COUNT_VERBS)
        if head is not None and self._told_as_done(head, sent):
            return _COUNT_VERBS[self.lower[head]]  # "arrested 30 Peruvians and 20 Chileans and deported them"
        # ("have been detained abroad and a dozen others identified": the count's own participle, gapped)
        own_participle = count.end < sent.end and self.lower[count.end].endswith("ed") \
            and self.lower[count.end].isalpha() and self.lower[count.end] not in _COUNT_VERBS
        for j in range(count.start - 1, max(sent.start, count.start - 6) - 1, -1):
            if self.doc[j].ent_type_ in {"ROLE", "PERSON", "AGENCY", "ORG"}:
                continue  # ("Warrant Officer X said the three ...": a rank, no act)
            if own_participle and self.lower[j] == "and":
                break
            word = act_named(self.lower, j)  # ("the arrests of 12": the act's own verb)
            if word in _COUNT_VERBS and self._told_as_done(j, sent):
                return _COUNT_VERBS[word]
            if word == "released" and let_out_of(self.lower, j, sent.end) and self._told_as_done(j, sent):
                return _COUNT_VERBS["rescued"]  # "released 260 Thais from compounds": let out of captivity
            if word in {",", ";"} and j < count.start - 1 or self.like_num[j] and word not in _ORDINALS \
                    or word in _OTHER_OBJECT and not self._rounding_about(j, count, sent) or word in _OWN_OBJECT_VERBS \
                    or word in {"that", "by"} or word in _OPENS_CLAUSE:  # ("victims he rescued reported that 1,000 ...": a new clause;
                # "were lured by 12 Chinese recruiters": the people after "by" did the act)
                break  # "received 262 reports involving 336 Malaysians": the verb's object is the reports
        # "Nine Chinese nationals, including the manager, were arrested": read past the aside
        # "Five Kenyan men, victims of a fraud hub in KK Park, were rescued": an apposition too
        after = self.lower[count.end + 1] if count.end + 1 < sent.end else ""
        of_whom = self.lower[count.end + 1:count.end + 3] == ["of", "whom"]  # "The 30 Ugandans, of whom 21 were women, were"
        # "137 foreigners, 80 of them Chinese, were arrested": a part set off after the whole
        part_of_them = count.end + 3 < sent.end and self.like_num[count.end + 1] \
            and self.lower[count.end + 2:count.end + 4] in (["of", "them"], ["of", "whom"])
        # "150 Laotians, many of whom were lured to X with promises of pay, but were made to scam, were
        # flown home": a relative aside on a share of them may run long; the verb after it is the whole's
        share_of_whom = after in _SHARE_WORDS and self.lower[count.end + 2:count.end + 4] == ["of", "whom"]
        aside = self.words[count.end:count.end + 1] == [","] and (after in _ASIDE_LEADS or after in gz.people_nouns() or of_whom
                                                                  or part_of_them or share_of_whom
                                                                  or self._apposed_before_verb(count.end, sent))
        commas = 3 if aside else 0
        named = count.end + 1 < sent.end and self.words[count.end] in {"–", "—", "-"} \
            and self.doc[count.end + 1].ent_type_ == "PERSON"  # "Three agents – A, his brother, B, and C – were arrested"
        if named:
            aside, commas = True, 6
        if not aside and count.end < sent.end and self.lower[count.end] == "aged":
            commas = 1  # "The 19 victims, all Vietnamese aged under 30, were repatriated": the age closes the aside
        clause, verb_seen = False, False  # "9 out of 14 Nepalis who were held ... have been rescued"
        span = 28 if named else 20 if aside or count.noun_role == "out of" else 14
        first = count.end
        if share_of_whom and (close := self._share_aside_close(count.end, sent)) is not None:
            first, span, commas = close + 1, close + 1 - count.end + 14, 0  # (the aside's own verbs are the share's)
        for j in range(first, min(sent.end, count.end + span)):
            word = self.lower[j]
            if word in _OPENS_CLAUSE:
                break  # "12 Chinese were questioned while six Thais were rescued": the verb after is others'
            if word in {"who", "whom", "which"}:
                clause, verb_seen = True, False
            elif clause and of_whom and word == ",":
                clause = False  # (the clause on their parts closes at its comma)
            elif clause:
                verb_seen = verb_seen or word in _COUNT_VERBS
                clause = not (verb_seen and word in {"have", "has", "had", "were", "was", "are", "is"})
                continue
            if word == "and" and j + 1 < sent.end and self.lower[j + 1] in _COUNT_VERBS and not any(
                    w in _COUNT_VERBS or w in _BE for w in self.lower[count.end:j]):
                break  # "accessed the accounts of 200 victims and transferred the money": the doer's second verb
            if word == "inside" and j > count.end and (self.lower[j - 1].endswith("ed") and self.lower[j - 1] not in _COUNT_VERBS
                                                     or self.lower[j - 1] in _STILL_INSIDE
                                                     or not _STAYING.isdisjoint(self.lower[count.end:j])):
                break  # "4 members were based inside Pakistan", "40 Filipinos remain inside a compound": their own state, no one found there
            if word in _COUNT_VERBS and not word.endswith("ing") and self._told_as_done(j, sent):
                if _COUNT_VERBS[word][0] is RelType.REPATRIATED and not _SELF_FREED.isdisjoint(self.lower[count.end:j]):
                    return None  # "a worker got away and went back to Chile": a return of their own
                # ("were carrying fake papers": they carry); "... and freed three": the verb of the number after it
                return None if self.like_num[min(j + 1, sent.end - 1)] else _COUNT_VERBS[word]
            if self.words[j] == "," and self._year_comma(j):
                continue  # "were yesterday Friday March 4, 2022 repatriated": a date's own comma
            if self.words[j] == ";" or self.words[j] == "," and commas == 0:
                break
            commas -= self.words[j] == ","
        if count.noun_role == "victim":
            return _COUNT_VERBS["trafficked"]
        return None
