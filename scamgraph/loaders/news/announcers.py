"""Who announced what a sentence tells: "X said", "according to X", "announced by X", "a statement
issued by X", and whether the speaker says it acted itself ("the army said it had raided ..."). A
body that only names a speaker's employer, or that the sentence says acted, announces nothing.
Mixed into the event links, which turn an announcer into ANNOUNCED and a speaker that acted into
CONDUCTED."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from scamgraph.loaders.news.event_triggers import _DESIGNATES, _PHRASE_STARTS, EVENT_TRIGGERS
from scamgraph.loaders.news.joint_speakers import joint_speakers, past_bare_partner
from scamgraph.loaders.news.own_units import past_own_unit
from scamgraph.loaders.news.speaker_appositions import in_speakers_apposition, speaker_after_role
from scamgraph.loaders.news.verdicts import gives_sentences
from scamgraph.loaders.nlp.vocabulary import CALENDAR_WORDS, HONORIFICS, POSSESSIVE_S
from scamgraph.loaders.news.words import _ANNOUNCE

#: Words between "it"/"they" and the event word of what a speaker says it did or is to do
_AUXILIARIES = {"had", "has", "have", "was", "were", "helped", "help", "are", "is", "will", "would", "be",
                "preparing", "planning", "plans", "to", "also", "later", "then"}
#: What a body issues that tells news (an order or a warrant issued by it is an act, not a statement)
_STATEMENTS = {"statement", "statements", "release", "announcement", "advisory", "notice", "bulletin", "report"}
#: Marks that open and close an apposition after a name
_APPOSITION_MARKS = {"—", "–", ","}
#: Words that open whom a body informed: "informed the detainees", "informed them", "informed its partners"
_ADDRESSEES = frozenset({"the", "them", "him", "her", "his", "their", "its", "a", "an", "all", "relevant", "both"})
#: Whom a body informs when it tells the news: "informed reporters", "informed the media"
_PUBLIC = frozenset({"reporters", "journalists", "media", "press", "public", "nation", "parliament", "lawmakers",
                     "senate", "house", "assembly", "court", "judge", "that"})
#: A body's own people in "X said its officers arrested"
_OWN_PEOPLE = {"officers", "agents", "personnel", "troops", "officials", "team", "teams", "investigators", "forces"}


#: What a body announces when it announces no act: "announced plans to", "announced new measures"
_PLANS = frozenset({"plan", "plans", "intention", "proposal", "proposals", "measures", "policy", "policies",
                    "guidelines", "initiative", "programme", "program", "scheme", "campaign"})
#: Passive verbs that tell who people are, with "by <body> as": "confirmed by X as", "identified by X as"
_NAMING_VERBS = frozenset({"confirmed", "identified", "named", "listed", "described", "flagged", "tagged"})
#: Words for a body's speaker after its name: "police spokesperson" (unnamed, the body announces)
_SPOKESPEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman"})

#: Who speaks for a body without being it: "sources close to the police", "a person close to the army"
_CLOSE_SPEAKERS = frozenset({"source", "sources", "person", "people", "insider", "insiders"})


def _sources_close_to(lower: list[str], start: int, floor: int) -> bool:
    """The body at ``start`` is what the speakers are close to ("sources close to the Lotland police
    said ..."): the unnamed sources tell the news, which the body itself has not announced."""
    k = start - 1 - (start - 1 >= floor and lower[start - 1] == "the")
    return k - 2 >= floor and lower[k - 1:k + 1] == ["close", "to"] and lower[k - 2] in _CLOSE_SPEAKERS


class Announcers:
    """Reads the speakers of a sentence (the document's words come from the reader; ``_past_time``
    from the agency rules)."""

    lower: list[str]
    words: list[str]
    role_tokens: set[int]
    doc: Doc

    def _past_apposition(self, end: int, stop: int) -> int:
        """Past an apposition set off by dashes or commas right after a name ("Ouk Hay Seila—head of
        investigations at the immigration department—told RFA", "X, the bureau's chief, said"),
        when a speech verb follows it; else ``end`` unchanged."""
        if end >= stop or self.words[end] not in _APPOSITION_MARKS:
            return end
        mark = self.words[end]
        close = next((k for k in range(end + 1, min(stop, end + 16)) if self.words[k] == mark), None)
        return close + 1 if close is not None and close + 1 < stop and self.lower[close + 1] in _ANNOUNCE else end

    def _relative_speaker(self, ent: Span, sent: Span) -> bool:
        """The body speaks inside a relative clause ("which the United Nations says employs ..."): it
        tells what the clause says of its noun, none of the sentence's acts."""
        k = ent.start - 1
        if k > sent.start and self.lower[k] == "the":
            k -= 1
        return k >= sent.start and self.lower[k] in {"which", "that", "whom"} and ent.end < sent.end \
            and self.lower[ent.end] in {"says", "said", "say", "estimates", "estimated", "believes"}

    def _announcers(self, sent: Span, ents: list[Span]) -> set[tuple[int, int]]:
        """Agencies and people that announce: "X said", "according to X", "announced by X",
        "X spokesperson Y said"."""
        found: set[tuple[int, int]] = set()
        # "The director of X, Y, said": the bodies Y speaks for, and the Y named after each (speaker_appositions.py)
        after_role = {(e.start, e.end): s for e in ents if e.label_ == "AGENCY"
                      and (s := speaker_after_role(self.lower, self.words, e, ents, self.role_tokens)) is not None}
        named_after_role = {(s.start, s.end) for s in after_role.values()}
        for ent in ents:
            if ent.label_ not in {"AGENCY", "PERSON"} or ent.label_ == "AGENCY" \
                    and in_speakers_apposition(self.lower, self.words, ent, ents, self.role_tokens):
                continue  # "X, director of the Y, said": X speaks (speaker_appositions.py)
            if ent.label_ == "AGENCY" and (ent.start, ent.end) in after_role:
                continue  # "The director of X, Y, said": Y speaks
            if self._relative_speaker(ent, sent):
                continue  # "the trade, which the United Nations says employs tens of thousands": its clause only
            if self._agent_of_an_act(ent, sent.start):
                continue  # "an investigation by the federal police revealed that ...": the inquiry tells it
            if _sources_close_to(self.lower, self._past_owner_country(ent.start, sent.start), sent.start):
                continue  # "sources close to the city police said ...": the sources speak, not the police
            end = self._past_short_form(ent, sent.end)
            seat = next((e for e in ents if e.start == end + 1 and e.label_ in {"PLACE", "COUNTRY"}), None)
            if seat is not None and self.lower[end] == "in":
                end = seat.end  # "the Nepali Embassy in Bangkok said"
            end = past_own_unit(self.words, self.lower, end, sent.end)  # "the bureau's anti-fraud centre said"
            end = self._past_apposition(end, sent.end)  # "X—head of investigations at Y—told RFA"
            if ent.label_ == "PERSON" and (ent.start, ent.end) in named_after_role:
                end += 1  # "The director of X, | Y, | said": past the comma that closes the name
            end = past_bare_partner(self.lower, end, sent.end)  # "the Interior Ministry and police said"
            end = self._past_time(end, sent.end)  # "X (MPS) on Wednesday said"
            after = self.lower[end:min(sent.end, end + 3)]
            if after and (EVENT_TRIGGERS.get(after[0]) or after[0] in {"had", "has", "have"} and len(after) > 1
                          and EVENT_TRIGGERS.get(after[1])):
                continue  # "... said Zorvania's army had raided the compounds": the one who acted
            if after and gives_sentences(self.lower, end, sent.end):
                continue  # "the Amber Wren court announced its verdict": it gave the verdict, by telling it
            if after and after[0] in _ANNOUNCE and not _PLANS.isdisjoint(self.lower[end + 1:min(sent.end, end + 4)]):
                continue  # "the ministry announced plans to repatriate 900 a week": a plan, none of the acts told
            if after and after[0] == "informed" and self._tells_someone(end + 1, sent.end):
                continue  # "the city police informed the border agency of the men's names": no statement
            lead = self._past_owner_country(ent.start, sent.start)  # "by Lotland's Ministry of Interior"
            if self._told_who_they_are(ent, sent):
                continue  # "were later confirmed by the bureau as wanted fugitives": who they are, no act
            named_speaker = bool(after) and after[0] in _SPOKESPEOPLE and (
                self._named_after_rank(end + 1, sent.end)  # "police spokesperson (Col.) <name> said": the person speaks
                or self._person_before(ent.start, sent.start))  # "<name>, a BGF spokesman, said"
            if named_speaker and ent.label_ == "AGENCY":
                continue
            if (after and after[0] in _ANNOUNCE) or (len(after) > 1 and after[0] in {"has", "had", "have", "also"} and after[1] in _ANNOUNCE) \
                    or after[:1] in (["issued"], ["released"], ["published"]) \
                    and not _STATEMENTS.isdisjoint(self.lower[end + 1:min(sent.end, end + 4)]) \
                    or _according_to(self.lower[max(sent.start, lead - (9 if self._after_by(lead) else 7)):lead]) \
                    or _attributed(self.lower[max(sent.start, lead - 9):lead]) \
                    or (after and after[0] in _SPOKESPEOPLE | {"statement"}):
                found.add((ent.start, ent.end))
        # (an agency that only names a speaker's employer -- "PAOCC spokesperson Y reported", "Y, head of
        # investigations at the immigration department, told" -- announces nothing: the person speaks)
        return joint_speakers(found, ents, self.lower, sent.start)  # "A and B said": both

    def _past_short_form(self, ent: Span, end: int) -> int:
        """Where the name ends, past its short form in brackets ("X (MPS) said"), within ``end``."""
        return ent.end + 3 if ent.end + 2 < end and self.words[ent.end] == "(" and self.words[ent.end + 2] == ")" else ent.end

    def _after_by(self, start: int) -> bool:
        """The body starting at ``start`` follows "by (the)": in "according to a post on its page by
        the embassy" (made up) the source is named further from "according" than a bare body is."""
        return self.lower[max(0, start - 2):start] == ["by", "the"] or self.lower[max(0, start - 1):start] == ["by"]

    def _told_who_they_are(self, ent: Span, sent: Span) -> bool:
        """The body is the agent of a passive verb that says who people are ("were later confirmed by
        the bureau as wanted fugitives", "identified by the police as the gang's cashier"): it named
        them, which neither announces nor does any of the acts the sentence tells."""
        end = self._past_short_form(ent, sent.end)
        if self.lower[end:end + 1] != ["as"]:
            return False
        k = self._past_owner_country(ent.start, sent.start) - 1
        if k > sent.start and self.lower[k] == "the":
            k -= 1
        return k > sent.start and self.lower[k] == "by" and self.lower[k - 1] in _NAMING_VERBS

    def _past_owner_country(self, start: int, floor: int) -> int:
        """Where the phrase of a body named with its country's possessive starts ("Lotland's Ministry of
        Interior", where the reader's name may leave the country out): the words before it are read
        from there."""
        if start - 2 >= floor and self.words[start - 1] in POSSESSIVE_S and self.words[start - 2][:1].isupper():
            return start - 2
        return start

    def _works_toward(self, ent: Span, sent: Span, event_at: list[int]) -> bool:
        """"The embassy said it was working to speed up the return of 14 nationals": the act a
        speaker says it is working toward is still to come (convention 8), so the speaker
        announces none of it; a participle after it ("14 nationals rescued from a compound")
        still tells an act done. ``event_at`` are the positions of the event's words in the sentence."""
        after = self.lower[ent.end:min(sent.end, ent.end + 10)]
        at = next((ent.end + i for i, w in enumerate(after) if w in _STRIVING and i > 0 and after[i - 1] in _BE), None)
        return at is not None and all(  # (no word of its own here: the event is reached through the plan)
            t > at and "," not in self.words[at:t] and not self.lower[t].endswith("ed") for t in event_at)

    def _agent_of_an_act(self, ent: Span, floor: int) -> bool:
        """The body is the agent after "by" of an act's word before it, a noun or a participle ("an
        investigation by the federal police revealed", "the victims rescued by the army said"): the
        body did the act rather than tell it, and the noun or the people are what the verb after it
        is said of. "A statement by X", "announced by X" still name the source (read by
        ``_attributed``)."""
        k = ent.start - 1
        if k > floor and self.lower[k] == "the":
            k -= 1
        return k > floor and self.lower[k] == "by" and EVENT_TRIGGERS.get(self.lower[k - 1]) is not None

    def _named_after_rank(self, k: int, stop: int) -> bool:
        """A person's name at ``k``, past the ranks before it ("Col. Jean Fajardo", "Pol Maj Gen X")."""
        while k < stop and (self.doc[k].ent_type_ == "ROLE" or self.lower[k] in HONORIFICS):
            k += 1
        return k < stop and self.doc[k].ent_type_ == "PERSON"

    def _person_before(self, start: int, floor: int) -> bool:
        """"Naing Zaw, a BGF spokesman, said", "<name>, Laos's immigration department spokesperson,
        said": the body's spokesman is set off after a person's name."""
        k = start - 1
        if k > floor and self.lower[k] in {"a", "the"}:
            k -= 1
        elif k - 1 > floor and self.words[k] in POSSESSIVE_S and self.words[k - 1][:1].isupper():
            k -= 2  # "<name>, Laos's immigration department spokesperson, said"
        return k - 1 >= floor and self.words[k] == "," and self.doc[k - 1].ent_type_ == "PERSON"

    def _tells_someone(self, start: int, stop: int) -> bool:
        """After "informed": an addressee who is not the public ("informed the two women of the
        counts they face", "informed Lao colleagues about the pair"): one body told another or the people
        it holds, which announces nothing. "informed that", "informed reporters", "informed the
        media" tell the news."""
        if start >= stop:
            return False
        first = self.lower[start]
        if first in _ADDRESSEES:
            rest = self.lower[start + 1:min(stop, start + 3)]
            return not _PUBLIC.intersection(rest)
        return self.words[start][:1].isupper() and first not in _PUBLIC

    def _led_it(self, ent: Span, sent: Span) -> bool:
        """"according to the Commission (PAOCC), which led the operation": the source is said, in a
        relative clause right after it, to have led or carried out the act the sentence tells."""
        k = self._past_short_form(ent, sent.end)
        words = self.lower[k:min(sent.end, k + 7)]
        if words[:1] != [","] or words[1:2] not in (["which"], ["who"]) or len(words) < 4:
            return False
        rest = words[2:]
        if rest[:2] == ["carried", "out"]:
            rest = rest[2:]
        elif rest[0] in {"led", "spearheaded", "conducted", "headed", "mounted"}:
            rest = rest[1:]
        else:
            return False
        return any(w in _LED_ACTS for w in rest[:3])

    def _says_it_did(self, ent: Span, sent: Span) -> bool:
        """"The army said on Friday it had raided ...", "officers said they plan soon to deport
        the group": the speaker is the one who acted (or is to act)."""
        start = ent.end
        if start + 1 < sent.end and self.lower[start] == "in" and self.words[start + 1][:1].isupper():
            start += 2  # "the embassy in Phnom Penh said it had ..."
            while start < sent.end and self.words[start][:1].isupper():
                start += 1
        if start + 2 < sent.end and self.words[start] == "," and self.lower[start + 1] in {"which", "who"}:
            close = next((k for k in range(start + 2, min(sent.end, start + 12)) if self.words[k] == ","), None)
            start = close + 1 if close is not None else start  # "X, which controls the area, said it had ..."
        if self.words[start:start + 1] == ["("]:  # "the Bureau of Customs (BC) on Monday said it had seized"
            start = next((k + 1 for k in range(start + 1, min(sent.end, start + 5)) if self.words[k] == ")"), start)
        start = self._past_time(start, sent.end)  # type: ignore[attr-defined]  # "X last week announced it had seized"
        words = self.lower[start:min(sent.end, start + 8)]
        if not words or words[0] not in _ANNOUNCE:
            return False
        words = words[:1] + self._past_fronted(start + 1, sent.end)  # "said that after a tip-off, they raided"
        for k, word in enumerate(words[1:], start=1):
            if word in {"its", "their"} and words[k + 1:k + 2] and words[k + 1] in _OWN_PEOPLE:
                word, k = "it", k + 1  # "X said its officers had arrested": X's own people acted
            if word in {"it", "they"}:
                if _passive_after(words[k + 1:k + 5]):
                    return False  # "said on Thursday they were deported": the people, not the speaker
                rest = [w for w in words[k + 1:k + 5] if w not in _AUXILIARIES]
                return bool(rest) and (EVENT_TRIGGERS.get(rest[0]) is not None or rest[0] in _DESIGNATES
                                       or any(tuple(rest[:len(phrase)]) == phrase and kind
                                              for phrase, kind in _PHRASE_STARTS.get(rest[0], [])))  # "rounded up"
        return False

    def _past_fronted(self, k: int, stop: int) -> list[str]:
        """The words of what a speaker says from ``k`` on, past a phrase set before its subject
        ("said that, after a tip from the coast guard, they raided ..."): the phrase hides "they"
        from the seven words read after the speech verb."""
        if self.lower[k:k + 1] == ["that"]:
            k += 1
        if k < stop and self.words[k] == ",":
            k += 1
        if k < stop and self.lower[k] in _FRONTED and self.lower[k - 1] in {"that", ","}:
            comma = next((j for j in range(k + 1, min(stop, k + 14)) if self.words[j] == ","), None)
            if comma is not None and self.lower[comma + 1:comma + 2] in (["it"], ["they"]):
                k = comma + 1
        return self.lower[k:min(stop, k + 7)]


#: Progressive verbs of working toward an act: "it is working to", "they were seeking to"
_STRIVING = frozenset({"working", "seeking", "trying", "striving", "pushing"})
#: Forms of "be" before them
_BE = frozenset({"is", "was", "are", "were", "'s", "’s"})

#: Words that open a phrase set before a clause's subject: "after a tip-off, they raided"
_FRONTED = frozenset({"after", "following", "acting", "upon", "during", "in", "on", "with", "based", "before"})

#: Nouns of an act a body may be said to have led: "which led the operation"
_LED_ACTS = frozenset({"operation", "operations", "raid", "raids", "crackdown", "rescue", "arrests", "arrest", "sweep",
                       "probe", "investigation", "mission"})


#: Forms of "be" that make a participle after them passive: "they were deported"
_PASSIVE_BE = frozenset({"was", "were", "is", "are", "be", "been"})


def _passive_after(words: list[str]) -> bool:
    """The words after "it"/"they" put a form of "be" right before an act's word that is no "-ing"
    form ("were deported", "had been repatriated"; not "were preparing to deport"): "it"/"they" are
    the people the act was done to, not the speaker that did it."""
    for k, word in enumerate(words[1:], start=1):
        if EVENT_TRIGGERS.get(word) is not None:
            return words[k - 1] in _PASSIVE_BE and not word.endswith("ing")
    return False


def _according_to(before: list[str]) -> bool:
    """"according to the ministry's figures": the body named in the phrase is the source; in
    "According to the ministry, the IOM helped ..." the comma closes the phrase, and the body after
    it is the subject of what the source says, not a second source."""
    if "according" not in before:
        return False
    return "," not in before[len(before) - before[::-1].index("according"):]


def _issuing_verb(before: list[str]) -> int | None:
    """The position of "issued", "released" or "published" before a closing "by", past a day put
    between them ("a statement published on Tuesday (Oct 7) by X"); None where there is none."""
    k = len(before) - 2
    while k >= 0 and (before[k] in {"on", "(", ")", ",", "late", "early"} or before[k][:1].isdigit()
                      or before[k] in _DAY_WORDS):
        k -= 1
    return k if k >= 0 and before[k] in {"issued", "released", "published"} else None


#: Words of a day or month that may stand between a statement's verb and its "by"
_DAY_WORDS = CALENDAR_WORDS | {"yesterday", "today"}


def _attributed(before: list[str]) -> bool:
    """"..., said the police" and "announced by the ministry" attribute a statement; in "an official
    said the army had raided" the agency after "said" is the subject of what was said."""
    if before and before[-1] == "the":
        before = before[:-1]
    if len(before) < 2 or before[-1] not in {"by", "said", "says"}:
        return False
    if before[-1] == "by":
        verb = _issuing_verb(before)
        if verb is not None:  # "a statement issued by X", not "an order issued by X"
            return verb > 0 and before[verb - 1] in _STATEMENTS
        return before[-2] in {"announced", "confirmed", "reported", "stated", "disclosed"}
    return before[-2] in {",", "\"", "”", "'", "’"}
