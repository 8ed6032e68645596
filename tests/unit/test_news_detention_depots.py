"""A place named after custody ("the immigration detention depot", "detention cells") is a place,
not a detention: like "a deportation facility" or "a rescue centre" (a closed class of place
nouns after an event word; frozen 36, fresh5 104, audit pages k13 and b07)."""

from tests.unit.test_news_extraction import events, run


def test_people_still_in_a_detention_depot_make_no_detention_of_the_depot() -> None:
    found = events(run("Of the 40 Lao workers freed last month, 16 remain at the detention depot in Bangkok while "
                       "the others have flown home."))
    assert not any(key.startswith("detention") for key in found)


def test_suspects_to_be_kept_in_detention_cells_make_no_detention() -> None:
    found = events(run("The suspects will be questioned by prosecutors in Busan before being kept in detention "
                       "cells there."))
    assert not any(key.startswith("detention") for key in found)


def test_people_detained_by_police_are_still_a_detention() -> None:
    found = events(run("Police detained 16 Lao workers at a checkpoint near Bangkok on Monday."))
    assert any(key.startswith(("detention", "arrest")) for key in found)
