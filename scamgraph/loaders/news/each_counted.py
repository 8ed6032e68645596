"""One number given to every people of a list by a word of distribution (a closed class: "each",
"respectively"). "Two Ruritanians and Freedonian each", "three Bolivian and Chilean nationals
each": "each" after a pair of demonyms distributes the number over the pair (grammar), so every
people of the pair counts that many, where without it the pair shares one number and none of
them has a count of its own ("12 Chinese and Vietnamese nationals": no one's count). Read only
where "each" closes the phrase (a comma, "and", a bracket or the sentence's end after it): "the
20 Chinese and Lao each received a sentence" makes "each" the subject's floating quantifier
before a verb, and says nothing of how many there were of each. "One individual from A, B and C
respectively" gives one person to every country of the list, as "one each from A and B" does
(``each_from``, asked by the readers of lists of origins in ``nationalities``)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from scamgraph.loaders.news.state import _Count

__all__ = ["PERSON_NOUNS", "each_from", "each_pair", "each_second"]

#: Words that may close a phrase after its "each": the next item of a list, or the end of the sentence.
_CLOSERS = frozenset({",", "and", ";", ")", ".", "—", "–"})
#: People nouns that may stand between the second demonym and "each": "Bolivian and Chilean nationals each".
_PEOPLE_NOUNS = frozenset({"nationals", "citizens", "men", "women", "people", "workers", "victims", "suspects"})
#: Nouns for one person between "one" and "from": "one individual from A, B and C respectively".
_ONE_NOUNS = frozenset({"individual", "person", "national", "citizen", "man", "woman", "worker", "victim", "suspect",
                        "individuals", "persons"})
#: Nouns for people between a number and "each from": "two people each from A and B".
PERSON_NOUNS = _ONE_NOUNS | _PEOPLE_NOUNS
#: The number one, the only number "respectively" gives every item of a list (``each_from``).
_ONE = frozenset({"one", "1"})
#: Words after a list that give every item of it the one number before it.
_DISTRIBUTING = frozenset({"respectively", "each"})


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


def each_from(lower: Sequence[str], like_num: Sequence[bool], run: list[Span], sent: Span) -> int:
    """"one individual from A, B and C respectively", "two people from A and B each": one number
    before a list of the countries people are from, with a word of distribution after the list,
    is the number of every country's people; the number's position, -1 where the form is not
    there. "Respectively" after one number reads so only for one person, who cannot be from
    several countries at once ("two people from A and B respectively" may be one from each); a
    second number before it ("20 and 30 from A and B respectively") pairs numbers with countries
    one by one: not read here."""
    end = run[-1].end
    if len(run) < 2 or end >= sent.end or lower[end] not in _DISTRIBUTING:
        return -1
    k = run[0].start - 1 - (lower[run[0].start - 1] == "the")
    if k - 1 <= sent.start or lower[k] != "from":
        return -1
    k -= 1 + (lower[k - 1] in _PEOPLE_NOUNS or lower[k - 1] in _ONE_NOUNS)
    if k < sent.start or not like_num[k] or any(like_num[max(sent.start, k - 3):k]):
        return -1
    return k if lower[end] == "each" or lower[k] in _ONE else -1
