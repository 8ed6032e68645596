"""Names a title makes a person's: a title with its department right before the run ("Minister of
Foreign Affairs | Maria Santos"), a title set off by a comma right after it ("Santos Reyes,
spokesperson for ..."), and a title with its body's name run into the holder's name ("Prince Group
Chairman | Chen Zhi", "Director of the Immigration Bureau | Lim Wei Jie", "the Deputy Director of
the Immigration Police Department, | Soutchai Inthongxay"). Kept apart from cues.py, which reads
the other words around a run that make it a person."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.nlp.doc_view import DocView, name_cased
from scamgraph.loaders.nlp.vocabulary import HONORIFICS, NAME_PARTICLES, RANK_WORDS, honorific_at

__all__ = ["body_then_name", "titled", "titled_after", "titled_by_a_body"]


def titled_after(view: DocView, end: int) -> bool:
    """A title set off by a comma right after the run, past a parenthesis ("Liang Wen-bo (梁文博),
    director-general of ...", "Santos Reyes, spokesperson for ..."): the run names its holder."""
    k = end
    if k < len(view.words) and view.words[k] == "(" and ")" in view.words[k:k + 8]:
        k = view.words.index(")", k) + 1
    return k + 1 < len(view.words) and view.words[k] == "," and view.label_at(k + 1) == "ROLE"


def titled(view: DocView, start: int) -> bool:
    """A title with its department comes right before: "Minister of Foreign Affairs |Maria Santos"."""
    k, seen_of = start - 1, False
    while k >= 0 and (view.cap[k] or view.lower[k] in {"of", "for"}) and view.label_at(k) != "ROLE":
        seen_of = seen_of or view.lower[k] in {"of", "for"}
        k -= 1
    return seen_of and k >= 0 and view.label_at(k) == "ROLE"


def body_then_name(view: DocView, start: int, end: int) -> int | None:
    """"Spokesman for the Presidential Palace | Kang Yu-jung", "Director of the Immigration Bureau |
    Lim Wei Jie": after a title and "of"/"for", a body's name ending in a head word runs into the
    name of the one who holds the title. Where the body ends, or None."""
    k = start - 1
    if k >= 0 and view.lower[k] == "the":
        k -= 1
    if not (k >= 1 and view.lower[k] in {"of", "for"} and view.label_at(k - 1) == "ROLE"):
        return None
    heads = gz.heads()
    rest = range(end - 2, end)
    for h in range(end - 3, start, -1):
        rest = range(h + 1, end)
        if view.lower[h] in heads or " ".join(view.lower[h - 1:h + 1]) in heads:
            break
    else:
        return None
    named = [i for i in rest if view.words[i] != "-"]
    if not 2 <= len(named) <= 4 or any(view.lower[i] in heads or i in view.owner for i in rest) \
            or not all(view.words[i][:1].isupper() or view.words[i - 1] == "-" for i in named):
        return None
    return rest.start


def body_role_name(view: DocView, start: int, end: int) -> tuple[int, int] | None:
    """"Prince Group Chairman | Chen Zhi", "SpaceX Vice President | Lauren Dreyer", "BI Intelligence
    Chief | Fortunato Manahan Jr.": a body's name (ending in a head word, holding an acronym or a
    mid-word capital, or one or two title-case words of a title), a role, then two to four title-case
    words no entity owns: where the role starts and where the name starts after it (and after a rank
    or a courtesy title), or None."""
    heads = gz.heads()
    owner = view.owner  # (the roles inside the run, in order, without walking every entity of the document)
    roles = [e for k in range(start + 1, end - 1) if (e := owner.get(k)) is not None
             and e.start == k and e.label_ == "ROLE" and e.end + 2 <= end]
    for role in roles:
        first = role.end + 1 if view.lower[role.end] in RANK_WORDS and end - role.end > 2 else role.end
        while first < end - 2 and honorific_at(view.lower, first):
            first += 1  # "Deputy Director | U | Kyaw Kyaw Than": the courtesy title is no part of the name
        rest = [k for k in range(first, end) if view.words[k] != "-"]
        bodied = view.lower[role.start - 1] in heads or role.start - start <= 2 \
            or any(_body_word(view.words[k]) or view.lower[k] in heads for k in range(start, role.start))  # ("Department of Foreign Affairs | Undersecretary")
        if bodied and 2 <= len(rest) <= 4 and view.words[rest[0]].istitle() and all(
                (name_cased(view.words[k]) or view.lower[k] in NAME_PARTICLES  # ("Korir Sing'oei")
                 or view.words[k - 1] == "-" and view.words[k].isalpha()  # ("Huang Ling-yu": a given name's second part)
                 or k == rest[-1] and k > rest[1] and view.words[k] in _GENERATIONS)  # ("Ramon Reyes III")
                and _free_or_a_town(view, k)
                and view.lower[k] not in heads for k in rest):
            return _title_chain_start(view, start, role.start), first
    return None


#: A name's last word that tells its generation: "Juan Reyes III" is one man
_GENERATIONS = frozenset({"II", "III", "IV", "V", "Jr", "Jr.", "Sr", "Sr."})
#: A force's word before a rank: "Police Major General", "Pol Col"
_FORCE_WORDS = frozenset({"police", "pol", "pol.", "army", "navy"})


def _title_chain_start(view: DocView, floor: int, k: int) -> int:
    """Where a chain of titles that ends with the role at ``k`` begins: "Zorvania CIDG | Director
    Police Major | Gen. Juan Reyes": the rank ("Police Major") and the post before it ("Director")
    are the person's, not words of the body's name."""
    while k - 1 > floor:
        before = view.lower[k - 1]
        if before in RANK_WORDS or before in _FORCE_WORDS and view.lower[k] in RANK_WORDS:
            k -= 1
            continue
        role = view.owner.get(k - 1)
        if role is not None and role.label_ == "ROLE" and role.end == k and role.start > floor \
                and k < len(view.lower) and view.lower[k] in _FORCE_WORDS | RANK_WORDS:
            k = role.start  # ("Director | Police Major Gen.": the post before the rank)
            continue
        break
    return k


def _free_or_a_town(view: DocView, k: int) -> bool:
    """No entity owns word ``k``, or only a town's name does ("Ramon", "Santos"): after a title,
    such a word is a name's part, as "arrested Rodel Santos" already reads."""
    owner = view.owner.get(k)
    return owner is None or owner.label_ == "PLACE" and owner.id_.split("|")[1:2] == ["city"]



def _body_word(word: str) -> bool:
    """An acronym ("BI Intelligence Chief") or a capital inside a word ("SpaceX Vice President"):
    a body's name before a title, never a person's."""
    return len(word) >= 2 and word.isalpha() and (word.isupper() or any(c.isupper() for c in word[1:]))


def titled_by_a_body(view: DocView, runs: list[tuple[int, int]]) -> list[Span]:
    """People named after a title and its body, read once the bodies are decided: "the Deputy
    Director of the Immigration Police Department, | Soutchai Inthongxay"."""
    found = []
    for start, end in runs:
        names = [view.words[k] for k in range(start, end) if view.words[k] != "-"]
        if start > 0 and view.words[start - 1] == "," and 2 <= len(names) <= 4 and all(w.istitle() for w in names) \
                and not any(k in view.owner for k in range(start, end)) and _titled_body_before(view, start - 1):
            found.append(view.make(start, end, "PERSON", ""))
    return found


def _titled_body_before(view: DocView, comma: int) -> bool:
    """A title and its body end at ``comma``: "<role> of (the) <agency or organization>,"."""
    body = view.owner.get(comma - 1)
    if body is None or body.label_ not in {"AGENCY", "ORG"} or body.end != comma:
        return False
    k = body.start - 1
    if k >= 0 and view.lower[k] == "the":
        k -= 1
    return k >= 1 and view.lower[k] in {"of", "for", "at"} and view.label_at(k - 1) == "ROLE"
