"""Things taken in a raid told with "recovered" or "retrieved": "officers recovered 98 mobile
phones and 44 computers", "several items linked to the suspects were retrieved during the
operation"; and assets frozen ("has frozen GEL 2 million of the suspects' assets"). Those verbs tell a seizure only with goods after them, or before a passive one (within
a few words), never people ("the bodies were recovered", "victims recovered from their injuries")."""

from __future__ import annotations

__all__ = ["goods_recovered"]

#: Verbs that tell goods taken when goods follow them (a freeze of assets or accounts is a seizure too)
_RECOVERING = frozenset({"recovered", "retrieved", "recovering", "froze", "frozen"})
#: Goods a raid takes: devices, money, papers, vehicles, arms
_GOODS = frozenset({
    "phones", "phone", "handsets", "smartphones", "computers", "computer", "laptops", "laptop", "desktops", "tablets",
    "sim", "cards", "devices", "servers", "routers", "modems", "hard", "drives", "equipment", "items", "gadgets",
    "cash", "money", "currency", "rupees", "dollars", "pesos", "baht", "riels", "yuan", "kyat", "ringgit", "naira",
    "cedis", "documents", "passports", "vehicles", "vehicle", "cars", "car", "motorcycles", "firearms", "guns", "weapons",
    "ammunition", "drugs", "crypto", "cryptocurrency", "gold", "jewellery", "jewelry", "valuables", "assets",
    "accounts", "funds", "properties", "property", "deposits", "wallets",
})
#: How many words after the verb the goods may come ("recovered | 98 mobile phones", "recovered over
#: Rs. 10 million in cash")
_REACH = 8


def goods_recovered(lower: list[str], start: int, end: int) -> list[int]:
    """Positions of "recovered"/"retrieved" in ``lower[start:end]`` with goods after them."""
    if _RECOVERING.isdisjoint(lower[start:end]):
        return []  # (most sentences: neither verb)
    found = []
    for k in range(start, end):
        if lower[k] not in _RECOVERING or lower[k + 1:k + 2] == ["from"]:
            continue
        after = _past_asides(lower[k + 1:end])[:_REACH]  # ("frozen GEL 2 million (some $700,000) of the assets")
        passive = k - 1 > start and lower[k - 1] in {"were", "was", "been"}  # "several items ... were recovered"
        before = lower[max(start, k - 1 - 2 * _REACH):k - 1] if passive else []
        if "no" in before or lower[k - 1:k] == ["not"] or lower[k - 2:k] in (["not", "been"], ["never", "been"]):
            continue  # "though no funds were retrieved": nothing taken
        if not _GOODS.isdisjoint(after) or not _GOODS.isdisjoint(before):
            found.append(k)
    return found


def _past_asides(words: list[str]) -> list[str]:
    """The words with what stands in brackets left out."""
    kept, depth = [], 0
    for word in words:
        depth += word == "("
        if depth == 0:
            kept.append(word)
        depth -= word == ")" and depth > 0
    return kept
