"""A person's family name told alone after the full name is no town: "NBI Director Jaime B.
Santiago said ..." and later "Santiago said" names the director again, not the city in Chile. A
one-word town whose word ends or opens the name of a person of the same document (a Chinese name
puts the family name first: audit 14, o19), and whose country the document names nowhere else (no
other place, country or people of it), is dropped. A sentence that opens with "She" or "He" and a
one-word town right after it names a person whose family name is the pronoun's word ("She Zhijiang
was extradited"): a pronoun is never followed by a place's name and then a verb or a comma. And a
one-word place that closes a run of capitalized words opened by a known family name ("Tran Thi
Chin", "Kaw Yin Chin") is the last word of that person's name, not Myanmar's Chin State."""

from __future__ import annotations

from spacy.tokens import Span

from scamgraph import gazetteer as gz
from scamgraph.loaders.nlp.doc_view import DocView

__all__ = ["names_ending_in_a_place", "names_opening_with_a_place", "pronoun_surnames", "surnames_as_places"]

#: Family names that are English pronouns too (both on the Chinese list of ``gazetteer/surnames.tsv``)
_PRONOUN_NAMES = frozenset({"She", "He"})


def surnames_as_places(ents: list[Span]) -> set[Span]:
    """The one-word towns in ``ents`` (a document's entities) that are a named person's family name."""
    # (the first word too: a Chinese name puts the family name first, "Liang X ... Liang said")
    family = {w.text for e in ents if e.label_ == "PERSON" and len(e) >= 2 for w in (e[0], e[-1])}
    if not family:
        return set()
    towns = [e for e in ents if e.label_ == "PLACE" and len(e) == 1 and e.text in family]
    if not towns:
        return set()
    return {t for t in towns if not _country_named_elsewhere(t, ents)}


def _country_named_elsewhere(town: Span, ents: list[Span]) -> bool:
    """Another place, a country or a people of the town's country is named in the document."""
    code = town.id_.split("|")[-1]
    if not code:
        return False
    return any(e is not town and e.text != town.text and e.label_ in {"PLACE", "COUNTRY", "NORP"}
               and e.id_.split("|")[-1] == code for e in ents)


def pronoun_surnames(view: DocView) -> list[Span]:
    """People whose name the gazetteer read as a pronoun and a town: "She Zhijiang, 42, was ...",
    "She Zhijiang was ...", at a sentence's start (elsewhere the name finder reads the name whole).
    The town is one word, and a comma or a lower-case word follows it."""
    found = []
    for e in view.ents:
        k = e.start - 1
        if e.label_ != "PLACE" or len(e) != 1 or k < 0 or view.words[k] not in _PRONOUN_NAMES or not view.starts[k]:
            continue
        after = view.words[e.end] if e.end < len(view.words) else ""
        if after == "," or after[:1].islower():
            found.append(view.make(k, e.end, "PERSON", ""))
    return found


def names_ending_in_a_place(view: DocView) -> list[Span]:
    """People whose name's last word the gazetteer read as a one-word place: "Tran Thi Chin, 29,",
    "handed over X and Kaw Yin Chin to": two capitalized words that no entity holds, one
    of them a family name the gazetteer knows, right before the place, with no capitalized
    word before them and a comma, "and", "to" or a lower-case word after the place."""
    found = []
    for e in view.ents:
        if e.label_ != "PLACE" or len(e) != 1:
            continue
        start = e.start
        while start > e.start - 2 and start - 1 >= 0 and _bare_capitalized(view, start - 1):
            start -= 1
        if start != e.start - 2 or all(w not in gz.surnames() for w in view.words[start:e.start]):
            continue
        if start > 0 and not view.starts[start] and view.words[start - 1][:1].isupper():
            continue  # ("Yangon Region Chin": a longer capitalized run, read as it was)
        after = view.words[e.end] if e.end < len(view.words) else ""
        if after in {",", "and", "to"} or after[:1].islower():
            found.append(view.make(start, e.end, "PERSON", ""))
    return found


def names_opening_with_a_place(view: DocView) -> list[Span]:
    """People whose given name the gazetteer read as a one-word place: "its directors, Marietta
    Wanjohi Kamau and ...", "the accused, Savannah Otieno Obiero, 30,": a place of one word
    followed by exactly two capitalized words that no entity holds, the first no family name the
    gazetteer knows (a family name right after a place opens a name of its own, as Chinese names
    do); a noun of people, a role or a word of naming at most four words before the place
    (``_after_people_word``); no capitalized word before the place, which opens no sentence; and a
    comma, "and", "to", a dash or a bracket right after the name. A lower-case word after the two
    words leaves them to the place ("Marietta Wanjohi compound": a place's name running on), and
    a place kind or a body's word among them keeps the place ("Marietta Province")."""
    found = []
    for e in view.ents:
        if e.label_ not in {"PLACE", "COUNTRY"} or len(e) != 1 or not e.text.isalpha() or view.starts[e.start]:
            continue  # (a sentence's first word may open a headline's capitals: "Laos Expels Forty")
        if e.start > 0 and view.words[e.start - 1][:1].isupper() or not _after_people_word(view, e.start):
            continue  # (a longer capitalized run: read as it was; a place with no people told before it)
        end = e.end
        while end < e.end + 3 and end < len(view.words) and _bare_capitalized(view, end) and _name_word(view, end):
            end += 1
        if end - e.end != 2 or view.words[e.end] in gz.surnames():
            continue  # ("the Kokang Bai family", "Yunnan Wei Huairen": a place, then a family name of its own)
        after = view.words[end] if end < len(view.words) else ""
        if after in _NAME_ENDS:
            found.append(view.make(e.start, end, "PERSON", ""))
    return found


#: Marks that close a person's name in running text (a lower-case word may go on a place's name)
_NAME_ENDS = frozenset({",", "and", "to", "\u2014", "\u2013", "-", ")", "(", ".", ";", ":"})


#: Words that introduce a person's name without being a role: "a man named ...", "identified as ..."
_NAMING = frozenset({"named", "identified", "as", "called"})


def _after_people_word(view: DocView, k: int) -> bool:
    """A noun of people or a role ("its directors", "the accused", "suspects"), or a word of naming
    ("named", "identified as"), stands within the four words before ``k`` in its sentence: the
    capitalized words there are told as people's names (a place named with no people before it
    is left as it was read)."""
    j = k - 1
    while j >= 0 and j >= k - 4:
        word = view.lower[j]
        if word in _NAMING or word in gz.people_nouns() or word in gz.roles() or word.rstrip("s") in gz.roles():
            return True
        if view.starts[j]:
            break
        j -= 1
    return False


def _name_word(view: DocView, k: int) -> bool:
    """A word that may stand in a person's name: title case (no acronym), and no kind of place or
    body ("Province", "Police") that would make the run a place's or a body's name."""
    word, lower = view.words[k], view.lower[k]
    return not view.starts[k] and word[1:].islower() and lower not in gz.place_kinds() \
        and lower not in gz.agency_words() and lower not in gz.site_heads()


def _bare_capitalized(view: DocView, k: int) -> bool:
    return k not in view.owner and view.words[k].isalpha() and view.words[k][:1].isupper() and not view.starts[k + 1] \
        if k + 1 < len(view.words) else False
