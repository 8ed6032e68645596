"""Bodies named inside a speaker's apposition: "Jane Roe, deputy head of the Harbour Bureau, Ministry of
Ports, said ..." (a made-up example). The body after the role says whom the speaker works for; the
words that follow ("Ministry of Ports, said") close the speaker's apposition, not the body's own, so
the body announces nothing: the person speaks."""

from __future__ import annotations

from spacy.tokens import Span

__all__ = ["in_speakers_apposition"]

#: Words that may stand between a speaker's comma and the body inside the role phrase
_JOINERS = frozenset({"of", "the", "and", "at", ","})
#: The furthest a body stands from the speaker's name
_REACH = 12


def in_speakers_apposition(lower: list[str], words: list[str], ent: Span, ents: list[Span],
                           role_tokens: set[int]) -> bool:
    """The agency comes right after "of (the)" or "at (the)" and a role, and the role opens with a
    comma right after a person's name ("X, director of the Y"): the agency is the person's employer."""
    k = ent.start - 1
    if k > 0 and lower[k] == "the":
        k -= 1
    if k < 1 or lower[k] not in {"of", "at"} or (k - 1) not in role_tokens:
        return False
    for person in ents:
        if person.label_ != "PERSON" or person.end >= k or ent.start - person.end > _REACH:
            continue
        if words[person.end] != ",":
            continue
        between = range(person.end + 1, k)
        if all(t in role_tokens or lower[t] in _JOINERS or words[t][:1].isupper() for t in between):
            return True
    return False
