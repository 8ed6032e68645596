"""Which act a count's people took part in where the verb of its phrase says none or says another:
the noun of the act ("281 arrests"), a plane that evacuated them (flown home), a transfer or a
handover (a deportation or a sending home), a list a verb of carrying takes, a relative clause on
them, a kidnapping, a finding of the dead; and the counts that tell no act (the doers of a harm,
a line of a campaign's figures, people "free" as a state). Apart from ``counts.py``, which walks a
sentence's counts and gives each the act read here."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from scamgraph.loaders.news.carriers_sent import carrying_verb_of_a_list
from scamgraph.loaders.news.caught import caught_in_a_raid, suspects_caught
from scamgraph.loaders.news.count_phrases import ACTS_COUNTED
from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.dated_waves import wave_act
from scamgraph.loaders.news.found_dead import remains_before, remains_found_after
from scamgraph.loaders.news.idle_count_verbs import idle_count_verb
from scamgraph.loaders.news.kidnapped import KIDNAPPED, abducted_object
from scamgraph.loaders.news.protective_custody import in_protective_custody
from scamgraph.loaders.news.released_counts import released_count
from scamgraph.loaders.news.sent_home import KIND_VERBS, sent_home_verb
from scamgraph.loaders.news.state import _Count, _Event, _State, held_told_before
from scamgraph.loaders.news.transfers import received_from_another_state, sent_home_told, transfer_kind
from scamgraph.loaders.news.verdicts import found_guilty, terms_given
from scamgraph.loaders.news.words import past_auxiliaries
from scamgraph.model import RelType


#: Nouns of people that may stand in a list of peoples carried: "the Zorvanian nationals, four Ruritanian workers and ..."
_CARRIED_PEOPLE = frozenset({"nationals", "citizens", "workers", "people", "men", "women", "victims", "survivors", "others"})

#: Acts a participle inside a count's phrase tells as done to the people ("93 rescued Indonesians")
_DONE_BEFORE = frozenset({RelType.RESCUED, RelType.ARRESTED, RelType.DETAINED, RelType.DEPORTED, RelType.REPATRIATED})

#: Marks that open a line of a list: "- 4,210 Arrests: ...", "• 29 Prosecutions: ..."
_BULLETS = frozenset({"-", "•", "*", "–", "—"})


def _free_as_a_state(words: list[str]) -> bool:
    """"were free", "are now free" with no word of freeing ("set free", "freed", "rescued")."""
    if not {"freed", "rescued", "released", "set"}.isdisjoint(words):
        return False
    return any(w == "free" and words[k - 1] in {"were", "are", "was", "is", "now", "remain", "remained"}
               for k, w in enumerate(words) if k > 0)


def _figure_line(lower: list[str], count: _Count, sent: Span) -> bool:
    """The count of acts opens its line (past a bullet) and a colon follows its noun: "- 3,880
    Deportations: ...", a figure in a list of a campaign's figures, not one act's people."""
    start = sent.start + (lower[sent.start] in _BULLETS)
    return count.start == start and lower[count.end:count.end + 1] == [":"]


#: Carriers that fly people out: a plane that "evacuated" people flew them home, whoever freed them
_AIRCRAFT = frozenset({"plane", "planes", "aircraft", "jet", "jets", "flight", "flights", "airliner", "c-130", "c-17"})
_EVACUATING = frozenset({"evacuated", "evacuating", "evacuate", "evacuation"})


def _flown_out(before: list[str]) -> bool:
    """An aircraft is the subject of an evacuation told before the people counted."""
    return not _EVACUATING.isdisjoint(before) and not _AIRCRAFT.isdisjoint(before)


class CountActs(_State):
    """The act of a count's people, where its own verb says none or another."""

    _kidnapped: Any
    _speakers: Any
    _told_as_done: Any

    def _act_of_the_count(self, verb: tuple[RelType | None, str, str] | None, count: _Count, sent: Span,
                          events: list[_Event]) -> tuple[RelType | None, str, str] | None:
        """The act a count's people took part in, where the verb of its phrase (``verb``) says none or says
        another: its noun ("281 arrests"), a carrier that flew them out, a handover, a sending home, a
        kidnapping, a finding of the dead ..."""
        if count.noun_role == "acts":  # "resulting in 281 arrests": the act its noun names, one person each
            verb = _COUNT_VERBS[ACTS_COUNTED[self.lower[count.end - 1]]]
        if verb is not None and verb[0] is RelType.RESCUED and _flown_out(self.lower[sent.start:count.start]):
            verb = _COUNT_VERBS["repatriated"]  # "an Indian Air Force plane evacuated 212 Indian nationals": flown home
        if verb is not None and verb[2] in {"deportation", "repatriation"}:
            verb = self._transfer_verb(verb, sent)  # "transferred 104 Chinese to China": a handover home
        if verb is not None and verb[2] == "repatriation" and {"deportees", "deportee"} & set(self.lower[count.end - 1:count.end + 1]):
            verb = _COUNT_VERBS["deported"]  # "87 Chinese deportees were flown to Chengdu": their deportation
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
            verb = self._carried_in_a_list(count, sent, events)  # "to fly the Zorvanians, four Ruritanians and ..."
        if verb is None and count.noun_role != "breakdown" \
                and (wave := wave_act(self.lower, self.like_num, sent.start, count.start, count.end)):
            verb = _COUNT_VERBS[wave]  # "The expulsions were carried out in batches, with 12 Zorvanians on 3 May": a wave
        if verb is None and count.noun_role != "breakdown" and not self._speakers(count, sent):
            verb = self._kept_relative_act(count, sent)  # "Six Sabahans who were freed ... are still stuck"
            # (not "two Africans who are held there told reporters": sources quoted, counting none)
        if verb is None and count.noun_role == "suspect" and suspects_caught(self.lower, count.end, sent.end) \
                and self._told_as_done(count.end, sent):
            verb = _COUNT_VERBS["arrested"]  # "25 suspects were caught while phoning their marks"
        if (verb is None or verb[0] is RelType.AFFECTED) and count.noun_role != "breakdown" \
                and caught_in_a_raid(self.lower, count.start, count.end, sent.end) and self._told_as_done(count.end, sent):
            verb = _COUNT_VERBS["arrested"]  # "112 workers were caught during the operation"
        if verb is None and count.noun_role != "breakdown" and (self._kidnapped(count, sent) >= 0
                                                                or abducted_object(self.lower, count.start, sent.start)):
            verb = KIDNAPPED  # "Four Peruvians were abducted in Laos", "Armed men abducted four Thais"
        if verb is None and count.done_to >= 0 and _COUNT_VERBS[self.lower[count.done_to]][0] in _DONE_BEFORE \
                and not self._speakers(count, sent):  # ("One detained man told police ...": a source, picked
            # out of the people an act told elsewhere took)
            verb = _COUNT_VERBS[self.lower[count.done_to]]  # "Some 93 rescued Indonesians await repatriation": their rescue
            count.past = True  # ("Nine of the freed Peruvians departed on Friday": Friday is the leaving's, not the rescue's)
        if verb is None and count.noun_role != "breakdown" \
                and found_guilty(self.lower, count.start, count.end, sent.start, sent.end):
            verb = _COUNT_VERBS["convicted"]  # "Four Chinese were found guilty": convicted, as the golds count a charge
        if verb is None and count.noun_role != "breakdown" and count.nationality \
                and terms_given(self.lower, count.start, count.end, sent.start, sent.end):
            verb = _COUNT_VERBS["sentenced"]  # "Fourteen Chinese received prison terms": sentenced, a charge
            # (people of no nationality told, "Six other defendants received prison terms", keep the older
            # reading of test_news_no_act_done: no act of their own)
        if verb is not None and verb[0] is RelType.DETAINED and count.done_to >= 0 \
                and _COUNT_VERBS.get(self.lower[count.done_to], (None,))[0] is RelType.RESCUED:
            verb = None  # "The 14 rescued teenagers were taken to the police station for questioning": victims, not held
        if verb is not None and verb[0] is RelType.FOUND and self.lower[count.end - 1] in {"bodies", "body"}:
            verb = _COUNT_VERBS["dead"]  # "Three Laotian bodies were found": the dead, a death
        elif (verb is None or verb[0] is RelType.FOUND) and remains_before(self.lower, count.start, sent.start) \
                and remains_found_after(self.lower, count.start, count.end, sent.end, sent.start):
            verb = _COUNT_VERBS["dead"]  # "the bodies of two Zorvanian cooks turned up": the dead (found_dead)
        return verb

    def _carried_in_a_list(self, count: _Count, sent: Span, events: list[_Event]) -> tuple[RelType | None, str, str] | None:
        """"Two flights were hired to fly the Zorvanians, four Ruritanians and one Syldavian home": a
        counted item of the list a verb of carrying takes shares the sentence's one sending home, when
        the verb is that act's own word or the infinitive of a purpose told after its word (the
        charter flights). Without such an act read in the sentence, no act is made here."""
        at = carrying_verb_of_a_list(self.lower, self.like_num, sent.doc, count.start,
                                     sent.start, _CARRIED_PEOPLE)
        kinds = {e.type for e in events if e.type in KIND_VERBS}
        if at < 0 or len(kinds) != 1:
            return None
        kind = next(iter(kinds))
        own = [k for e in events if e.type == kind for k in self.event_words.get(id(e), [])]
        purpose = self.lower[at - 1] == "to" and any(k < at - 1 for k in own)
        if at not in own and not purpose or at in own and not self._told_as_done(at, sent):
            return None
        return _COUNT_VERBS[KIND_VERBS[kind]]

    def _transfer_verb(self, verb: tuple[RelType | None, str, str], sent: Span) -> tuple[RelType | None, str, str] | None:
        """The act of people a sentence tells only as "transferred" or "handed over" (``transfers``):
        to their own state, the sending home told before (else a repatriation); to another state, a
        deportation; to a place inside a country ("transferred to a prison"), none."""
        words = self.lower[sent.start:sent.end]
        mover = "transferred" if "transferred" in words else "handed" if "handed" in words else ""
        if not mover and "received" in words and not sent_home_told(words, "received") and received_from_another_state(
                self.lower, self.doc, sent.start + words.index("received"), sent.start, sent.end):
            return _COUNT_VERBS["deported"]  # "The Royal Thai Army received 90 foreigners from Myanmar officials"
        if not mover or sent_home_told(words, mover):
            return verb  # (a word of sending home of its own names the act: "handed over ... and flown home")
        moved = transfer_kind(self.lower, self.doc, sent.start + words.index(mover), sent.start, sent.end)
        if moved == "deportation":
            return _COUNT_VERBS["deported"]  # "handed over 260 foreigners to the Royal Thai Army"
        if mover == "handed" and moved == "" and self._handed_into_custody(sent.start + words.index(mover), sent):
            return None  # "Twenty among them were handed to immigration": custody changing hands, no one sent home
        if mover == "handed":  # "Cambodia deported 119 ... The group was handed over at Poipet": the sending home told
            return _COUNT_VERBS[KIND_VERBS[self._handover_kind()]]  # type: ignore[attr-defined]
        if moved is None:
            return verb
        if moved == "":
            return None
        return _COUNT_VERBS[KIND_VERBS[self._handover_kind()]]  # type: ignore[attr-defined]

    def _handed_into_custody(self, i: int, sent: Span) -> bool:
        """The people "handed" at ``i`` go to the next "to" of the sentence, and it names a custodian of
        the same state ("handed 30 Chinese to immigration officers", "handed over to the police"), with
        no country or people named after it ("to security authorities in ... China's Yunnan": that
        state's hands)."""
        to = next((k for k in range(i + 1, min(sent.end, i + 10)) if self.lower[k] == "to"), None)
        if to is None or not self._into_custody(to, sent):  # type: ignore[attr-defined]
            return False
        return not any(self.doc[k].ent_type_ in {"COUNTRY", "NORP"} for k in range(to, sent.end))

    def _kept_relative_act(self, count: _Count, sent: Span) -> tuple[RelType | None, str, str] | None:
        """The act of a relative clause right after the counted people ("Six Sabahans who were freed
        from fake job offers are still stuck in Laos") where the sentence kept it as an event of its own
        (the story's first telling of its kind, see ``events._first_told_of_counted``)."""
        k = count.end
        if self.lower[k:k + 1] not in (["who"], ["whom"]):
            return None
        k += 1
        verb = past_auxiliaries(self.lower, k, sent.end)  # ("who were", "who had (temporarily) been": a passive, the act done to them)
        word = self.lower[verb] if verb < sent.end else ""
        return _COUNT_VERBS[word] if verb > k and word in _COUNT_VERBS and verb in self.trigger_at else None

    def _doers_of_the_harm(self, count: _Count, sent: Span) -> bool:
        """The counted people are the subject of an active verb of harm right after them ("two
        Chinese nationals (have) lured 12 youths"): the doers, not the people harmed."""
        k = count.end
        while k < sent.end and self.lower[k] in {"have", "has", "had", "allegedly", "reportedly", "also"}:
            k += 1
        verb = self.lower[k] if k + 1 < sent.end else ""
        return verb.endswith("ed") and _COUNT_VERBS.get(verb, (None,))[0] is RelType.AFFECTED \
            and (self.like_num[k + 1] or self.lower[k + 1] in {"and", "more", "about", "over", "dozens"})

    def _held_again(self, count: _Count, kind: str) -> _Event | None:
        """The arrest or detention told before that held as many people as "the 64" counted here
        with the other word for it ("detained 64 people ... the 64 arrested"): one act told again."""
        if count.start == 0 or self.lower[count.start - 1] != "the" \
                or self.lower[count.end:count.end + 1] not in (["arrested"], ["detained"]):
            return None  # (only the participle right after the number: "the 64 arrested"; "the six were taken
            # into custody" tells the custody that followed the arrest)
        return held_told_before(self.events, kind, count.value)
