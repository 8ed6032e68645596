"""Reduced relative clauses: a participle right after the people it describes tells their past
in passing ("38 South Koreans detained in Cambodia since August had been returned home", "met
with foreigners rescued from KK Park"), so a date inside it is not the date of the sentence's
own event. Kept apart from dating.py, which asks these where such a phrase stands."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from scamgraph.loaders.news.event_triggers import _PHRASE_STARTS, EVENT_TRIGGERS
from scamgraph.loaders.news.words import _PEOPLE_WORDS

#: The verb group of a sentence's own verb after a description of its subject ("... had been returned")
_FINITE_BE = {"were", "was", "had", "have", "has", "are", "is"}
#: Participles of sending and holding that do not end in "-ed" ("... were flown home")
_IRREGULAR_PARTICIPLES = frozenset({"flown", "sent", "brought", "taken", "held", "caught", "driven", "given"})
#: Auxiliaries between "who" and its clause's participle: "who had been | held"
_CLAUSE_AUXILIARIES = frozenset({"were", "was", "had", "have", "has", "been", "are", "is"})
#: Past verbs that can follow a described subject with no auxiliary ("... returned home")
_BARE_VERBS = frozenset({"returned", "arrived", "landed", "flew", "crossed", "fled"})
#: Verbs of a state still lasting that can follow a described subject: "who were freed in May | remain
#: in custody" (the day is the freeing's, the custody is told as it stands now)
_STATE_VERBS = frozenset({"remain", "remains", "remained"})
#: How far past a describing participle the sentence's own verb group may start ("held in Peru since
#: May on charges of running romance and crypto frauds out of a villa | were sent back")
_PHRASE_REACH = 20
#: How far after its participle an act noun may stand in the phrase ("arrested in a police | raid")
_NOUN_REACH = 5
#: Words after "and" that open a clause with its own subject, not a second word of the phrase
_SUBJECT_WORDS = frozenset({"they", "he", "she", "we", "it", "police", "officials", "authorities", "the", "a", "an",
                            "another", "others", "some", "most", "all", "many"})
#: Prepositions whose object a participle after it may describe ("met with foreigners rescued from ...")
_PREPOSITIONS = frozenset({"with", "of", "for", "to", "from", "among", "by", "about", "including"})
#: Words that name people, whom a participle right after them can describe
_PEOPLE_NOUNS = _PEOPLE_WORDS | {"people", "persons", "individuals", "citizens", "nationals", "workers", "victims",
                                 "suspects", "men", "women", "foreigners", "migrants"}

#: Verbs of taking people in at a border, and the participles of their handing over: one act told twice
_RECEIVING = frozenset({"received", "receives", "receive", "receiving"})
_HANDED = frozenset({"handed", "transferred", "returned"})

#: Kinds of names of the place people come from ("workers from Kerala", "nationals from Laos")
_HOME_PLACES = frozenset({"PLACE", "COUNTRY", "GPE"})

#: Words that open a verb's object: a participle followed by one is an active verb, not a
#: reduced relative (a passive participle takes no object).
_OBJECT_OPENERS = frozenset({"the", "a", "an", "some", "more", "over", "about", "nearly", "almost", "around", "dozens",
                             "hundreds", "thousands", "scores", "several"})


class ReducedRelatives:
    """Where participle phrases that describe people stand (mixed into the event dating rules,
    which supply the document's words and the sentence being read)."""

    lower: list[str]
    words: list[str]
    like_num: list[bool]
    idx: list[int]
    doc: Doc
    sentence: Span | None

    def _descriptions(self, token_index: int) -> list[tuple[int, int]]:
        """Character spans of the participle phrases that describe the people before the event
        word's verb group ("38 Koreans [detained in Cambodia since August] had been returned"): a
        date there is the participle's, not the event's."""
        sent = self.sentence
        if sent is None:
            return []
        spans = []
        for p in [k for k in range(sent.start, token_index) if self.lower[k].endswith("ed")]:  # (participles only)
            group = self._reduced_relative(p, sent)
            if group is not None and group < token_index:
                spans.append((self.idx[p], self.idx[group]))
        return spans

    def _inside_a_description(self, token_index: int) -> tuple[int, int] | None:
        """"Twelve Kenyans arrested in a raid on a call centre | were deported on Monday": the act
        noun stands inside a participle phrase that describes the subject, before the sentence's own
        verb group; as characters, the phrase from its participle to that group (a day after it is
        the verb's, not the noun's), else None."""
        sent = self.sentence
        if sent is None or self.lower[token_index].endswith("ed"):
            return None  # (the participle itself: ``_reduced_relative``)
        for p in range(token_index - 1, max(sent.start, token_index - _NOUN_REACH) - 1, -1):
            if self.lower[p] in _FINITE_BE or self.words[p] in {",", ";", "(", "—", "–"}:
                return None
            if self.lower[p] in _IRREGULAR_PARTICIPLES or self.lower[p].endswith("ed"):
                group = self._reduced_relative(p, sent, irregular=True)
                return (self.idx[p], self.idx[group]) if group is not None and group > token_index else None
        return None

    def _reduced_relative(self, i: int, sent: Span, irregular: bool = False) -> int | None:
        """"38 South Koreans detained in Cambodia since August had been returned home": a participle
        right after the people it describes, before the sentence's own verb group ("had been",
        "were") with no comma between: it tells who they are. Returns where that verb group starts."""
        if i == sent.start or not (self.lower[i].endswith("ed") or irregular and self.lower[i] in _IRREGULAR_PARTICIPLES):
            return None
        before = self._past_their_origin(i - 1, sent)
        if self.lower[before] not in _PEOPLE_NOUNS and self.doc[before].ent_type_ not in {"NORP", "COUNTRY"}:
            return None
        if i + 1 < sent.end and (self.like_num[i + 1] or self.lower[i + 1] in _OBJECT_OPENERS):
            return None  # "Cambodia deported 230 Indonesians ... after they were arrested": an active verb, its object after it
        return self._own_verb_group(i, sent)

    def _past_their_origin(self, k: int, sent: Span) -> int:
        """The word before the people's home place, where ``k`` ends "from <place>" ("40 workers from
        Kerala | rescued by the embassy in Laos | returned on Friday": the place says where they came
        from, and the participle after it still describes them); else ``k`` itself."""
        kind = self.doc[k].ent_type_
        if kind not in _HOME_PLACES:
            return k
        j = k
        while j > sent.start and self.doc[j].ent_iob_ == "I":  # (to the first word of the name)
            j -= 1
        return j - 2 if j - 2 >= sent.start and self.lower[j - 1] == "from" else k

    def _who_clause(self, i: int, sent: Span) -> int | None:
        """"31 Zorvanians who were rescued from fraud compounds in Merrow landed in Lotville on Sunday": the
        participle of a relative clause on the people, before the sentence's own verb; where that
        verb group starts, else None."""
        if i - 2 < sent.start or self.lower[i - 1] not in {"were", "been", "was"} \
                or "who" not in self.lower[max(sent.start, i - 4):i - 1]:
            return None
        return self._own_verb_group(i, sent)

    def _who_clause_closing(self, i: int, sent: Span) -> bool:
        """"South Korea on Saturday brought home 64 nationals who had been detained in Cambodia": the
        participle of a relative clause on people that comes after the sentence's own verb (no verb
        group follows it), so a day told before the clause is that verb's ("... on Thursday brought
        home 90 nationals who had fled a compound": the flight, in the past perfect, came before;
        "began on Monday the return of 60 Zorvanians who had fled the Amber Wren compound")."""
        return i - 2 >= sent.start and self.lower[i - 1] in {"were", "been", "was", "had", "have"} \
            and "who" in self.lower[max(sent.start, i - 4):i - 1] and self._own_verb_group(i, sent) is None

    def _received_as_handed(self, i: int, sent: Span) -> bool:
        """"The border guard on March 6 received 62 citizens who were handed over by Lao authorities":
        the clause's handing over is the receiving told before it, one act on one day (not the
        people's past, as "brought home 64 nationals who had been detained" is)."""
        who = next((k for k in range(i - 1, max(sent.start, i - 4), -1) if self.lower[k] == "who"), None)
        return who is not None and self.lower[i] in _HANDED and self.lower[i + 1:i + 2] in (["over"], ["back"]) \
            and not _RECEIVING.isdisjoint(self.lower[max(sent.start, who - 8):who])

    def _who_clause_before(self, i: int, sent: Span) -> tuple[int, int] | None:
        """"40 Thais who were rescued on Monday | were flown home on Wednesday": the relative clause on
        the people that closes before the verb group of the word at ``i``, as characters from its
        "who" to that group, else None (a day inside it is the people's past)."""
        who = next((k for k in range(i - 1, sent.start, -1) if self.lower[k] == "who"), None)
        if who is None:
            return None
        p = next((k for k in range(who + 1, min(i, who + 4)) if self.lower[k] not in _CLAUSE_AUXILIARIES), None)
        group = self._own_verb_group(p, sent) if p is not None else None
        return (self.idx[who], self.idx[group]) if group is not None and group <= i else None

    def _own_verb_group(self, i: int, sent: Span) -> int | None:
        """Where the sentence's own verb group starts after the description whose participle is at ``i``."""
        for k in range(i + 1, min(sent.end - 1, i + _PHRASE_REACH)):
            if self.words[k] == "," and self.doc[k + 1].ent_type_ in {"PLACE", "COUNTRY"}:
                continue  # "rescued from a complex in Bokeo province, Laos, had been handed over"
            if self.lower[k] == "and" and self.lower[k + 1] not in _BARE_VERBS and self.lower[k + 1] not in _FINITE_BE \
                    and (self.lower[k + 1].endswith("ed") or self.lower[k + 1] in _IRREGULAR_PARTICIPLES
                         or self.lower[k - 1].isalpha() and self.words[k + 1].isalpha() and self.words[k + 1].islower()
                         and self.lower[k + 1] not in _SUBJECT_WORDS):
                continue  # "who were lured abroad in 2023 and held there | have returned", "on charges of
                # running romance and crypto frauds | were expelled": the clause goes on
            if self.words[k] in {",", ";", "(", "—", "–"} and not self.doc[k - 1].ent_type_ in {"PLACE", "COUNTRY"} \
                    or self.words[k] in {";", "(", "—", "–"} or self.lower[k] in {"and", "who", "which", "that"}:
                return None
            verb = self.lower[k + 1 + (self.lower[k + 1] == "been")] if k + 2 < sent.end else ""
            if self.lower[k] in _FINITE_BE and (verb in EVENT_TRIGGERS or verb in _PHRASE_STARTS or verb.endswith("ed")
                                                or verb in _IRREGULAR_PARTICIPLES):
                return k
            if k > i + 2 and self.lower[k] in _STATE_VERBS and self.lower[k - 1] != "to":
                return k  # "who were freed from a compound in May (but) | remain in custody"
            if k > i + 2 and self.lower[k] in _BARE_VERBS:
                return k  # "73 South Koreans detained in Cambodia over scams | returned home on January 23"
        return None

    def _describes_people(self, i: int) -> bool:
        """A participle right after the people it describes, who are the object of a preposition
        ("met with foreigners rescued from ...", "the return of Thais detained in ..."): their past,
        told in passing, not the act of the clause they stand in."""
        return i > 1 and self.lower[i].endswith("ed") and self.lower[i - 2] in _PREPOSITIONS and (
            self.lower[i - 1] in _PEOPLE_NOUNS or self.doc[i - 1].ent_type_ == "NORP")

    def _describes_the_object(self, i: int) -> bool:
        """A participle of another act right after the counted people that a handing or sending verb
        before it takes as its object ("handed over 207 foreigners rescued from the compounds to the
        police on Wednesday", "received 40 Thais detained in the raid"): the people's past, told in
        passing; the sentence's days are the handing's."""
        if i < 3 or not self.lower[i].endswith("ed") or EVENT_TRIGGERS.get(self.lower[i]) not in _PAST_ACTS or not (
                self.lower[i - 1] in _PEOPLE_NOUNS or self.doc[i - 1].ent_type_ == "NORP"):
            return False  # (not "received 26 Zorvanians repatriated from X" or "handed over by Y": the same sending)
        start = self.sentence.start if self.sentence is not None else 0
        k = i - 2
        while k > start and i - k <= 4 and not self.like_num[k]:
            k -= 1  # back over the people's describing words to their count ("207 | foreign nationals")
        return self.like_num[k] and k - 1 >= start and self.lower[k - 1] in _TAKING_OVER \
            or k - 2 >= start and self.lower[k - 2:k] in (["handed", "over"], ["turned", "over"])


    def _told_in_passing(self, words: list[int]) -> bool:
        """Every word of an act in the sentence is a participle on another act's people
        (``_describes_the_object``): the sentence's bodies, places and days are that other act's."""
        return bool(words) and all(self._describes_the_object(t) for t in words)


#: Acts a participle on people handed over may tell as their past: where they were taken or freed
_PAST_ACTS = frozenset({"rescue", "arrest", "detention", "raid", "kidnapping", "escape"})
#: Verbs that take people over from others, whose object's participle tells the people's past
_TAKING_OVER = frozenset({"received", "receives", "handed", "repatriated", "deported", "returned", "transferred",
                          "flew", "brought", "sent", "escorted", "took"})
