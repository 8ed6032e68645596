"""The words between a described site's preposition and its place. A writer often names the
place through a description of it ("an inn in the western province of Koh Kong", "a flat in the
Atlantean capital of Port Vey", "a hotel in the Riverside area of Lowtown"): the description says
what kind of place the name is, and the site lies in the place named after "of" (the annotators
write such a site "<head> in <place>"). A site inside a larger one that is itself only described
("a warehouse in an industrial estate in Port Vey") lies in the larger one's place."""

from __future__ import annotations

from spacy.tokens import Doc

from scamgraph import gazetteer as gz
from scamgraph.loaders.news.words import _UNNAMED_SITES

#: Nouns for a part or a kind of place that a description ends in before "of", beside the
#: gazetteer's place kinds ("the capital of", "the Riverside area of", "the tourist hub of")
_DESCRIBED_AS = frozenset({"capital", "area", "hub", "suburb", "suburbs", "outskirts", "edge", "heart", "centre", "center"})
#: Nouns of a description that the place's name may follow with no "of" ("the Atlantean capital Port Vey")
_APPOSED_AS = frozenset({"capital"})
#: The most words a description holds before its noun ("the | remote northern border | town of")
_REACH = 4
#: Words that may stand between a larger described site and its own preposition ("an estate | located in")
_PLACED_WORDS = frozenset({"located", "situated", "based"})


def past_host_site(lower: list[str], k: int, end: int) -> int:
    """Where the place starts after a larger site described at ``k`` ("a shed in | an industrial
    estate in | Port Vey"): past "a"/"an", a few lower-case words ending in a site's word, and
    its own "in" or "on"; ``k`` where no such site opens there. The larger site is no name, so
    the smaller one takes the place it is in (``<head> in <place>``)."""
    if k >= end or lower[k] not in {"a", "an"}:
        return k
    heads = gz.site_heads() | _UNNAMED_SITES
    for j in range(k + 1, min(end - 1, k + 1 + _REACH)):
        if not lower[j].isalpha():
            return k
        if lower[j] in heads or f"{lower[j - 1]} {lower[j]}" in heads:
            m = j + 1 + (lower[j + 1] in _PLACED_WORDS)
            return m + 1 if m < end - 1 and lower[m] in {"in", "on"} else k
    return k


def past_description(doc: Doc, lower: list[str], k: int, end: int) -> int:
    """Where the place starts after a description of it that opens at ``k`` ("the | southern
    province of | X", "the | Atlantean capital of | X"); ``k`` where no description opens there.
    A capital may be named right after its noun ("the Atlantean capital | Port Vey").
    The words before the description's noun are lower-case words and demonyms, and before "area"
    a name (a part of the town: "the Riverside area of Lowtown"; "the Kampot province of X" names
    its province, no description); nothing else is read past."""
    named = False
    for j in range(k, min(end - 2, k + _REACH + 1)):
        word = lower[j]
        if lower[j + 1] == "of" and (word in _DESCRIBED_AS or word in gz.place_kinds()):
            return j + 2 if not named or word == "area" else k
        if word in _APPOSED_AS and not named and (at := j + 1 + (lower[j + 1] == ",")) < end \
                and doc[at].ent_type_ == "PLACE" and doc[at].ent_iob_ == "B":
            return at  # "the Atlantean capital Port Vey", "the capital, Port Vey": the capital is named after it
        token = doc[j]
        if not (token.is_alpha or word == "-") or token.ent_type_ not in {"", "NORP", "PLACE"}:
            return k  # (a number, a comma, an agency: no description of a place)
        named = named or token.ent_type_ == "PLACE" or token.is_title and token.ent_type_ != "NORP"
    return k


def joined_head(lower: list[str], i: int) -> int:
    """Where the site that the site word at ``i`` ends starts to be named: "a hotel and resort in
    X" (two site words that share their article, one place of business) is the hotel in X, as
    its first word names it; ``i`` where no site word is joined before it ("a hotel and a resort"
    are two)."""
    return i - 2 if i >= 2 and lower[i - 1] == "and" and lower[i - 2] in _UNNAMED_SITES else i
