"""A town's own last word: "Greyhaven City", "Marrow Town". Administrative words after a name are
dropped (the guidelines' settled convention 4: "Nam Dinh Ward" is Nam Dinh), and "City" after a
town the gazetteer knows is that town ("Pasay City" is Pasay); but where nobody listed the name,
"City" or "Town" may be the only word that makes it a town's: "Greyhaven City" is its name, and
"Greyhaven" alone names nothing. So an unknown name keeps the word, unless the text names the town
without it somewhere else too ("Around Lukai City ... 41 people in the Lukai area": the word was
the administrative one). A "New Town", like a "New City", is a development project's name (a
site), not a town's."""

from __future__ import annotations

from scamgraph.loaders.nlp.doc_view import DocView

__all__ = ["TOWN_WORDS", "town_named_with_its_word"]

#: Capitalized last words that may be a town's own: "Greyhaven City", "Marrow Town"
TOWN_WORDS = frozenset({"city", "town"})


def town_named_with_its_word(view: DocView, start: int, end: int) -> tuple[str, str] | None:
    """The label and id of the unknown name ``[start, end)`` kept whole, where it ends in "City"
    or "Town" and the text nowhere names the part before that word alone: a town ("PLACE"), or a
    project ("SITE") where "New" stands before the word; None where the word may be dropped."""
    if end - start < 2 or view.lower[end - 1] not in TOWN_WORDS or not view.words[end - 1].istitle():
        return None
    head = view.lower[start:end - 1]
    size = len(head)
    for k in range(len(view.lower) - size + 1):
        if k != start and view.lower[k:k + size] == head and view.words[k][:1].isupper() \
                and view.lower[k + size:k + size + 1] != [view.lower[end - 1]]:
            return None  # "... in the Lukai area": the town named without the word
    if view.lower[end - 2] == "new" and end - start >= 3:
        return "SITE", ""  # "Palmview New Town", as "X New City" is
    return "PLACE", f"{view.doc[start:end].text}|city|"
