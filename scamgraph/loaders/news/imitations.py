"""A body named as a prop: "a fake Ruritanian police station", "a mock Atlantis police office",
"a mock-up set resembling a Freedonian police station". Scam compounds build rooms dressed as the
offices of police forces to frighten the people they call; the name tells of the set, not of a
body that acts in the story (development articles 88 and 124: a Chinese and an Indian police
station read as agencies). A closed class of words of imitation, read in the three words before
the name; any mark ends the look-back ("counterfeit stamps," said the Commissioner: the word is
another phrase's)."""

from __future__ import annotations

from collections.abc import Sequence

#: Words that make what follows an imitation of the thing named
#: ("staged" is left out: "a raid staged by the police" names the raiders)
_IMITATION = frozenset({"fake", "mock", "mock-up", "mockup", "replica", "sham", "bogus", "imitation", "counterfeit",
                        "resembling", "resemble", "resembles"})


def an_imitation(lower: Sequence[str], start: int) -> bool:
    """Whether a word of imitation stands in the three words before the name at ``start``, with
    no mark between."""
    for k in range(start - 1, max(-1, start - 4), -1):
        if lower[k] == "-":
            continue  # "a mock-up police office": the hyphen of the word of imitation
        if not lower[k].isalpha():
            return False
        if lower[k] in _IMITATION:
            return True
    return False
