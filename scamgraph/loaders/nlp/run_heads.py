"""Whether a capitalized run holds or ends in a head word: an organization's or an agency's
("Ministry", "Police", "National Police Agency"), a site's ("Special Zone") or that of a seat of
experts ("University", "Institute"). Where runs end, how they are trimmed and which kind a run is
all ask this.

Split from ``runs`` (which says where runs begin and end) to keep each module small and its
helpers free of cycles.
"""

from __future__ import annotations

from scamgraph import gazetteer as gz
from scamgraph.loaders.nlp.doc_view import DocView

__all__ = ["agency_start", "experts_seat", "has_head", "head_ends"]


def experts_seat(view: DocView, k: int) -> bool:
    """The capitalized run from ``k`` names a university or an institute, where the experts a
    story quotes work ("of Kansai Gaidai University", "of the Lowy Institute")."""
    return k < len(view.doc) and view.cap[k] and view.lower[_last_capital(view, k)] in _SEATS_OF_EXPERTS


#: Head words of the bodies an expert is named with ("of Chulalongkorn University")
_SEATS_OF_EXPERTS = frozenset({"university", "institute", "college", "foundation", "center", "centre"})


def _last_capital(view: DocView, k: int) -> int:
    """The last token of the capitalized run from ``k`` (within its sentence)."""
    while k + 1 < len(view.doc) and view.cap[k + 1] and not view.starts[k + 1]:
        k += 1
    return k


def head_ends(view: DocView, k: int) -> bool:
    """The capitalized run from ``k`` ends in an organization or agency head word."""
    if k >= len(view.doc):  # (the text ended: "... of" with nothing after it)
        return False
    heads = gz.heads()
    k = _last_capital(view, k)
    return view.cap[k] and (view.lower[k] in heads or " ".join(view.lower[k - 1:k + 1]) in heads)


def _site_ends(view: DocView, k: int) -> bool:
    """The capitalized run from ``k`` ends in a site's head word ("Special Zone", "Park")."""
    return k < len(view.doc) and view.lower[_last_capital(view, k)] in gz.site_heads()


def agency_start(view: DocView, start: int, end: int) -> bool:
    """"Police" at a run's start stays when the run names an agency ("Police Commission")."""
    return view.lower[start] == "police" and end - start > 1 and has_head(view, start + 1, end)


def has_head(view: DocView, start: int, end: int) -> bool:
    """Some word of [start, end) is an organization or agency head word ("Ministry", "Police")."""
    heads = gz.heads()
    return any(view.lower[k] in heads for k in range(start, end))
