"""One name set off and described as one person ("Sutarni, 34, a maid from ...", "Rizal, a native
of ..."): Indonesian, Burmese and South Asian reports name many people who bear, or give, one name
only. Both the name finder (which leaves a lone capitalized word undecided otherwise) and the
person reader (which drops a lone name nobody was given before) ask it."""

from __future__ import annotations

from collections.abc import Sequence

from scamgraph import gazetteer as gz
from scamgraph.loaders.nlp.vocabulary import CALENDAR_WORDS

#: Nouns of one person an apposition describes a lone name by ("Rizal, a native of ...")
_ONE_PERSON_NOUNS = frozenset({"native", "resident", "worker", "student", "graduate", "victim", "survivor", "woman",
                               "man", "mother", "father", "teenager", "farmer", "driver", "labourer", "laborer"})
#: Words after an age that go on telling of one person or a list of them ("X, 24, from ...", "X, 24, and Y, 22")
_AFTER_AN_AGE = frozenset({"from", "of", "and", "both", "who"})
#: Words that say a name is a stand-in the story gives, no name of the person ("not her real name")
_STAND_IN_WORDS = frozenset({"real", "pseudonym", "alias", "changed", "withheld"})
#: How many words after the name a stand-in's words are looked for
_STAND_IN_REACH = 12


def one_name_described(words: Sequence[str], lower: Sequence[str], start: int, end: int) -> bool:
    """The one word [start, end) is no family name nor a day, and a comma sets off after it an age
    and an article or a word that goes on of the person ("X, 34, a ...", "X, 34, from ...", "X, 24,
    and Y, 22"), or an article and a noun of one person ("X, a native of ..."); the words after it
    do not call the name a stand-in ("X, 24, not her real name")."""
    name = words[start] if end - start == 1 else ""
    if not name.isalpha() or not name.istitle() or name in gz.surnames() or words[end:end + 1] != [","] \
            or lower[start] in CALENDAR_WORDS:  # ("On Friday, 13, ...")
        return False
    k = end + 1
    aged = k + 1 < len(words) and words[k].isdigit() and len(words[k]) <= 2 and words[k + 1] == ","
    k += 2 if aged else 0
    after = lower[k:k + 2]
    described = after[:1] in (["a"], ["an"], ["the"]) and (aged or after[1:] != [] and after[1] in _ONE_PERSON_NOUNS) \
        or aged and after[:1] != [] and after[0] in _AFTER_AN_AGE  # ("Wanjiku, 24, and Achieng, 22, both from ...")
    return described and _STAND_IN_WORDS.isdisjoint(lower[end:end + _STAND_IN_REACH])
