"""A person named after "a ring allegedly led by" leads the criminal group, not the raid or
inquiry the sentence tells of: "detained six people as part of an investigation into another
ring allegedly led by Lin" makes Lin no leader of (nor a party to) the investigation."""

from __future__ import annotations

__all__ = ["a_group_led"]

#: Criminal groups a person is said to lead or run.
_LED_GROUPS = frozenset({"ring", "rings", "gang", "gangs", "syndicate", "syndicates", "group", "network", "cell",
                         "triad"})
#: Words of hearsay, of being and of sharing out between the group and "led by" ("believed to be
#: led by", "two rings, respectively run by").
_HEARSAY = frozenset({"allegedly", "reportedly", "believed", "to", "be", "was", "is", "being", "respectively", ","})


def a_group_led(before: list[str]) -> bool:
    """The (lower-case) words before a person end in "<a group> (allegedly) led by"."""
    if before[-2:] not in (["led", "by"], ["headed", "by"], ["run", "by"]):
        return False
    rest = [w for w in before[:-2] if w not in _HEARSAY]
    return bool(rest) and rest[-1] in _LED_GROUPS
