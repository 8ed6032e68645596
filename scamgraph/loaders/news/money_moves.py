"""People counted before "transferred the funds", "transferred stolen money to accounts": the verb
moves money, not people, and tells no deportation or handover of them (audit 18: five defendants
who laundered a scam's takings read as five people deported). A closed class of money nouns right
after the verb, past a determiner or an adjective or two."""

from __future__ import annotations

from collections.abc import Sequence

#: Verbs of moving that the reader takes for moving people when a count comes before them
_MOVES = frozenset({"transferred", "transferring", "transfers", "transfer"})
#: What is moved when it is money
_MONEY = frozenset({"money", "funds", "fund", "proceeds", "cash", "sum", "sums", "amount", "amounts", "payments",
                    "payment", "deposits", "savings", "assets", "crypto", "cryptocurrency", "cryptocurrencies",
                    "usdt", "bitcoin", "tether", "ransom", "earnings", "profits", "salaries", "$", "us$"})
#: Words that may stand between the verb and the money: "the", "their", "stolen", "illicit"
_BETWEEN = frozenset({"the", "their", "his", "her", "its", "all", "some", "stolen", "illicit", "illegal", "victims",
                      "victims'", "defrauded", "laundered", "scam", "fraud", "those", "these"})


def moves_money(lower: Sequence[str], i: int, end: int) -> bool:
    """Whether the verb at ``i`` moves money ("transferred the stolen funds"), before ``end``."""
    if lower[i] not in _MOVES:
        return False
    k = i + 1
    while k < end and k - i <= 3 and lower[k] in _BETWEEN:
        k += 1
    return k < end and (lower[k] in _MONEY or lower[k][:1].isdigit() and k + 1 < end and lower[k + 1] in _MONEY)
