"""What "operation" and "crackdown" name: an operation told again, the kind its purpose names, or a
crackdown carried out by an agency of its own (not the background of an arrest)."""

from __future__ import annotations

import re

from spacy.tokens import Span

from scamgraph.loaders.news.crackdowns_before import told_before
from scamgraph.loaders.news.event_triggers import EVENT_TRIGGERS
from scamgraph.loaders.news.journeys import JourneyWords
from scamgraph.loaders.news.operation_again import sending_home_again

#: Events that "the operation" can tell again when no raid was told before it
_OPERATION_KINDS = {"rescue", "deportation", "extradition", "repatriation"}
_DEFINITE = {"the", "this", "that"}
#: Verbs of an operation's purpose that send people home ("an operation to bring back ...")
_BRINGING = {"bring", "fly", "send", "return"}
#: Acts an operation can be told only by: "the sweep led to nine arrests", "In an operation,
#: 21 were rescued" name an arrest or a rescue, and no raid that the story never tells
_OUTCOME_KINDS = {"arrest", "rescue", "detention"}
#: "led to", "resulted in": what follows is what the operation came to
_LEADING = {"led", "leading", "lead", "leads", "resulted", "resulting", "result", "results", "ended", "ending"}
_LEADING_INTO = {"to", "in"}
_OPERATION_WORDS = {"operation", "operations"}
_COPULAS = {"was", "is", "were", "are"}
#: The longest subject an act is named by before "was an operation": "The rescue of the 40 workers"
_SUBJECT_REACH = 7
#: Bodies of a foreign state's diplomats, which rescue and bring home but raid nobody
_DIPLOMATS = frozenset({"embassy", "embassies", "consulate", "consulates", "mission", "missions"})
#: Kinds of operation that raid nobody: "a diplomatic operation by the embassy"
_UNARMED = frozenset({"diplomatic", "humanitarian", "consular"})
#: What may stand between the copula and the operation: "was one large coordinated operation"
_NAMING_FILLERS = {"a", "an", "the", "one", "recent", "joint", "major", "special", "large", "large-scale",
                   "complex", "successful", "coordinated", "combined", "multi-agency", "-"}
#: What may stand before a phrase that opens its sentence: nothing, or a stored page's date stamp
_STAMP_ONLY = re.compile(r"\s*(?:date\s+\d{4}-\d{2}-\d{2}\s*)?")


class OperationWords(JourneyWords):
    """Which event an operation word names."""

    def _operation_told(self, i: int) -> str | None:
        """"The operation was led by ...", "the largest operation by Korean authorities": in a story
        that has told a rescue or a return home but no raid, "the operation" is that event told
        again, not a raid of its own ("an operation" still starts one)."""
        outcome = self._operation_outcome(i)
        if outcome is not None:
            return outcome
        if self.lower[i] != "operation":
            return "raid"
        if i > 0 and self.lower[i - 1] in _UNARMED:
            # "crediting a diplomatic operation by the embassy": the rescue or return the story told, no raid
            told = next((e for e in reversed(self.events) if e.type in {"rescue", "repatriation"}), None)
            return told.type if told is not None else None
        aim = self._operation_aim(i)
        if aim is not None:
            return aim
        again = sending_home_again(self.lower, i, {k: EVENT_TRIGGERS.get(self.lower[k], "") for k in self.trigger_at})
        if again is not None:
            return again  # "deported on a charter, the largest operation to date": that act again
        diplomatic = self._run_by_diplomats(i)
        if diplomatic is not None:
            return diplomatic
        if "raid" in self.last_of_type or "arrest" in self.last_of_type:
            # "... were flown home on a charter. The operation involved 250 officers": the operation named
            # right after a sending home or a rescue is that act, whatever raid the story told earlier
            told = self.last_told if _DEFINITE & set(self.lower[max(0, i - 3):i]) else None
            return told.type if told is not None and told.type in _OPERATION_KINDS else "raid"
        if not _DEFINITE & set(self.lower[max(0, i - 3):i]):
            return "raid"
        told = next((e for e in reversed(self.events) if e.type in _OPERATION_KINDS), None)
        return told.type if told is not None else "raid"

    def _run_by_diplomats(self, i: int) -> str | None:
        """An operation that an embassy or a consulate runs, alone or with soldiers or police ("...
        in an operation run by the army and the Kenyan Embassy"), is the rescue or the return home
        the story told: diplomats raid nobody (None when the story told neither)."""
        end = self.sentence.end if self.sentence is not None else len(self.lower)
        window = self.lower[i + 1:min(end, i + 14)]
        lead = next((w for w in ("by", "with") if w in window), None)  # ("... carried out jointly with the missions")
        if lead is None or not _DIPLOMATS & set(window[window.index(lead):]):
            return None
        told = next((e for e in reversed(self.events) if e.type in {"rescue", "repatriation"}), None)
        return told.type if told is not None else None

    def _operation_outcome(self, i: int) -> str | None:
        """"That operation ended in the arrest of five brokers", "joint operations resulted in the
        rescue of 40", "In a joint operation, 21 workers were rescued": an operation told only by
        what it came to is that arrest, rescue or detention; with a raid word of its own in the
        sentence ("In an operation, police raided ... and arrested") it stays a raid."""
        sent = self.sentence
        if sent is None:
            return None
        lower = self.lower
        word = next((k for k in range(i, min(i + 3, sent.end)) if lower[k] in _OPERATION_WORDS), None)
        if word is None or any(EVENT_TRIGGERS.get(lower[k]) == "raid" and k != word for k in self.trigger_at):
            return None
        for k in range(word + 1, min(word + 10, sent.end - 2)):
            if lower[k] in {",", ";", "which", "that", "who"}:
                break  # (another clause: "the operation, which began in May, led to ...")
            if lower[k] in _LEADING and lower[k + 1] in _LEADING_INTO:
                told = k + 2 + (lower[k + 2] in {"the", "an", "a"})
                kind = EVENT_TRIGGERS.get(lower[told]) if told < len(lower) else None
                return kind if kind in _OUTCOME_KINDS else None
        named = self._act_called_operation(word)
        if named is not None:
            return named
        # "In a (joint) operation, ...": the operation frames the sentence's one act; so it does set off
        # after the subject ("The commission, in a December 16 operation, arrested 148 ...")
        opening = next((k for k in range(max(sent.start, word - 8), word) if lower[k] == "in"), None)
        if opening is not None and (_STAMP_ONLY.fullmatch(self.text[sent.start_char:self.doc[opening].idx])
                                    or opening > sent.start and lower[opening - 1] == ",") \
                and lower[word + 1:word + 2] == [","]:
            acts = {EVENT_TRIGGERS.get(lower[k]) for k in self.trigger_at if k > word}
            if len(acts) == 1 and acts <= _OUTCOME_KINDS:
                return acts.pop()
        return None

    def _act_called_operation(self, word: int) -> str | None:
        """"Their rescue was one large operation run by three ministries": an act the sentence names,
        then says to be an operation, is that act told again with its actors after it, no raid of its
        own (a raid would make the people arrested before it, told as no raid, its arrests)."""
        sent, lower, k = self.sentence, self.lower, word - 1
        while k > sent.start and lower[k] in _NAMING_FILLERS:
            k -= 1
        if lower[k] not in _COPULAS or k - sent.start > _SUBJECT_REACH:
            return None
        # (the subject, opening the sentence: "That rescue", "The deportation of the 40 men")
        kinds = {EVENT_TRIGGERS.get(lower[t]) for t in range(sent.start, k)} - {None}
        return kinds.pop() if len(kinds) == 1 and kinds <= _OPERATION_KINDS | _OUTCOME_KINDS else None

    def _operation_aim(self, i: int) -> str | None:
        """"the largest operation by Korean authorities to bring back criminals", "an operation to
        rescue them": an operation's purpose names its kind."""
        end = self.sentence.end if self.sentence is not None else len(self.lower)
        window = self.lower[i + 1:min(end, i + 12)]
        if "to" not in window[:-1]:
            return None
        verb = window[window.index("to") + 1:window.index("to") + 2]
        if verb[0] in _BRINGING:
            return "repatriation"
        kind = EVENT_TRIGGERS.get(verb[0])
        return kind if kind in _OPERATION_KINDS else None

    def _own_agent(self, i: int, ents: list[Span]) -> bool:
        """"a crackdown by Cambodian authorities": the word's "by" names the agency that carried it out;
        "handed over after their crackdown on ...": a crackdown told as coming before the act is one of
        its own too, not its background."""
        return i + 2 < len(self.lower) and self.lower[i + 1] == "by" \
            and any(e.label_ == "AGENCY" and e.start in {i + 2, i + 3} for e in ents) or told_before(self.lower, i)

