"""Where a group of people comes from, told as a list of two or more countries after a verb of
origin: "the others come from Atlantis, Ruritania and Freedonia", "the detainees, who came from
A and B, ...", "the rest are from A, B, and C", "most victims originating from A, B and C". The countries stand for the people's
nationalities, not for places of the story.

The reader already takes "the victims were from A and B" (a people noun before "be from");
this adds the verbs "come", "hail" and "originate", the people told only as "the others" or "the rest", and a
relative "who" after a people noun. The list must hold two countries at least: "the workers came
from Atlantis" alone may be the place they travelled from; a list of origins is a breakdown of a
group. Only the few words before the list are read (an anchor-word screen on "from")."""

from __future__ import annotations

from collections.abc import Callable, Sequence

#: Verbs that tell where people are from when "from" follows them.
_ORIGIN_VERBS = frozenset({"come", "came", "comes", "coming", "hail", "hailed", "hails", "hailing",
                           "originate", "originated", "originates", "originating", "were", "are", "was", "is"})
#: Adverbs between the verb and "from": "were mostly from", "are all from"
_MOSTLY = frozenset({"mostly", "mainly", "largely", "chiefly", "predominantly", "all", "originally"})
#: Participles that name people after "those": "those arrested were from ..."
_TAKEN = frozenset({"arrested", "rescued", "detained", "deported", "repatriated", "held", "freed"})
#: Verbs of where people are from and nothing else
_HAILING = frozenset({"hailing", "hail", "hails", "hailed"})
#: Words that stand for a part of a group of people already told: "the others", "the rest".
_GROUP_PARTS = frozenset({"others", "rest", "remainder"})
#: The most words between "from" and the first country: "from | other Asian countries as well as".
_SPAN = 8
#: Verbs that tell what the part left after a breakdown was: "the rest were", "other nationalities included".
_PART_VERBS = frozenset({"were", "are", "was", "is", "included", "include", "includes", "comprised", "came", "come"})


def origin_list(lower: Sequence[str], start: int, floor: int, fillers: Callable[[int], bool],
                is_people: Callable[[str], bool]) -> bool:
    """True where the country list starting at token ``start`` follows "<people> <origin verb>
    from" ("the others come from | A, B"); ``fillers(k)`` says whether the word at ``k`` may stand
    between "from" and the list, ``is_people(word)`` whether a word names people."""
    k = start - 1
    while k > floor and lower[k] != "from" and fillers(k) and start - k < _SPAN:
        k -= 1
    if k - 2 < floor or lower[k] != "from":
        return False
    if lower[k - 1] in _MOVED_FROM:
        return moved_people(lower, k - 1, floor, is_people)
    k -= lower[k - 1] in _MOSTLY  # "were mostly from A, B and C"
    if k - 2 < floor or lower[k - 1] not in _ORIGIN_VERBS:
        return False
    subject = lower[k - 2]
    if subject in _GROUP_PARTS or is_people(subject) or subject == "they":
        return True
    if subject in _TAKEN and k - 3 >= floor and (lower[k - 3] == "those" or is_people(lower[k - 3])):
        return True  # "Those arrested were mostly from A, B and C", "The people detained came from A, B"
    if subject == "who" and k - 4 >= floor and lower[k - 3] == "," and is_people(lower[k - 4]):
        return True
    return relative_subject(lower, k - 2, floor, is_people)


#: Participles of people taken from their homelands: "workers trafficked from A, B and C"
_MOVED_FROM = frozenset({"trafficked", "recruited"})
#: Words standing for people told just before: "many of them trafficked from A and B"
_THEM = frozenset({"them", "they", "who", "whom"})
#: The most words between a people word and the participle: "victims who were allegedly trafficked"
_MOVED_SPAN = 4


def moved_people(lower: Sequence[str], verb: int, floor: int, is_people: Callable[[str], bool]) -> bool:
    """True where the participle at ``verb`` ("trafficked", "recruited") has people just before it
    ("workers trafficked from A and B", "many of them trafficked from A, B and C", "women who were
    recruited from A and B"): the countries are the homelands they were taken from, so their
    nationalities, not places of the story (drugs "trafficked from A and B" name no people)."""
    before = lower[max(floor, verb - _MOVED_SPAN):verb]
    return any(w in _THEM or is_people(w) for w in before)


#: Words that end a clause: a relative clause that reaches one is no subject's
_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "and", "but", "while"})
#: The most words a subject's relative clause may hold before the verb of origin
_RELATIVE_SPAN = 12


def relative_subject(lower: Sequence[str], last: int, floor: int, is_people: Callable[[str], bool]) -> bool:
    """True where the words before the verb of origin (ending at ``last``) are a people noun and a
    relative clause with no comma: "the Ruritanians who were held in the camps are from A, B and
    C". The clause only says which people; they are the subject, so the list is their homelands."""
    k = last
    while k > floor and last - k < _RELATIVE_SPAN and lower[k] not in _CLAUSE_BREAKS:
        if lower[k] in {"who", "that"} and is_people(lower[k - 1]):
            return True
        k -= 1
    return False


def hailed_from(lower: Sequence[str], start: int, floor: int) -> bool:
    """True where the country at ``start`` follows a people noun and "hailing from" ("27 people
    hailing from Sri Lanka"): a verb that only ever tells where people are from, so one country is
    enough (unlike "came from", which may tell where they travelled from)."""
    k = start - 1 - (start - 1 > floor and lower[start - 1] == "the")
    return k - 2 >= floor and lower[k] == "from" and lower[k - 1] in _HAILING


def rest_from(lower: Sequence[str], start: int, floor: int) -> bool:
    """True where the country at ``start`` follows "the rest (are) from" or "the remainder (were)
    from": the part of a group left after a breakdown ("40 of the deportees were Atlanteans, with
    the rest from Ruritania"), so even one country names their nationality."""
    k = start - 1 - (start - 1 > floor and lower[start - 1] == "the")
    if k - 2 < floor or lower[k] != "from":
        return False
    k -= 1 + (lower[k - 1] in _ORIGIN_VERBS)
    return k - 1 >= floor and lower[k] in {"rest", "remainder"} and lower[k - 1] == "the"


def remainder_part(lower: Sequence[str], start: int, floor: int) -> bool:
    """True where the list at ``start`` names the part of a counted group left after a breakdown:
    "(40 were Atlanteans,) the rest were Ruritanians", "(and) the rest Ruritanians", "the others are from A and B", "Other
    nationalities included A and B". Such a list has no count of its own, but its people are of
    the group broken down, so they share that group's act."""
    k = start - 1 - (start - 1 > floor and lower[start - 1] == "the")  # ("from the Philippines")
    k -= k > floor and lower[k] == "from"
    if k - 1 >= floor and lower[k] in {"rest", "remainder"} and lower[k - 1] == "the":
        return True  # "25 were Atlanteans and the rest Ruritanians": the verb of the part before, left out
    if k - 2 < floor or lower[k] not in _PART_VERBS:
        return False
    head = lower[k - 1]
    if head in {"rest", "remainder"}:
        return lower[k - 2] == "the"
    return head == "others" or head == "nationalities" and lower[k - 2] == "other"


def partitive_act(lower: Sequence[str], floor: int, end: int) -> str:
    """The act whose people a partition in the sentence names ("40 of the (130) deportees"): the
    participle of the act, or "" where the sentence has none."""
    from scamgraph.loaders.news.governing import _EVENT_PEOPLE as people  # (governing imports this module's users)
    for k in range(floor, end - 1):
        if lower[k] == "of" and lower[k + 1] == "the":
            j = k + 2 + (k + 2 < end - 1 and lower[k + 2][:1].isdigit())
            if j < end and lower[j] in people:
                return people[lower[j]]
    return ""


def among_the_told(lower: Sequence[str], end: int, stop: int) -> bool:
    """True where the list of countries ending at ``end`` is followed by "were among them" ("Nationals
    from A, B and C were among them"): the origins of some of the people told before."""
    return lower[end:min(stop, end + 3)] in (["were", "among", "them"], ["are", "among", "them"],
                                             ["were", "among", "those"], ["are", "among", "those"])


def counted_came_from(lower: Sequence[str], like_num: Sequence[bool], start: int, floor: int) -> bool:
    """True where the country at ``start`` follows a bare number and "came from" at the head of a
    clause ("Of them, 30 were from Atlantis, five came from Ruritania"): a part of a breakdown of
    people told before, whose nationality the country names (the count reader takes the same
    words as that part's nationality), where "Five workers came from Ruritania" may be a journey."""
    k = start - 1 - (start - 1 > floor and lower[start - 1] == "the")
    if k - 2 < floor or lower[k] != "from" or lower[k - 1] not in {"came", "come"} or not like_num[k - 2]:
        return False
    return k - 3 < floor or lower[k - 3] in {",", ";", "and", "while", "whereas"}
