"""The rest of a group after a breakdown, told by where they are from ("with the rest from
Chile", "the rest are from A, B and C"), takes the act whose people the breakdown names
("40 of the deportees"), with no number of its own."""

from tests.unit.test_news_extraction import facts, run


def _deported(text: str) -> set[tuple[str, object]]:
    return {(f[2], f[3]) for f in facts(run(text)) if f[0] == "DEPORTED"}


def test_the_rest_from_one_country() -> None:
    text = ("Lima deported 90 foreigners on Monday. The ministry said 70 of the deportees were "
            "Bolivian nationals, with the rest from Chile.\n")
    assert _deported(text) == {("BO", 70), ("CL", None)}


def test_the_rest_from_a_list_of_countries() -> None:
    text = ("Lima deported 90 foreigners on Monday. Of the 90 deportees, 70 are Bolivians while the "
            "rest are from Chile, Ecuador and Brazil.\n")
    assert {("CL", None), ("EC", None), ("BR", None)} <= _deported(text)


def test_a_country_they_left_is_no_rest() -> None:
    text = "Lima deported 90 foreigners on Monday. Of the deportees, most had arrived from Chile.\n"
    assert ("CL", None) not in _deported(text)
