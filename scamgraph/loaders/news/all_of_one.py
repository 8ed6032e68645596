"""People counted before, then said to be all of one nationality: "Police arrested 40 suspects.
... All the suspects were Pakistanis", "They were all Chinese nationals", "All of them are
Vietnamese". The sentence counts no one; it names the nationality of every person the last count
told, so that count's act gets the nationality with the whole number.

Kept narrow: the sentence (or the clause a speaker's "said" opens) must open on the people ("all",
"the suspects", "they", "all those arrested"), their copula and "all" around it, and exactly one
demonym that ends the phrase ("all Chinese nationals", not "all Chinese and Thai" nor "all
Chinese-run"). An act that already has a nationality for its people is left alone: the story
has told them another way."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

__all__ = ["MOSTLY", "all_of_one_nationality", "among_them", "clause_after_counts", "clause_openings", "peoples_of_them"]

#: Words that may name the people between "all" (or "the") and the copula: "all (of) (the) suspects",
#: "all those arrested", "the foreign nationals".
_PEOPLE_LEADS = frozenset({"of", "the", "those", "these", "them", "they", "suspects", "people", "individuals",
                           "arrested", "detained", "rescued", "deported", "repatriated", "detainees", "victims",
                           "workers", "men", "women", "persons", "foreigners", "accused", "arrestees", "nabbed",
                           "apprehended", "returnees", "deportees", "foreign", "nationals", "others", "members",
                           "gang", "syndicate"})
#: Copulas, and the adverbs a copula may carry before the demonym ("were also", "were reportedly").
_COPULAS = frozenset({"were", "are", "was", "is"})
_ADVERBS = frozenset({"also", "reportedly", "believed", "said", "to", "be", "found", "identified", "as"})
#: Verbs of telling after which the clause may open: "police said (that) all of them were ...".
_TELLING = frozenset({"said", "says", "added", "stated", "confirmed", "noted", "revealed"})
#: Words that may follow the demonym and end the phrase: "all Chinese (nationals | citizens) ..."
#: (Anything else, "all Chinese companies", names no people.)
_AFTER = frozenset({"nationals", "national", "citizens", "citizen", "people", "men", "women", "suspects", "workers",
                    ".", ",", ";", "who", "and", "aged", "between", "from", "while", "with", "\u201d", '"', "'"})
#: The most words read from the clause's opening to its copula.
_MOST_WORDS = 8
#: The longest aside read between the people and their copula, and the words that open a clause of
#: its own inside one (then the copula after it may be another clause's)
_LONGEST_ASIDE = 12
_ASIDE_CLAUSES = frozenset({"who", "whom", "which", "that", "whose", "while", "but", ";", ":"})


def all_of_one_nationality(lower: Sequence[str], doc: Doc, start: int, end: int) -> str:
    """The nationality code (``ent_id_``) where the sentence ``start:end`` says that the people
    told before are all of one nationality, else ""."""
    for opening in clause_openings(lower, start, end):
        code = _all_of(lower, doc, opening, end)
        if code:
            return code
    return ""


def clause_openings(lower: Sequence[str], start: int, end: int) -> list[int]:
    """Where the clause of the people may open: the sentence's start (past a quotation mark), and
    the word after a speaker's "said (that)"."""
    found = [start + (lower[start] in {"\u201c", '"', "'"} and start + 1 < end)]
    for k in range(start, min(end - 1, start + 14)):
        if lower[k] in _TELLING:
            found.append(k + 1 + (lower[k + 1] == "that"))
    return found


def _all_of(lower: Sequence[str], doc: Doc, k: int, end: int) -> str:
    """"All (of) (the) <people> <copula> (also) <demonym>", "<the people | they> <copula> all
    <demonym>" or "the <people>, all <demonym>," opening at ``k``: the demonym's code, else ""."""
    said_all = lower[k] == "all"
    j = k + said_all
    if not said_all and lower[k] not in {"the", "they", "these", "those"}:
        return ""
    while j < min(end, k + _MOST_WORDS) and lower[j] in _PEOPLE_LEADS:
        j += 1
    if not said_all and j > k + 1 and lower[j:j + 2] == [",", "all"] and j + 2 < end and doc[j + 2].ent_type_ == "NORP":
        return _one_demonym(lower, doc, j + 2, end, closing=",")  # "The suspects, all Malaysians, are aged ..."
    if j < end and lower[j] == "," and j > k + 1:
        j = _past_aside(lower, j, end)  # "The suspects, aged 20 to 45, were all Chinese nationals"
    if j >= end or lower[j] not in _COPULAS or j == k:
        return ""
    j += 1
    while j < end and lower[j] in _ADVERBS:
        j += 1
    if not said_all:
        if j >= end or lower[j] != "all":
            return ""  # ("They were Chinese": not said of all)
        j += 1
    return _one_demonym(lower, doc, j, end)


def _past_aside(lower: Sequence[str], comma: int, end: int) -> int:
    """The copula after an aside set off by commas right after the people ("the suspects, aged 20
    to 45, | were all ...", "the detainees, all in their twenties, | are all ..."): where the comma
    that closes it is followed by a copula, within a few words and with no clause of its own opening
    inside (a relative, a copula or a verb of telling: "the suspects, who were held there, were all"
    may say it of other people); else ``comma`` itself. (An aside that counts people, "20 men and
    three women", makes the sentence one of counts, which this reader does not see.)"""
    for m in range(comma + 1, min(end - 1, comma + _LONGEST_ASIDE)):
        if lower[m] in _ASIDE_CLAUSES or lower[m] in _COPULAS or lower[m] in _TELLING:
            return comma
        if lower[m] == "," and lower[m + 1] in _COPULAS:
            return m + 1
    return comma


def _one_demonym(lower: Sequence[str], doc: Doc, j: int, end: int, closing: str = "") -> str:
    """The code of the one demonym opening at ``j`` that ends the phrase (and the comma that closes
    an apposition, where ``closing`` asks for it), else ""."""
    if j >= end or doc[j].ent_type_ != "NORP" or doc[j].ent_iob_ != "B":
        return ""
    code = doc[j].ent_id_
    n = j + 1
    while n < end and doc[n].ent_iob_ == "I":
        n += 1
    if n < end and (lower[n] not in _AFTER or lower[n] == "and" and n + 1 < end and doc[n + 1].ent_type_ == "NORP"):
        return ""  # "all Chinese-run", "all Chinese and Thai": no one nationality of everyone
    if n < end and doc[n].idx == doc[n - 1].idx + len(doc[n - 1].text) and lower[n] not in {".", ",", ";"}:
        return ""  # ("Chinese-speaking": a word joined on)
    return code if not closing or lower[n:n + 1] == [closing] else ""


#: Verbs that tell what the people counted before were made up of, and the hedges after them
_MADE_UP_OF = frozenset({"included", "include", "includes", "comprised", "comprise", "comprises", "consisted",
                         "consists", "consist", "were", "are"})
MOSTLY = frozenset({"mainly", "mostly", "largely", "chiefly", "primarily", "predominantly"})


def among_them(lower: Sequence[str], doc: Doc, start: int, end: int) -> list[str]:
    """The nationality codes of peoples a sentence with no number puts among the people counted
    before: "Kyrgyz citizens were also among those freed", "Russians were among them", "Among those
    rescued were Kenyans and Ugandans"; else []."""
    words = lower[start:end]
    if "among" not in words or any(doc[k].like_num for k in range(start, end)):
        return []
    at = start + words.index("among")
    if at + 1 >= end or lower[at + 1] not in {"those", "them", "these"}:
        return []
    peoples = [doc[k] for k in range(start, end) if doc[k].ent_iob_ == "B" and doc[k].ent_type_ == "NORP"]
    if at == start:  # "Among those freed were Kenyans and Ugandans"
        be = next((k for k in range(at + 2, min(end, at + 5)) if lower[k] in {"were", "was"}), None)
        named = [t for t in peoples if be is not None and t.i > be]
    else:  # "Kyrgyz citizens were (also) among those freed"
        lead = [w for w in lower[start:at] if w not in {"also", "the"}]
        named = [t for t in peoples if t.i < at] if lead[-1:] in (["were"], ["was"]) else []
    codes: list[str] = []
    for t in named:
        if t.ent_id_ and t.ent_id_ not in codes:
            codes.append(t.ent_id_)
    return codes


def clause_after_counts(lower: Sequence[str], start: int, end: int, counted: int) -> int:
    """Where the clause after the sentence's last count opens past a semicolon ("By nationality, 212
    were Zorvanians and 88 Velmarans; | Kestrians were also among them"): a clause of its own, which
    ``among_them`` may read as a sentence; -1 where no semicolon follows the counts."""
    return next((k + 1 for k in range(end - 2, max(start, counted) - 1, -1) if lower[k] == ";"), -1)


def _peoples_follow(lower: Sequence[str], doc: Doc, k: int, end: int) -> bool:
    """The words from ``k`` (after "were") name peoples: a demonym, or "from", "all", "either",
    "both" or a noun of people before them ("were all Thais", "were either Thai or Lao nationals")."""
    while k < end and lower[k] in {"all", "either", "both", "people", "nationals", "citizens"}:
        k += 1
    return k < end and (doc[k].ent_type_ == "NORP" or lower[k] == "from")


def peoples_of_them(lower: Sequence[str], doc: Doc, start: int, end: int) -> list[str]:
    """The nationality codes where the sentence ``start:end`` tells, with no number, the peoples
    the people counted before were made of: "The group consists mainly of people from Nepal and
    Sri Lanka", "They included Nepalis and Sri Lankans", "The victims were mostly Chinese and
    Vietnamese", "All 95 detainees were Thai or Lao nationals"; else []. ("They were Chinese", with
    no hedge and one people, is left to ``all_of_one_nationality``, which needs "all".)"""
    k = start + (lower[start] in {"\u201c", '"', "'"} and start + 1 < end)
    if lower[k] not in {"the", "they", "all"}:
        return []
    j = k + 1
    while j < min(end, k + _MOST_WORDS) and (lower[j] in _PEOPLE_LEADS or lower[j] == "group"
                                             or lower[k] == "all" and doc[j].like_num):  # ("All 95 detainees were")
        j += 1
    if j >= end or lower[j] not in _MADE_UP_OF or j == k + 1 and lower[k] in {"the", "all"}:
        return []
    hedged = j + 1 < end and lower[j + 1] in MOSTLY
    if lower[j] in {"were", "are"} and not _peoples_follow(lower, doc, j + 1 + hedged, end):
        return []  # "They were paid to staff a fraud aimed at Thais and Koreans": no one's people
    codes: list[str] = []
    for n in range(j + 1, end):
        ent = doc[n]
        after_from = lower[n - 1] == "from" or lower[n - 1] in {"and", ","} and "from" in lower[j + 1:n]
        if ent.ent_iob_ == "B" and (ent.ent_type_ == "NORP" or ent.ent_type_ == "COUNTRY" and after_from) \
                and ent.ent_id_ not in codes:
            codes.append(ent.ent_id_)
    if lower[j] in {"were", "are"} and not hedged and len(codes) < 2:
        return []  # ("They were Chinese": one people said plainly may be of some of them; two or more name the mix)
    return codes
