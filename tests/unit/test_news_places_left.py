"""A tally by the place people were brought away from is no breakdown by nationality: in "910
citizens were brought back from Laos, 640 from Cambodia and 380 from Myanmar" the first "from"
hangs on a verb of bringing people away, and the items after it leave that verb out (grammar:
ellipsis in a list), so each "N from X" names a country left. "45 people from China, 30 from
Vietnam" and "foreigners from China, Vietnam" still name nationalities."""

from tests.unit.test_news_extraction import facts, run


def _nationalities(text: str) -> set[str]:
    return {f[2] for f in facts(run(text)) if f[0] in {"RESCUED", "REPATRIATED", "DEPORTED"}}


def test_counts_after_a_place_left_name_places_not_nationalities() -> None:
    for text in (("Official data showed 910 citizens were brought back from Laos, 640 from Cambodia, "
                  "and 380 from Myanmar last year."),
                 "The tally of rescued nationals includes 1,200 from Laos, 900 from Cambodia and 700 from Myanmar."):
        assert not {"LA", "KH", "MM"} & _nationalities(text), text


def test_people_from_a_country_in_a_list_are_still_of_that_nationality() -> None:
    assert {"CN", "VN"} <= _nationalities("Police repatriated 45 people from China, 30 from Vietnam on Monday.")
    assert {"KR", "MM"} <= _nationalities("The deportations involved 209 foreigners, including 73 from "
                                          "South Korea and 136 from Myanmar.")
    assert {"CN", "VN"} <= _nationalities("The rescued workers include 97 foreigners from China, "
                                          "Vietnam and Laos.")
