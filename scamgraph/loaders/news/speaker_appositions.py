"""Bodies named inside a speaker's apposition: "Jane Roe, deputy head of the Harbour Bureau, Ministry of
Ports, said ..." (a made-up example). The body after the role says whom the speaker works for; the
words that follow ("Ministry of Ports, said") close the speaker's apposition, not the body's own, so
the body announces nothing: the person speaks. So too when the role and its body come first and the
name is set off after them ("The director of the Harbour Bureau, Jane Roe, said ...")."""

from __future__ import annotations

from spacy.tokens import Span

__all__ = ["in_speakers_apposition", "speaker_after_role"]

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


def speaker_after_role(lower: list[str], words: list[str], ent: Span, ents: list[Span],
                       role_tokens: set[int]) -> Span | None:
    """The person set off by commas right after the agency, when the agency comes after "<role> of
    (the)" and the words after the person's closing comma speak: "The director of the Harbour
    Bureau, (Colonel) Jane Roe, said ...". The person is the speaker and the body their employer;
    None when the sentence is not so."""
    k = ent.start - 1
    if k > 0 and lower[k] == "the":
        k -= 1
    if k < 1 or lower[k] != "of" or (k - 1) not in role_tokens or ent.end >= len(words) or words[ent.end] != ",":
        return None
    person = next((e for e in ents if e.label_ == "PERSON" and ent.end < e.start <= ent.end + 4), None)
    if person is None or person.end + 1 >= len(words) or words[person.end] != "," \
            or not all(t in role_tokens or words[t][:1].isupper() for t in range(ent.end + 1, person.start)):
        return None
    return person if lower[person.end + 1] in _SPEAKING else None


#: Verbs of a speaker after the name set off behind a body: "The head of X, Y, said"
_SPEAKING = frozenset({"said", "says", "announced", "told", "stated", "confirmed", "disclosed", "revealed",
                       "reported", "explained", "added", "noted"})
