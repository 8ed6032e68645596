"""A thing described by how it was got or made, with that act's time: "The frozen assets include a
tower in Harbourton bought for £40 million in 2019", "police raided a compound built in 2020".

The participle's phrase tells the thing's past, not the act the sentence tells: its year is the
purchase's or the building's, never the seizure's or the raid's. (A participle right after the
act's own word describes the act: "an investigation launched in May" is not read here.)"""

from __future__ import annotations

import re
from collections.abc import Sequence

from scamgraph.loaders.dates import DateMention

__all__ = ["thing_got_on"]

#: The participle of getting or making a thing, and a short phrase of its own up to the date ("bought
#: for £40 million | in 2019", "built by the owner | in 2020")
_GOT = re.compile(r"(?<!\ba )(?<!\ban )(?<!\bthe )\b(?:bought|purchased|acquired|built|constructed|founded|established|"
                  r"incorporated|registered)\b[^,;.:]{0,40}$", re.I)


def thing_got_on(text: str, after: int, date: DateMention, dates: Sequence[DateMention]) -> bool:
    """Whether ``date``, a month or a year told after an act word that ends at ``after``, falls in
    the phrase of a participle of getting or making a thing told after that word, past a word of the
    thing's at least, with no other date between the participle and it (a day, "a firm registered
    in Erland on Monday", is more often the act's own; "a rented house" is no participle's phrase)."""
    if date.start <= after or not date.value or len(date.value) > 7:
        return False
    got = _GOT.search(text, after, date.start)
    return got is not None and re.search(r"\w", text[after:got.start()]) is not None \
        and not any(other is not date and got.start() <= other.start < date.start for other in dates)
