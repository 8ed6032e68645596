"""A thing handed over: "The case was handed over to the cyber crime division", "the devices were
handed to investigators". The passive's subject is a file or an object, not people, so the verb
tells no handover of anyone home or abroad (audit 18, page s14: a case passed to a police
division read as a repatriation the division took part in). A closed class of nouns of files and
objects as the subject right before the passive (one adjective may come between).

Its mirror: people "were handed fresh charges", "was handed a six-year term", a court "handed down
heavier penalties". The noun after the verb (the retained object of the passive, or the object of "handed
down") is a penalty or a writ that people receive, so no one is handed over either (audit 20,
page u07: the day and the count of a charge also made a repatriation of the people charged)."""

from __future__ import annotations

from collections.abc import Sequence

from scamgraph.loaders.numbers import number_words

#: Verbs of handing whose passive subject decides what was handed
_HANDING = frozenset({"handed", "turned", "transferred", "forwarded", "referred"})
#: Auxiliaries of the passive: "was | handed", "have been | handed"
_PASSIVE = frozenset({"was", "were", "been", "be", "is", "are"})
#: Files and objects: what is handed when they are the subject
_THINGS = frozenset({"case", "cases", "file", "files", "dossier", "dossiers", "documents", "evidence", "exhibits",
                     "devices", "phones", "computers", "laptops", "equipment", "items", "money", "cash", "funds",
                     "assets", "passports", "matter", "report", "reports", "complaint", "complaints"})


def a_thing_handed(lower: Sequence[str], i: int, start: int) -> bool:
    """Whether the verb at ``i`` is the passive of handing a thing ("the case was handed over")."""
    if lower[i] not in _HANDING or i - 2 < start or lower[i - 1] not in _PASSIVE:
        return False
    k = i - 2
    if lower[k] in {"been", "be"} and k - 1 >= start:
        k -= 1  # "has been | handed": the subject is before the auxiliary
    if lower[k] in {"has", "have", "had", "will", "would"} and k - 1 >= start:
        k -= 1
    if lower[k] not in _THINGS and not (k - 1 >= start and lower[k - 1] in _THINGS and lower[k].isalpha()):
        return False
    before = lower[max(start, k - 4):k]
    return "and" not in before and "with" not in before  # "the 40 suspects and the evidence were handed": people too


#: What a court or a prosecutor hands people: the object after "handed" that makes it no handover
_GIVEN = frozenset({"charge", "charges", "sentence", "sentences", "term", "terms", "fine", "fines", "penalty",
                    "penalties", "verdict", "verdicts", "notice", "notices", "summons", "indictment", "ban",
                    "bans", "order", "orders", "warning", "warnings", "punishment", "punishments"})
#: Words that may stand between the verb and that object: "handed down", "each", an article, a length
_BEFORE_GIVEN = frozenset({"down", "each", "a", "an", "the", "their", "his", "her", "jail", "prison", "harsher",
                           "heavy", "heavier", "lengthy", "death", "life", "suspended", "-", "year", "years",
                           "month", "months", "formal", "fresh", "new", "further", "additional"})


#: Lengths written out: "a ten-year sentence" splits into "ten", "-", "year"
_NUMBER_WORDS = number_words(1, 12) | {"fifteen", "twenty"}


def a_thing_given(lower: Sequence[str], i: int, end: int) -> bool:
    """Whether "handed" at ``i`` gives people a penalty or a writ ("were handed fresh charges",
    "handed down heavier penalties"): the first word after it that is neither a filler of
    ``_BEFORE_GIVEN`` nor a number is a noun of ``_GIVEN``; or hands over papers or things
    ("handed over family contact forms", "handed over the seized phones")."""
    if lower[i] != "handed":
        return False
    k = i + 1 + (lower[i + 1:i + 2] == ["over"])
    if k < end and (lower[k][:1] in _CURRENCY_SIGNS or lower[k] in _CASH):
        return True  # "handed over $90,000 in cash to a courier": money, no one handed over
    papers = next((w for w in lower[k:min(end, k + 4)] if w in _PAPERS or w in _THINGS), None)
    if papers is not None and all(w.isalpha() and w not in _PEOPLE_HANDED for w in lower[k:lower.index(papers, k)]):
        return True  # "the holdouts handed over family contact forms on November 14": papers, no one handed over
    for k in range(i + 1, min(end, i + 8)):
        word = lower[k]
        if word in _GIVEN:
            return True
        if word not in _BEFORE_GIVEN and not word.replace(",", "").isdigit() and word not in _NUMBER_WORDS:
            return False
    return False


#: What money handed over opens with: a currency sign, or a word for cash
_CURRENCY_SIGNS = frozenset("$€£¥₱₩฿")
_CASH = frozenset({"cash", "money", "gold", "funds", "jewellery", "jewelry", "valuables", "us$", "rm", "s$", "a$", "hk$"})
#: Papers that people or bodies hand over: "handed over family contact forms", "handed over the list"
_PAPERS = frozenset({"form", "forms", "details", "information", "data", "list", "lists", "letter", "letters",
                     "records", "papers", "statement", "statements", "petition", "petitions", "memorandum"})
#: Words of people, which end the search for papers: "handed over the suspects' files" hands the files,
#: "handed over 40 suspects" hands people
_PEOPLE_HANDED = frozenset({"suspects", "nationals", "citizens", "people", "victims", "workers", "foreigners"})


#: Money and what stands for it: "the money she had saved", "saved up their earnings"
_MONEY = frozenset({"money", "savings", "cash", "funds", "earnings", "wages", "salary", "income"})


def money_saved(lower: Sequence[str], j: int, start: int) -> bool:
    """"the money she had saved for a house", "saved up for the trip": "saved" keeps money, it rescues
    no one (development text 199: a count of one man became one rescued). The money
    noun heads a relative clause a few words before the verb, or follows it, or "up" does."""
    if lower[j] not in {"saved", "saving", "saves"}:
        return False
    after = lower[j + 1] if j + 1 < len(lower) else ""
    return after == "up" or after in _MONEY or any(w in _MONEY for w in lower[max(start, j - 4):j])
