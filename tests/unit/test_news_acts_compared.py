"""An act measured against another of its kind ("the largest expulsion since 2019", "the last
expulsion of that size was in 2019, when 30 were sent home") is two acts: the one told, which the
comparison's date never dates, and the earlier one, which keeps its own day, people and kind."""

from scamgraph.loaders.news.timing import compared_since
from scamgraph.loaders.dates import find_dates
from tests.unit.test_news_extraction import PUBLISHED, events, facts, run

_TOLD = ("The immigration office said it deported 62 Bolivian fugitives in what it called the "
         "largest expulsion of Bolivians since 2019.")
_BEFORE = " The director noted that the last deportation on such a scale took place in 2019, when 30 Bolivians were sent home.\n"


def test_a_superlatives_since_date_dates_no_act() -> None:
    found = events(run(_TOLD + "\n"))
    assert "deportation@" in found
    assert not any(key.startswith("deportation@2019") for key in found)


def test_since_without_a_comparison_still_gives_the_period() -> None:
    text = "Police have arrested 40 Bolivians since 2019."
    (mention,) = find_dates(text, 0, PUBLISHED)
    assert not compared_since(mention, text)
    text = "It was the first such raid in the province since 2019."
    (mention,) = find_dates(text, 0, PUBLISHED)
    assert compared_since(mention, text)


def test_the_last_act_of_its_kind_is_another_one_with_its_own_people() -> None:
    found = facts(run(_TOLD + _BEFORE))
    assert ("DEPORTED", "deportation@", "BO", 62) in found
    assert ("DEPORTED", "deportation@2019", "BO", 30) in found  # ("sent home" in a deportation's telling)
    assert not any(f[0] == "REPATRIATED" for f in found)


def test_a_count_inside_a_clause_on_one_of_them_is_not_a_part_of_them() -> None:
    text = ("Police deported 62 Bolivians on Monday, October 12. Among those deported was a man whose gang "
            "emptied the accounts of about 300 victims and transferred the money abroad.\n")
    found = events(run(text))
    assert list(found) == ["deportation@2026-10-12"]
    assert found["deportation@2026-10-12"]["count_deported"] == 62


def test_a_second_verb_of_the_doer_after_a_count_is_not_the_counts() -> None:
    text = "A gang that emptied the accounts of about 300 victims and transferred the money abroad was broken up.\n"
    assert not any(key.startswith("deportation") for key in events(run(text)))
