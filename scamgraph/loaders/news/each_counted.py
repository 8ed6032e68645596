"""One number told for two peoples with "each" after them: "two Ruritanians and Freedonian each",
"three Bolivian and Chilean nationals each". "Each" after a pair of demonyms distributes the number
over the pair (grammar), so every people of the pair counts that many, where without it the
pair shares one number and none of them has a count of its own ("12 Chinese and Vietnamese
nationals": no one's count). Read only where "each" closes the phrase (a comma, "and", a bracket
or the sentence's end after it): "the 20 Chinese and Lao each received a sentence" makes "each"
the subject's floating quantifier before a verb, and says nothing of how many there were of each."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from scamgraph.loaders.news.state import _Count

__all__ = ["each_pair", "each_second"]

#: Words that may close a phrase after its "each": the next item of a list, or the end of the sentence.
_CLOSERS = frozenset({",", "and", ";", ")", ".", "—", "–"})
#: People nouns that may stand between the second demonym and "each": "Bolivian and Chilean nationals each".
_PEOPLE_NOUNS = frozenset({"nationals", "citizens", "men", "women", "people", "workers", "victims", "suspects"})


def each_pair(lower: Sequence[str], first_end: int, norp: dict[int, Span], sent: Span) -> int:
    """Where "<demonym> and <demonym> each" starts at the first demonym's end ``first_end``: the
    position just after "each" (so the first people keeps the number), else -1."""
    if first_end + 1 >= sent.end or lower[first_end] != "and" or first_end + 1 not in norp:
        return -1
    second = norp[first_end + 1]
    if second.start != first_end + 1 or second.label_ != "NORP":
        return -1
    k = second.end + (second.end < sent.end and lower[second.end] in _PEOPLE_NOUNS)
    if k >= sent.end or lower[k] != "each":
        return -1
    return k + 1 if k + 1 == sent.end or lower[k + 1] in _CLOSERS else -1


def each_second(lower: Sequence[str], phrases: list[_Count], count: _Count, norp: dict[int, Span], sent: Span) -> int:
    """After the first people's ``count`` of a pair counted with "each" (``each_pair``), kept last
    in ``phrases``: adds the second people's count (the same number, the second demonym's
    nationality) and returns where the pair ends; 0 where there is no such pair."""
    if not phrases or phrases[-1] is not count or not count.nationality or count.end >= sent.end \
            or lower[count.end] != "and" or (after := each_pair(lower, count.end, norp, sent)) < 0:
        return 0
    second = norp[count.end + 1]
    phrases.append(_Count(count.value, second.start, after, nationality=second.id_))
    return after
