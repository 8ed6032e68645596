"""People a scam harmed, counted before any case against it is told: "upheld a sentence for a man
who trafficked five Taiwanese ... He was first convicted by the district court in June 2023".
As the guidelines read them (the victims of a case go on the case, never on an act done to the
suspects such as their arrest), the five are the victims of the charge told later, just as people
harmed after a case are the victims of the case told before (``_case_before``)."""

from __future__ import annotations

from functools import cached_property

from scamgraph.loaders.news.count_hosts import _CASES
from scamgraph.loaders.news.second_acts import SecondActs
from scamgraph.loaders.news.state import _Count
from scamgraph.model import Evidence, RelType

#: (events told so far, nationality code, number, evidence, token where the number starts)
_Waiting = tuple[int, str, int, Evidence, int]


class HarmsAhead(SecondActs):
    """Harmed people kept until the document's end, then counted on the first case told after them."""

    @cached_property
    def _harms_waiting(self) -> list[_Waiting]:
        """The harmed people counted where no case had been told yet (one document's reader)."""
        return []

    def _harm_waits(self, count: _Count, ev: Evidence) -> None:
        """Keeps "trafficked five Taiwanese" (with a nationality) for a case the story may tell later;
        not people a relative clause describes ("bring 600 Vietnamese citizens, who were trafficked
        ..., back"): their harm is their past, told of another act done to them."""
        described = "who" in self.lower[count.end:count.end + 2]
        if count.nationality and not described:
            self._harms_waiting.append((len(self.events), count.nationality, count.value, ev, count.start))

    def _harms_to_cases(self) -> None:
        """Each waiting harm goes to the first investigation or charge told after it; where the story
        tells none (only an arrest or a rescue), the harmed people stay uncounted."""
        for told, code, value, ev, start in self._harms_waiting:
            case = next((e for e in self.events[told:] if e.type in _CASES), None)
            nat = self._nationality(code) if case is not None else None
            if case is None or nat is None:
                continue
            case.counts["victims"] = max(value, case.counts.get("victims", 0))
            self._people_edge(RelType.AFFECTED, case.node.key, nat.key, ev, value, start)
