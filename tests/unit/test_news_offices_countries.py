"""A country after "of" that names whose office acted ("the embassies of X and Y", "the government
of X") says who did the event, not where it happened: no OCCURRED_AT from it (81). A place after
"of" that follows a place noun ("the province of X") is still the event's."""

from tests.unit.test_news_extraction import facts, run


def _places(text: str) -> set[str]:
    return {fact[2] for fact in facts(run(text)) if fact[0] == "OCCURRED_AT"}


def test_the_embassies_country_is_not_where_the_rescue_happened() -> None:
    found = _places("A Korean man was held in a compound for months. The embassies of Laos and Vietnam "
                    "rescued Mr. B on Friday through cooperation with the governments of Laos and Vietnam.")
    assert "Laos" not in found


def test_a_province_after_of_is_still_the_place() -> None:
    assert _places("Police rescued 12 workers in the province of Kampot on Friday.") == {"Kampot"}
