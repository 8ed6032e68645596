"""When a demonym beside a person's name is not that person's nationality.

A demonym in a title or an apposition usually says whose citizen the person is ("Chinese national
X", "X, a Lotlandic businessman"). Some constructions say something else, and a nationality read
from them would be a fact the text never states:

- a hyphened compound with a lower-case second half ("X, a Lotlandic-born tycoon", "the
  Lotlandic-speaking manager X", "Lotlandic-origin financier X"): where the person was born, what
  they speak or whose a thing is, not the state they belong to (as "of Lotlandic descent" is not);
  nor do two demonyms a hyphen joins ("a Lotlandic-Borduric businessman"), which tell a mixed or
  ethnic origin rather than whose citizen the person is ("a Lotlandic-Borduric national" does);
- a membership once held ("X, a former Lotlandic citizen"): no longer the person's;
- a demonym the apposition puts after a preposition ("X, the leader of a Lotlandic gang", "X, a
  recruiter for a Lotlandic agency", "X, the wife of Lotlandic tycoon Y") or inside a clause of its
  own verb ("X, a researcher who studies Lotlandic gangs"): it describes what the preposition or
  the verb governs, a body or another person, not X. A partitive keeps the person among the people
  it names ("X, one of the Lotlandic suspects"), "of Lotlandic nationality" still says X's own,
  and so does a clause of being or holding ("X, who is a Lotlandic national", "who holds ...").

Nor does a demonym's phrase that is itself the apposition of the name before ("X, a Lotlandic
citizen, Y, a Borduric national, and Z"): it is X's, not a group Y is named out of.

Bodies in an apposition are likewise someone else's where the apposition names the person by kin
("X, the son of a Lotland Police general", "X, the wife of Harbour Bureau chief Y": the general's
and Y's employer, not X's) or names the body as the agent of a participle ("X, a suspect wanted by
the Lotland Police": the police want X, they do not employ X; "employed by", "hired by" still do).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from scamgraph.loaders.nlp.vocabulary import FORMER_WORDS

#: Words after two joined demonyms that make them citizenships ("a Lotlandic-Borduric national")
_CITIZENSHIP_NOUNS = frozenset({"dual", "national", "nationals", "citizen", "citizens"})
_HYPHENS = frozenset({"-", "\u2013"})
#: Prepositions that open a phrase of another thing inside an apposition ("the head of a ... gang")
_PREPOSITIONS = frozenset({"of", "for", "at", "with", "to", "from", "in", "by", "on", "under", "behind"})
#: Words that open a relative clause, whose own verb the demonym may follow
_RELATIVES = frozenset({"who", "which", "that"})
#: Verbs (and adverbs before them) of a clause that still tells the person's membership ("who is a ...")
_BEING_OR_HOLDING = frozenset({"is", "was", "are", "were", "became", "becomes", "holds", "held", "has", "had",
                               "also", "reportedly", "allegedly"})
#: Words before "of" that make it partitive: the person is one of the people named after it
_PARTITIVES = frozenset({"one", "two", "three", "four", "five", "some", "several", "many", "most", "each", "both",
                         "all", "none", "either", "neither"})
#: Nouns after a demonym that still tell the person's own membership ("of Lotlandic nationality")
_OWN_MEMBERSHIP = frozenset({"nationality", "citizenship"})


def not_a_membership(piece: Span, words: Sequence[str], lower: Sequence[str]) -> bool:
    """The demonym ``piece`` opens a hyphened compound with a lower-case second half
    ("Lotlandic-born", "Lotlandic-speaking"), is one of two demonyms a hyphen joins ("a
    Lotlandic-Borduric tycoon": a mixed or ethnic origin, which citizenship news leaves unsaid,
    unless a word of citizenship follows), or a word of a post once held stands right before it
    ("a former Lotlandic citizen")."""
    k = piece.end
    compound = k + 1 < len(words) and words[k] in _HYPHENS and words[k + 1].isalpha() and words[k + 1].islower()
    return compound or _paired_demonym(piece, words) or piece.start > 0 and lower[piece.start - 1] in FORMER_WORDS


def _paired_demonym(piece: Span, words: Sequence[str]) -> bool:
    """Another demonym joined to ``piece`` by a hyphen on either side, with no word of citizenship
    after the pair ("a Lotlandic-Borduric national", "... dual citizen": both states, as written)."""
    doc, k = piece.doc, piece.end
    after = k + 1 < len(words) and words[k] in _HYPHENS and doc[k + 1].ent_type_ == "NORP"
    before = piece.start > 1 and words[piece.start - 1] in _HYPHENS and doc[piece.start - 2].ent_type_ == "NORP"
    if not (after or before):
        return False
    end = k + 2 if after else k
    while end < len(doc) and doc[end].ent_type_ == "NORP" and doc[end].ent_iob_ == "I":
        end += 1
    return not (end < len(words) and words[end].lower() in _CITIZENSHIP_NOUNS)


def describes_another(piece: Span, name_end: int, lower: Sequence[str]) -> bool:
    """The demonym ``piece``, in the apposition after a name ending at ``name_end``, stands after a
    preposition of that apposition or in a relative clause of another verb, so it describes what
    the preposition or the verb governs, not the person."""
    if piece.start < name_end:
        return False  # a title before the name ("Lotlandic national X") is the person's own
    if lower[piece.end:piece.end + 1] and lower[piece.end] in _OWN_MEMBERSHIP:
        return False  # "X, 34, of Lotlandic nationality"
    between = lower[name_end:piece.start]
    for i, word in enumerate(between):
        if word in _RELATIVES and i + 1 < len(between) and between[i + 1] not in _BEING_OR_HOLDING:
            return True  # "X, a researcher who studies Lotlandic gangs": the clause's object
        if word not in _PREPOSITIONS:
            continue
        if word == "of" and i > 0 and between[i - 1] in _PARTITIVES:
            continue  # "X, one of the Lotlandic suspects": still one of them
        return True
    return False


def apposed_to_a_name(doc: Doc, k: int, floor: int) -> bool:
    """The phrase of the demonym ending at ``k`` ("a Lotlandic citizen") is itself the apposition of
    a name right before it ("X, | a Lotlandic citizen, | Y, ..."): it describes that person, not a
    group the next name is one of."""
    j = k
    while j > floor and doc[j - 1].ent_type_ == "NORP":
        j -= 1
    if j > floor and doc[j - 1].lower_ in {"a", "an", "the"}:
        j -= 1
    return j - 1 > floor and doc[j - 1].text == "," and doc[j - 2].ent_type_ == "PERSON"


#: Family kin whose "of" makes the rest of an apposition the kin's ("X, the son of a police general")
_FAMILY = frozenset({"wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "nephew", "niece",
                     "cousin", "relative", "girlfriend", "boyfriend", "widow", "widower", "grandson", "granddaughter",
                     "uncle", "aunt", "fiancee", "fiancé", "fiancée", "stepson", "stepdaughter"})
#: Nouns of one a body acted against, whose "of" makes the body no employer nor group of the person's
_SUFFERED_BY = frozenset({"victim", "victims", "survivor", "survivors", "target", "targets", "hostage", "hostages",
                          "captive", "captives", "critic", "critics", "rival", "rivals", "opponent", "opponents"})
#: Participles whose agent after "by" is the person's employer still ("a clerk employed by the X")
_EMPLOYING = frozenset({"employed", "hired", "appointed", "engaged", "retained", "contracted", "recruited", "seconded"})


def someone_elses_body(body: Span, name_end: int, lower: Sequence[str]) -> bool:
    """The body ``body`` in the apposition after a name ending at ``name_end`` belongs to someone the
    apposition names by kin ("the son of a ... general"), acted against the person ("a victim of
    the Y gang"), or is the agent of a participle that does not employ ("wanted by the X")."""
    if body.start < name_end:
        return False
    between = lower[name_end:body.start]
    kin = any(word == "of" and i > 0 and (between[i - 1] in _FAMILY or between[i - 1] in _SUFFERED_BY)
              for i, word in enumerate(between))
    agent = any(word == "by" and i > 0 and between[i - 1].endswith("ed") and between[i - 1] not in _EMPLOYING
                for i, word in enumerate(between))
    return kin or agent
