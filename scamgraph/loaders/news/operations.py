"""What "operation" and "crackdown" name: an operation told again, the kind its purpose names, or a
crackdown carried out by an agency of its own (not the background of an arrest)."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.crackdowns_before import told_before
from scamgraph.loaders.news.journeys import JourneyWords
from scamgraph.loaders.news.operation_again import sending_home_again
from scamgraph.loaders.news.words import EVENT_TRIGGERS

#: Events that "the operation" can tell again when no raid was told before it
_OPERATION_KINDS = {"rescue", "deportation", "extradition", "repatriation"}
_DEFINITE = {"the", "this", "that"}
#: Verbs of an operation's purpose that send people home ("an operation to bring back ...")
_BRINGING = {"bring", "fly", "send", "return"}


class OperationWords(JourneyWords):
    """Which event an operation word names."""

    def _operation_told(self, i: int) -> str:
        """"The operation was led by ...", "the largest operation by Korean authorities": in a story
        that has told a rescue or a return home but no raid, "the operation" is that event told
        again, not a raid of its own ("an operation" still starts one)."""
        if self.lower[i] != "operation":
            return "raid"
        aim = self._operation_aim(i)
        if aim is not None:
            return aim
        again = sending_home_again(self.lower, i, {k: EVENT_TRIGGERS.get(self.lower[k], "") for k in self.trigger_at})
        if again is not None:
            return again  # "deported on a charter, the largest operation to date": that act again
        if "raid" in self.last_of_type or "arrest" in self.last_of_type:
            # "... were flown home on a charter. The operation involved 250 officers": the operation named
            # right after a sending home or a rescue is that act, whatever raid the story told earlier
            told = self.last_told if _DEFINITE & set(self.lower[max(0, i - 3):i]) else None
            return told.type if told is not None and told.type in _OPERATION_KINDS else "raid"
        if not _DEFINITE & set(self.lower[max(0, i - 3):i]):
            return "raid"
        told = next((e for e in reversed(self.events) if e.type in _OPERATION_KINDS), None)
        return told.type if told is not None else "raid"

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
