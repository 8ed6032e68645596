"""What a person named in a sentence was in its events (``_person_in_event``): the one an act was
done to (arrested, extradited, charged, sentenced), the target of a warrant or a sanction, its
leader or a participant, or none (kin, an owner, a speaker, a complainant). Apart from
``event_links.py``, which walks a sentence's names, as the bodies' part is (``event_bodies.py``)."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.act_nouns import EVENT_NOUNS
from scamgraph.loaders.news.cases_filed import charged_against
from scamgraph.loaders.news.count_verbs import GOODS_VERBS as _GOODS_VERBS, _COUNT_VERBS, phrasal_act
from scamgraph.loaders.news.demands import DEMANDS, SEEKING, asked_for
from scamgraph.loaders.news.event_ties import _OPERATION_NOUNS, EventTies
from scamgraph.loaders.news.event_triggers import _PART_OF_RAID, EVENT_TRIGGERS
from scamgraph.loaders.news.joined_acts import JoinedActs, second_verb_of_the_subject
from scamgraph.loaders.news.kin import named_for_kin
from scamgraph.loaders.news.led_groups import a_group_led
from scamgraph.loaders.news.legal_instruments import writ_word
from scamgraph.loaders.news.on_bail import on_bail
from scamgraph.loaders.news.people_lists import ListedPeople
from scamgraph.loaders.news.person_appositions import apposed_act, past_person_apposition
from scamgraph.loaders.news.receivers import named_receiver
from scamgraph.loaders.news.sex_asides import ASIDE_MARKS
from scamgraph.loaders.news.state import _Event
from scamgraph.loaders.news.verdicts import TERMS
from scamgraph.loaders.news.words import _BE, _PARTICIPATION
from scamgraph.loaders.nlp.vocabulary import POSSESSIVE_S
from scamgraph.model import Evidence, Node, RelType

#: Verbs whose agent led the event, and whose agent watched over it or took part
_LEADING = {"led", "headed", "commanded", "spearheaded"}
_WATCHING = {"supervised", "overseen", "accompanied", "joined", "attended", "observed", "witnessed", "monitored"}
#: Kinds of event a person leads or takes part in
_LED_KINDS = {"raid", "investigation", "rescue", "repatriation", "deportation", "extradition"}
#: Words that put an act before the sentence's own: "after the rescue of X", "following the arrest of X"
_AFTER_WORDS = frozenset({"after", "following", "since"})


#: Entities whose words are names, never a verb told of a person: "Lotus Holding Group"
_NAMES = frozenset({"ORG", "AGENCY", "SITE", "PERSON"})


#: Nouns of acts whose people "of" names, read as their verbs: "the arrests of A B and C D" (the
#: singular nouns that are count verbs themselves, "the arrest of", need none).
_ACT_VERBS = {noun: verb for noun, verb in EVENT_NOUNS.items() if noun not in _COUNT_VERBS}
#: Participles of acts done to people, that an apposition may carry: "X, a tycoon extradited to China"
_DONE_TO_PEOPLE = frozenset(w for w, (rel, _key, _kind) in _COUNT_VERBS.items()
                            if rel is not None and w.endswith("ed") and w not in _GOODS_VERBS)


class PeopleInEvents(EventTies, ListedPeople, JoinedActs):
    """What the people a sentence names were in its events."""

    def _past_alias(self, k: int, sent: Span) -> int:
        """Past an aside that gives a person's other name (", also known as Y,", "— alias Y —",
        "(known as Y)"): where the words told of the person go on; ``k`` where there is none."""
        close = ASIDE_MARKS.get(self.lower[k]) if k < sent.end else None
        after = self.lower[k + 1:k + 4]
        if close is None or not (after[:3] == ["also", "known", "as"] or after[:2] == ["known", "as"]
                                 or after[:1] in (["alias"], ["a.k.a."], ["aka"])):
            return k
        end = next((j for j in range(k + 2, min(sent.end, k + 12)) if self.lower[j] == close), None)
        return end + 1 if end is not None else k

    def _by_verb(self, ent: Span, sent: Span) -> str:
        """"was led by Pol. Col. Varin", "was overseen by the deputy chief of the Lotville Customs
        Department, Orlen": the verb before the "by" whose agent the person is, past the person's
        titles, roles, employer and an appositive comma; "" when there is none."""
        k = ent.start - 1
        while k > sent.start and ent.start - k <= 14:
            word = self.lower[k]
            if word == "by":
                # "the raid was led by", "an operation led by"; not "a delegation led by X": X leads that
                head = self.lower[k - 2] if k - 2 >= sent.start else ""
                told = head in _BE or head == "," or EVENT_TRIGGERS.get(head) or head in _OPERATION_NOUNS
                return self.lower[k - 1] if told else ""
            if not (k in self.role_tokens or word in {"the", "of", ",", "and", "."} or self.words[k][:1].isupper()):
                return ""
            k -= 1
        return ""

    def _past_who_clause(self, tail: int, sent: Span) -> int:
        """Past a relative clause set off by commas after a person ("Liang Jiahui, 45, who lived in
        Cambodia and Dubai, | was arrested"), where a verb follows its closing comma; else ``tail``."""
        at = tail + 1 if self.words[tail:tail + 1] == [","] else tail  # (after an age the comma is passed already)
        if self.lower[at:at + 1] != ["who"]:
            return tail
        close = next((k for k in range(at + 1, min(sent.end - 1, at + 16)) if self.words[k] == ","), None)
        return close + 1 if close is not None and self.lower[close + 1] in {"was", "were", "is", "has", "had"} else tail

    def _second_act(self, at: int, sent: Span, events: list[_Event]) -> tuple[RelType, _Event] | None:
        """The act of a second verb joined to a person's verb at ``at`` by "and" ("had been rescued
        and returned to China"), where the sentence tells an event of that verb's own word."""
        if at < 0 or at + 2 >= sent.end or self.lower[at + 1] != "and" or self.lower[at + 2] not in _COUNT_VERBS:
            return None
        rel, _key, kind = _COUNT_VERBS[self.lower[at + 2]]
        event = next((e for e in events if e.type == kind and at + 2 in self.event_words.get(id(e), ())), None)
        return None if rel is None or event is None else (rel, event)

    @property
    def _acts_done_to_people(self) -> frozenset[str]:
        return _DONE_TO_PEOPLE

    def _in_anothers_apposition(self, at: int, sent: Span) -> bool:
        """Whether the act word at ``at`` is the participle of ", a/an/the <noun> <participle>" after
        another person's name ("A, a tycoon extradited to China, and X": A's act, not X's; "A, a
        Macau-born casino boss extradited ...": a hyphened word is three tokens)."""
        for k in range(at - 2, max(sent.start, at - 3 - 3 - 2 * self.lower[max(sent.start, at - 9):at].count("-")) - 1, -1):
            if self.words[k] == "," and k > sent.start and (self.doc[k - 1].ent_type_ == "PERSON" or self.words[k - 1].istitle()):
                return apposed_act(self.words, self.lower, k, sent.end, _DONE_TO_PEOPLE) == at
        return False

    def _titled_object(self, verb: str | None, first: int, before: list[str]) -> bool:
        """"sentenced former town mayor X": the act's verb, then only the person's title before the
        name, so the act was done to the titled person (whose office would otherwise say they did it)."""
        if verb is None or verb not in before:
            return False
        at = len(before) - 1 - before[::-1].index(verb)
        base = first - len(before)
        return at < len(before) - 1 and all(base + k in self.role_tokens or before[k] in _TITLE_LEADS
                                            for k in range(at + 1, len(before)))

    def _act_behind(self, at: int, sent: Span) -> bool:
        """The act noun at ``at`` ("the rescue of X") comes after "after", "following" or "since",
        behind another act word of its sentence: what that act followed, told in passing ("launched
        the crackdown after the rescue of X" tells no rescue of X now; a verb, "fled after police
        arrested X", tells the act)."""
        return self.lower[at + 1:at + 2] == ["of"] and not _AFTER_WORDS.isdisjoint(self.lower[max(sent.start, at - 2):at]) \
            and any(EVENT_TRIGGERS.get(w) or w in _COUNT_VERBS for w in self.lower[sent.start:at - 2])

    def _person_in_event(self, ent: Span, person: Node, sent: Span, events: list[_Event],
                         announcing: set[tuple[int, int]], ev: Evidence) -> None:
        tail = ent.end + 3 if ent.end + 2 < sent.end and self.words[ent.end] == "," and self.like_num[ent.end + 1] and self.words[ent.end + 2] == "," else ent.end
        comma = tail - 1 if tail > ent.end else tail  # (after an age, the comma that closed it opens the next phrase)
        passed = past_person_apposition(self.words, self.lower, comma, sent.end, self.role_tokens)  # ", a Chinese national,"
        tail = passed if passed != comma else tail
        tail = self._past_others(self._last_listed(tail, sent), sent)  # "A B and four other workers had been rescued"
        if self.lower[tail:tail + 1] == ["from"] and tail + 1 < sent.end and self.doc[tail + 1].ent_type_ == "PLACE":
            tail += 2  # "... and P Anbarasan from Dindigul were arrested": past the last one's town
            while tail < sent.end and self.doc[tail].ent_iob_ == "I":
                tail += 1
        tail = self._past_who_clause(tail, sent)  # "X, 45, who lived in Cambodia, | was arrested"
        tail = self._past_alias(tail, sent)  # "X — also known as Y — had been arrested"
        after = [w for w in self.lower[tail:min(sent.end, tail + 5)] if w not in _BE]  # past ", 41,"
        first = self._first_listed(ent, sent)  # a listed person reads the words before the list's first
        before = self.lower[max(sent.start, first - 9):first]
        if named_for_kin(self.lower, ent.start, ent.end, sent.start):
            return  # "arrested Chen Hao's wife, Liu Mei", "sanctioned the brother of X": the act is the kin's
        if before[-1:] == ["of"] and before[-2:-1] and before[-2] in _HARMS_OF:
            return  # "the repatriation came after the death of X": X is the death's, none of the act before
        taken_from = next((k for k in range(len(before) - 1, -1, -1) if before[k] in {"seized", "confiscated"}), None)
        if taken_from is not None and "from" in before[taken_from + 1:]:
            return  # "the $40 million seized from him and his wife X": her money, she was not taken
        if before[-1:] == ["by"] and before[-2:-1] and before[-2] in _COMPLAINING:
            return  # "the arrest came after a complaint filed by X": X complained, no act was done to X
        if before[-1:] == ["by"] and before[-2:-1] and before[-2] in _OWNING \
                or before[-1:] in (["to"], ["with"]) and before[-2:-1] and before[-2] in _TIED:
            return  # "Lim, the driver of a car owned by X, was arrested", "a man linked to X": the act is Lim's
        if self.lower[ent.end:ent.end + 1] in (["'s"], ["’s"]) \
                and not _HARMS_OF.isdisjoint(self.lower[ent.end + 1:ent.end + 3]):
            return  # "charged in connection with X's death", "X's brutal killing": the same
        role_verb = next((w for w in after[:2] if w in _COUNT_VERBS and _COUNT_VERBS[w][0] and w not in _GOODS_VERBS), None)
        apposed = apposed_act(self.words, self.lower, ent.end, sent.end, self._acts_done_to_people)
        if role_verb is None and apposed is not None:
            role_verb = self.lower[apposed]  # "Chen Hao, a tycoon extradited to China": the act was done to him
        if role_verb is None and (phrasal := phrasal_act(after, 0, 2)) is not None:
            role_verb = phrasal  # "Arman Velic passed away in a cell": died
        if role_verb == "found" and "guilty" in after[1:3]:
            role_verb = "convicted"  # "X had been found guilty of fraud": convicted, as a charge; never found in a raid
        acted_on = bool(before) and before[-1] in _COUNT_VERBS and _COUNT_VERBS[before[-1]][0] is not None \
            and before[-1] not in _GOODS_VERBS  # "extradited X to face charges": the act done to X comes first
        second_verb = None
        if second_verb_of_the_subject(after, role_verb, acted_on) and _COUNT_VERBS[before[-1]][0] is not RelType.FOUND:
            second_verb, role_verb = role_verb, None  # "detained X and handed him over": detained first, then handed
        if role_verb is None and not acted_on and not _FACING.isdisjoint(after[:2]) and not _CHARGES.isdisjoint(after[1:5]):
            role_verb = "charged"  # "X and Y each face one charge of ...": charged with it (not "face deportation")
        if role_verb is not None and self.lower[tail:tail + 1] == [role_verb] and tail + 1 < sent.end \
                and (self.like_num[tail + 1] or self.lower[tail + 1] in {"the", "a", "an", "some", "about", "more", "over"}):
            role_verb = None  # "a team led by X transferred 50 men": X did the act to others, none was done to X
        if role_verb is None and before[-1:] in (["that"], ["which"]):
            return  # "a compound erected on land that Tan partly owned": the subject of a clause of its own
        if role_verb is None and not (ent.start, ent.end) in announcing:
            acts = [_ACT_VERBS.get(w, w) if before[k + 1:k + 2] == ["of"]
                    else "charged" if charged_against(before, k) else w  # ("filed a fraud case against X")
                    for k, w in enumerate(before)]
            base = first - len(before)
            act_at = next((base + k for k, w in reversed(list(enumerate(acts))) if w in _COUNT_VERBS
                              and _COUNT_VERBS[w][0] and w not in _GOODS_VERBS
                              and not writ_word(before, k)  # (not "arrest warrants for X")
                              and self.doc[base + k].ent_type_ not in _NAMES  # (nor "Lotus Holding Group, X")
                              and not asked_for(self.lower, base + k, sent.start, DEMANDS | SEEKING)  # ("seeking the arrest of X")
                              and before[k - 1:k] != ["to"]  # ("efforts are underway to arrest another agent, X")
                              and before[k + 1:k + 2] != ["that"]  # (nor "police found that the rings, run by X, ...")
                              and before[k + 1:k + 2] != ["by"]  # (nor "a photo released by Sen. X": the agent)
                              and not self._in_anothers_apposition(base + k, sent)  # (nor "A, a tycoon extradited ..., and X")
                              and not on_bail(self.lower, base + k, sent.end)  # (nor "freed on bail, with X as guarantor")
                              and before[k + 1:k + 2] != ["down"]), None)  # (nor "handed down the ultimate penalty to X")
            role_verb = None if act_at is None else acts[act_at - base]
            if act_at is not None and self._act_behind(act_at, sent):
                return  # "launched the crackdown after the rescue of X": X's rescue is what came before, no act told here
            if act_at is not None and named_receiver(before, act_at - base):
                return  # "were handed over to their consul, X": X received them
            if before and before[-1] in POSSESSIVE_S:
                role_verb = None
            if role_verb == "found" and ("guilty" in self.lower[tail:tail + 2] or "guilty" in before):
                role_verb = "convicted"  # "the court found X and Y guilty", "Also found guilty were X and Y": convicted
        if role_verb is None and after[:1] == ["received"] and not TERMS.isdisjoint(after[1:5]):
            role_verb = "sentenced"  # "Vo Thi Lanh received 8 years and 6 months": sentenced, as a charge
        if role_verb is not None and any(self.lower[k] == role_verb and self._denied(k, sent)  # type: ignore[attr-defined]
                                         for k in [*range(max(sent.start, first - 9), first), *range(tail, min(sent.end, tail + 5))]):
            return  # "Police did not arrest X during the raid": no act done to X
        passive = self.lower[tail:tail + 1] in (["was"], ["were"], ["is"], ["has"], ["had"])  # "X was arrested": done to X
        done_to = passive and role_verb in after[:1] or before[-1:] == [role_verb] \
            or self._titled_object(role_verb, first, before)  # (or "arrested X, the mayor", "sentenced former mayor X")
        if role_verb is not None and not done_to and after[:1] and after[0] in _SAYING:
            return  # '"We arrested him," Sok Dara said': the speaker tells the act, none was done to him
        let_go = next((k for k in range(tail, min(sent.end, tail + 5)) if self.lower[k] == role_verb), None)
        if role_verb in _RELEASING and let_go is not None and self.lower[let_go + 1:let_go + 2] == ["on"] \
                and not {"bail", "bond", "parole", "recognizance"}.isdisjoint(self.lower[let_go + 2:let_go + 7]):
            return  # "Reyes was released on a $30,000 bond": let out by the court, no rescue
        if role_verb is not None and (done_to or person.properties.get("role_class")
                                      not in {"official", "lawmaker", "police", "military", "judicial", "diplomat", "spokesperson"}):
            rel, _key, kind = _COUNT_VERBS[role_verb]
            if rel is not None:
                # "A was arrested on March 5 while B was apprehended on March 6": the act of the person's own verb
                at = next((k for k in range(tail, min(sent.end, tail + 5)) if self.lower[k] == role_verb), -1)
                own = next((e for e in events if e.type == kind and at in self.event_words.get(id(e), ())), None)
                own = own or _raid_of_word(at, kind, events, self.event_words)
                event = own or self._host(kind, events, None)
                self._edge(rel, event.node.key, person.key, ev)
                second = self._second_act(at, sent, events)  # "was rescued and returned to China"
                if second is not None:
                    self._edge(second[0], second[1].node.key, person.key, ev)
                if second_verb is not None:
                    self._subjects_second_act(second_verb, tail, sent, events, event, person, ev)
            return
        if (ent.start, ent.end) in announcing:
            if "announced" in self.lower[ent.end:min(sent.end, ent.end + 3)]:
                for event in events:
                    self._edge(RelType.ANNOUNCED, person.key, event.node.key, ev)
            return
        owner = self.words[ent.end:ent.end + 1] in (["'s"], ["’s"])  # "warrants for the members of Ho's gang": the gang's
        for event in events if not owner else ():
            if event.type in {"warrant", "sanction"} and _aimed_at(before[-6:]) or event.type == "sanction" and before \
                    and (before[-1] in _SANCTIONING or _sanctioned_along(self.lower[sent.start:first])):
                self._edge(RelType.TARGETED, event.node.key, person.key, ev)
                return
        if a_group_led(before):
            return  # "another ring allegedly led by X": X leads the ring, not the inquiry into it
        by_verb = self._by_verb(ent, sent)
        participates = any(w in _PARTICIPATION for w in after[:4]) or (before and before[-1] in {"by", "with"}) \
            or by_verb in _LEADING | _WATCHING
        for event in events:
            if not self._tied(ent, event):
                continue  # "the raid followed a meeting with Prime Minister X": the meeting's, not the raid's
            if event.type == "visit" and (participates or before[-2:] in (["visit", "by"], ["trip", "by"])):
                self._edge(RelType.PARTICIPATED_IN, person.key, event.node.key, ev)
            elif event.type != "visit" and participates and event.type in _LED_KINDS:
                if any(w in {"led", "oversaw"} for w in after[:3]) or by_verb in _LEADING:
                    self._edge(RelType.LEADS, person.key, event.node.key, ev)
                else:
                    self._edge(RelType.PARTICIPATED_IN, person.key, event.node.key, ev)


#: Verbs of saying right after a person: what the words before tell, the person said
_SAYING = frozenset({"said", "says", "told", "added", "stated", "explained", "recalled"})
#: Verbs of letting people go, which a bond or bail makes the law's, never a rescue
_RELEASING = frozenset({"released", "freed"})


#: Participles of a complaint or a report whose "by" names who made it: "a complaint lodged by X"
_COMPLAINING = frozenset({"lodged", "filed", "submitted", "complaint", "complaints", "petition", "tip"})
#: Nouns of a harm whose "of" names the one harmed: "after the death of X", "the murder of X"
_HARMS_OF = frozenset({"death", "deaths", "killing", "murder", "disappearance", "torture", "beating", "body", "funeral"})


#: Verbs of facing a charge, and the nouns of one: the people who face it are charged
_FACING = frozenset({"face", "faces", "facing"})
_CHARGES = frozenset({"charge", "charges", "count", "counts"})
#: Verbs of sanctioning whose object is the target
_SANCTIONING = frozenset({"sanctioned", "designated"})


def _sanctioned_along(before: list[str]) -> bool:
    """"sanctioned Bluewave Hosting, a company that ..., along with its administrator, Tan Wei Ming":
    the person named after "along with" (past the post's words and a comma) is a target too."""
    if "along" not in before[-6:] or not any(w in _SANCTIONING for w in before):
        return False
    at = len(before) - 1 - before[::-1].index("along")
    return before[at + 1:at + 2] == ["with"] and all(w.isalpha() or w == "," for w in before[at + 2:])

#: Words before a title in the object of an act: "sentenced (the) former town mayor X"
_TITLE_LEADS = frozenset({"the", "a", "an", "former", "ex", "then", "town", "city", "municipal", "provincial", "district"})
#: Words before "by" and a person that make the person an owner of what another is told by
_OWNING = frozenset({"owned", "run", "operated", "controlled", "founded", "backed", "financed", "chaired"})
#: Words before "to" or "with" and a person that tie another to the person
_TIED = frozenset({"linked", "tied", "connected", "close", "related", "associated", "belonging", "ties", "links"})


def _aimed_at(before: list[str]) -> bool:
    """"warrants for", "sanctions against", "issued for" right before a person (past a title):
    the act aims at the person named next; not "a spokesperson for the X Force, Major Y" (whose
    "for" is the post's). "Against" aims wherever it stands ("issued on Monday by Judge X against
    Y"): no post is "against" anyone."""
    at = max((k for k, w in enumerate(before) if w in {"for", "against"}), default=-1)
    return at >= 0 and before[at] == "against" \
        or at > 0 and (before[at - 1] in EVENT_TRIGGERS or before[at - 1] in {"issued", "imposed", "out"})


def _raid_of_word(at: int, kind: str, events: list[_Event], event_words: dict) -> _Event | None:
    """"A was arrested during a raid ..., while B was arrested ...": the first arrest word is the
    raid's own (an arrest is part of a raid), so A is the raid's, not the second clause's arrest."""
    if kind not in _PART_OF_RAID:
        return None
    return next((e for e in events if e.type == "raid" and at in event_words.get(id(e), ())), None)
