"""A noun phrase set off by commas right after a person's name that says who the person is ("Li
Wei, a 35-year-old Chinese national, was arrested", "Li Wei, the syndicate's accountant, was
charged", "Wu Wenjun, chairman of Lotus Group, was arrested", "Nguyen Van Hung, 35, of Tay Ninh
province, was arrested", "X, facing trafficking charges in five cases, was arrested"): the verb
after it is the person's own, as it is after a bare age (", 35,")."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from scamgraph.loaders.news.event_triggers import EVENT_TRIGGERS

__all__ = ["past_person_apposition"]

#: Words that open such a phrase
_OPENERS = frozenset({"a", "an", "the"})
#: Participles that open a phrase describing the person: "X, facing charges in five cases, was arrested"
_DESCRIBING = frozenset({"facing", "wanted", "accused", "suspected", "believed", "allegedly"})
#: The most tokens such a phrase runs to between its commas
_MOST_WORDS = 12
#: Words that show the commas set off something else: a clause, a list, another person's act
_NOT_APPOSED = frozenset({"and", "or", "who", "which", "that", "said", "says", ";", ":", "(", ")"})


def past_person_apposition(words: Sequence[str], lower: Sequence[str], end: int, stop: int,
                           roles: Collection[int] = ()) -> int:
    """Where the person's verb may start: past ", a/an/the <words>," or ", <role> of <body>," right
    after the name ending at ``end`` when the phrase holds no event word, clause or list (``stop``:
    the sentence's end; ``roles``: the tokens of role words); else ``end`` itself."""
    home = end + 2 < stop and lower[end + 1] in {"of", "from"} and words[end + 2][:1].isupper()  # ", of Tay Ninh province,"
    described = end + 1 < stop and lower[end + 1] in _DESCRIBING  # ", facing trafficking charges in five cases,"
    mark = words[end] if end < stop else ""  # (a comma, or a dash: "X—the nephew of Y—was detained")
    if end + 2 >= stop or mark not in _ASIDE_MARKS or lower[end + 1] not in _OPENERS and end + 1 not in roles and not home \
            and not described:
        return end
    for k in range(end + 2, min(stop - 1, end + _MOST_WORDS)):
        if lower[k] in _NOT_APPOSED or lower[k] in EVENT_TRIGGERS and not described \
                and not (lower[k - 1] == "the" and lower[k].endswith("ed")):  # (", the manager of the raided hub,")
            return end
        if words[k] == mark:
            return k + 1
    return end


#: Marks that open and close an apposition: ", a Chinese national," and "—the nephew of X—"
_ASIDE_MARKS = frozenset({",", "—", "–"})


#: The most words between the article of such a phrase and the act's participle: ", a property tycoon extradited"
_MOST_BEFORE_ACT = 3


def apposed_act(words: Sequence[str], lower: Sequence[str], end: int, stop: int, acts: Collection[str]) -> int | None:
    """Where the act's participle is in ", a/an/the <noun words> <participle>" right after a name
    ending at ``end`` ("Chen Hao, a tycoon extradited to China in January, and Oknha Lim Sok"):
    the act was done to that person, none to the person listed after; else None. ``acts``: the
    participles of acts done to people."""
    if end + 2 >= stop or words[end] != "," or lower[end + 1] not in _OPENERS:
        return None
    hyphens = sum(1 for w in words[end + 2:end + 3 + 3 * _MOST_BEFORE_ACT] if w == "-")  # (each joins two words as one)
    for k in range(end + 2, min(stop, end + 3 + _MOST_BEFORE_ACT + 2 * hyphens)):
        if lower[k] in acts:
            return k if k > end + 2 else None
        hyphen = words[k] == "-" and words[k - 1].isalpha() and k + 1 < stop and words[k + 1].isalpha()
        if not words[k].isalpha() and not hyphen or lower[k] in _NOT_APPOSED or lower[k] in EVENT_TRIGGERS:
            return None  # (a hyphen inside a word goes on: "a Macau-born casino boss extradited ...")
    return None
