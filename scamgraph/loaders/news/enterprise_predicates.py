""""Operation" as the criminals' business, told by what the sentence says of it: the operation
earned or laundered money ("the operation made 40 million pesos") or used the means of moving it
("used a network of shell companies"), preyed on victims ("the
operation lured jobseekers"), was organised into roles or teams, or was part of a wider racket or
network. A raid earns nothing, cheats no one, has no staff roles and belongs to no racket, so after these predicates the word names the enterprise and no raid comes of it (the ties
told before the word are read by ``enterprise_ties``)."""

from __future__ import annotations

#: Auxiliaries and hedges that may stand between "operation" and its predicate
_BETWEEN = frozenset({"was", "were", "is", "are", "had", "has", "have", "allegedly", "reportedly", "apparently",
                      "itself", "then", "also"})
#: Verbs of earning or taking money: a business's takings
_EARNING = frozenset({"made", "earned", "generated", "netted", "raked", "pocketed", "amassed", "laundered",
                      "swindled", "stole", "collected", "grossed"})
#: Words that say an amount is money
_MONEY = frozenset({"$", "us$", "money", "funds", "proceeds", "cash", "million", "billion", "trillion", "dollars", "baht", "pesos", "yuan", "won",
                    "yen", "rupiah", "rupiahs", "rupees", "ringgit", "dong", "riel", "kyat", "euros", "pounds"})
#: Verbs of preying on victims: "the operation lured jobseekers"
_PREYING = frozenset({"defrauded", "cheated", "duped", "scammed", "lured", "targeted", "trafficked", "tricked",
                      "deceived", "recruited", "exploited", "extorted"})
#: Verbs of a business's structure: "organised into four roles"
_STRUCTURED = frozenset({"organised", "organized", "structured", "divided", "split"})
#: What an operation may be part of when it is a business
_RACKETS = frozenset({"racket", "rackets", "network", "networks", "syndicate", "syndicates", "ring", "rings",
                      "gang", "gangs", "scheme", "schemes", "enterprise", "empire"})
_OPERATION = frozenset({"operation", "operations"})
#: Verbs of using means, and the means of a business that launders or moves money
_USING = frozenset({"used", "uses", "relied", "relies", "employed", "employs"})
_TOOLS = frozenset({"companies", "company", "accounts", "mules", "wallets", "crypto", "cryptocurrency", "exchanges",
                    "firms", "fronts"}) | _MONEY


def told_as_business(lower: list[str], i: int, end: int) -> bool:
    """Whether "operation(s)" at ``i`` is followed (sentence ending at ``end``) by a predicate of a
    business: takings in money, a division into roles, or membership of a racket."""
    if lower[i] not in _OPERATION:
        return False
    k = i + 1
    while k < end and lower[k] in _BETWEEN:
        k += 1
    if k >= end or k == i + 1 and lower[k] not in _EARNING and lower[k] not in _USING:
        return False  # (no auxiliary: "operation tempo", "operation centre" are no predicates)
    verb, rest = lower[k], lower[k + 1:min(end, k + 7)]
    if verb in _USING:
        return not _TOOLS.isdisjoint(rest)  # "the operation used a network of shell companies to move the money"
    if verb in _PREYING:
        return True  # "the operation defrauded 300 people": only the criminals' business preys on victims
    if verb in _EARNING:
        return any(w in _MONEY or w.startswith("$") for w in rest)
    if verb in _STRUCTURED:
        return rest[:1] == ["into"]
    return verb == "part" and rest[:1] == ["of"] and bool(_RACKETS & set(rest[1:5]))
