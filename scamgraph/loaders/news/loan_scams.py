"""Loan scams told by a word of lending in a sentence of fraud: "a fake page to lure borrowers into
seeking loans", "scams of every kind, loans and share tips among them", "a probe into money lending
and extortion run through apps", "tricked savers by offering a cheaper lender". The scam-type
table lists the fixed names ("loan scam", "loan apps"); a story often names the loan as the bait or
as one item of a list of scams instead, and the fraud word beside it in the same sentence says the
lending was the scam.

A loan the victims or their families took to pay someone ("took out loans to pay the ransom the
scammers demanded"), or a loan shark, tells no loan scam: a word of taking before the lending word,
or "shark" after it, leaves it alone. A loan with no word of fraud in its sentence ("adverts
promising big wages and cheap loans") is only an offer.
"""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph.loaders.news.state import _State
from scamgraph.model import Label, Node

__all__ = ["LoanScams"]

#: Words of lending that may name the bait of a loan scam
_LENDING = frozenset({"loan", "loans", "lending", "lender", "lenders"})
#: Words of fraud or deceit that make the sentence's lending a scam
_FRAUD = frozenset({"scam", "scams", "scammer", "scammers", "fraud", "frauds", "fraudulent", "swindle", "swindled",
                    "swindling", "lure", "lured", "lures", "luring", "tricked", "tricking", "duped", "deceived",
                    "extortion", "extorted", "extorting"})
#: Words right before the lending word that make it a loan somebody took, not a scam's bait
_TAKEN = frozenset({"took", "take", "takes", "taking", "taken", "out", "borrowed", "repay", "repaid"})
#: Words right after it that make it a usurer, not a scam
_USURERS = frozenset({"shark", "sharks"})


class LoanScams(_State):
    """A loan scam, where a word of lending stands in a sentence of fraud."""

    def _loan_scams(self, sent: Span) -> None:
        words = self.lower[sent.start:sent.end]
        if _LENDING.isdisjoint(words) or _FRAUD.isdisjoint(words):
            return
        if any(self._scam_lending(k, sent) for k in range(sent.start, sent.end) if self.lower[k] in _LENDING):
            self._add(Node(Label.SCAM_TYPE, "loan scam"))

    def _scam_lending(self, k: int, sent: Span) -> bool:
        """The lending word at ``k`` is no loan somebody took ("took out loans") and no loan shark."""
        before = self.lower[max(sent.start, k - 2):k]
        after = self.lower[k + 1] if k + 1 < sent.end else ""
        return _TAKEN.isdisjoint(before) and after not in _USURERS
