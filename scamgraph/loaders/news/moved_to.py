"""Where counted people were moved to tells what was done to them: "transferred to a deportation
facility" holds them (not yet moved home), "sent to court" charges them, "transferred to China"
(for Chinese nationals) brings them home, unless the verb says they were deported."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from scamgraph.loaders.news.count_verbs import _COUNT_VERBS
from scamgraph.loaders.news.homeward import leg_home
from scamgraph.loaders.news.state import _Count
from scamgraph.model import RelType

__all__ = ["MovedTo"]

#: Verbs of moving people somewhere, and the places where moved people are held.
_MOVED = {"transferred", "sent", "taken", "moved", "brought", "over", "back", "handed", "escorted"}
#: Stems of verbs that send people out against their will: their edge stays DEPORTED wherever they go.
_EXPELLING = ("deport", "expel")
_HOLDING_PLACES = {"facility", "facilities", "centre", "center", "prison", "jail", "camp", "custody",
                   "detention", "station"}
#: Words of the places captors hold people in ("a call centre", "a scam compound"), never the state's custody
_CAPTORS_PLACES = {"call", "scam", "scams", "fraud", "compound", "compounds", "casino", "gambling"}
#: The particles of phrasal verbs that stand between the verb and its people: "handed over 150 ...".
_PARTICLES = {"over", "back", "home"}


class MovedTo:
    """Reads the place counted people were moved to (mixed into the governing-verb rules, which
    supply the document's words and ``_told_as_done``)."""

    lower: list[str]
    text: str
    idx: list[int]
    doc: Doc

    def _moved_to(self, count: _Count, sent: Span, verb: tuple[RelType | None, str, str] | None) -> tuple[RelType | None, str, str] | None:
        """"transferred to a deportation facility": held, not yet moved; "transferred to China" (for
        Chinese nationals): brought home, unless the verb says they were deported."""
        window = range(count.end, min(sent.end, count.end + 20))  # past "suspected of cross-border fraud"
        for j in window:
            if self.lower[j] == ";":
                break
            if self.lower[j] != "to" or self.lower[j - 1] not in _MOVED:
                continue
            place = self.lower[j + 1:min(sent.end, j + 7)]  # "sent to the Svay Rieng Provincial Court"
            place = place[:place.index(",")] if "," in place else place
            place = place[:place.index("to")] if "to" in place else place  # ("sent to China | to face trial": a purpose)
            if set(place) & _CAPTORS_PLACES:
                return verb  # "abducted and taken to a call centre in Myanmar": held by captors, no one's custody
            if set(place) & _HOLDING_PLACES:
                return _COUNT_VERBS["detained"]
            if set(place) & {"court", "prosecutors", "prosecution", "trial"}:
                return _COUNT_VERBS["charged"]  # "six gang bosses have been sent to court"
            if not self._told_as_done(  # type: ignore[attr-defined]
                    j - 2 if self.lower[j - 1] in _PARTICLES else j - 1, sent):
                return verb  # "will be brought back to Malaysia": a sending home still to come
            ent = self.doc[j + 1] if j + 1 < sent.end else None
            said = self.lower[max(sent.start, count.start - 3):j]
            if any(w.startswith(_EXPELLING) for w in said):
                return verb  # "deported back to China": a deportation, whatever the home it ends in
            if leg_home(self.text, self.idx[j], sent.end_char):
                return _COUNT_VERBS["repatriated"]  # "transferred to Bangkok before returning home": a leg home
            if ent is not None and count.nationality and ent.ent_type_ == "COUNTRY" and ent.ent_id_ == count.nationality:
                return _COUNT_VERBS["repatriated"]
        if verb is not None and verb[0] is RelType.REPATRIATED and self._flown_abroad(count, sent):
            return None  # "the two Russians were flown to the city of Mandalay": moved, not sent home
        return verb

    def _flown_abroad(self, count: _Count, sent: Span) -> bool:
        """People of a known nationality flown or driven "to" a town or country of another (past "the
        city of"): a leg of their trafficking or of a transfer, no return home."""
        for j in range(count.end, min(sent.end - 1, count.end + 8)):
            if self.lower[j] == "to" and self.lower[j - 1] in {"flown", "flew", "driven", "taken"}:
                k = j + 1
                while k < sent.end and self.lower[k] in {"the", "city", "town", "of", "province", "capital"}:
                    k += 1
                code = self.doc[k].ent_id_.split("|")[-1] if k < sent.end and self.doc[k].ent_type_ in {"PLACE", "COUNTRY"} else ""
                return bool(code) and bool(count.nationality) and code != count.nationality
        return False
