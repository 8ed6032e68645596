"""A given name before a known family name, after a title's portfolio.

"Secretary for Security | Chris Tang Ping-keung", "Superintendent of Police | Ravi Singh
Rathore": where a title's "of"/"for" phrase runs into a name, the name starts at the first known
family name, and the word before it was left with the portfolio. That word is the holder's given
name when it is no word of a portfolio (a closed class of the fields ministries and offices are
named for) and at least one portfolio word stays before it ("Minister of Public Security | Wang
Li" keeps "Security" in the title).
"""

from __future__ import annotations

from scamgraph import gazetteer as gz
from scamgraph.loaders.nlp.doc_view import DocView
from scamgraph.loaders.nlp.vocabulary import HONORIFICS

__all__ = ["PORTFOLIO_WORDS", "given_name_before", "holder_start"]

#: Words that name a portfolio or end one, never a holder's given name
PORTFOLIO_WORDS = frozenset({
    "affairs", "security", "justice", "interior", "information", "defence", "defense", "labour", "labor",
    "welfare", "health", "finance", "trade", "commerce", "industry", "rights", "relations", "development",
    "resources", "services", "service", "protection", "employment", "tourism", "education", "transport",
    "communications", "safety", "investigation", "investigations", "intelligence", "operations", "police",
    "immigration", "customs", "administration", "planning", "economy", "agriculture", "environment",
    "energy", "technology", "culture", "youth", "women", "migration", "crime", "crimes", "order",
    "enforcement", "works", "housing", "diaspora", "overseas", "citizens", "workers", "nationals",
    "cooperation", "home", "public", "national", "foreign", "state", "internal", "external", "legal",
    "social", "economic", "digital", "cyber", "border", "borders", "prosecutions", "prisons", "corrections", "human",
})


def given_name_before(view: DocView, k: int, start: int, end: int) -> int:
    """Where the name starts when the family name at ``k`` follows a given name (``k - 1``), else ``k``;
    ``start`` is the title's "of"/"for", ``end`` the run's end."""
    j = k - 1
    if j < start + 2 or end - k < 2 or not view.words[j].istitle() or view.lower[j] in PORTFOLIO_WORDS:
        return k
    if view.words[j] in gz.surnames() or view.lower[j] in gz.heads() or j in view.owner:
        return k
    return j


def holder_start(view: DocView, start: int, end: int) -> int:
    """Where the holder's name starts after a title's "of"/"for" phrase at ``start``: at the first
    known family name (or the given name before it), else at the run's last two words."""
    for k in range(start + 1, end - 1):
        if end - k > 3 and " ".join(view.lower[k:k + 2]) in HONORIFICS:
            return k + 2  # "Inspector-General of Police | Tan Sri | Razarudin Husain": "Tan" opens a title here
        if view.words[k] in gz.surnames():
            return given_name_before(view, k, start, end)  # "for Security | Chris Tang Ping-keung"
    return max(start + 1, end - 2)
