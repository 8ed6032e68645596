"""People counted, then described by a noun phrase set off by commas ("21 Bolivians, victims of a
job fraud, landed in Bolivia"), take the verb after it: a landing in their own country is their
return home. People freed and taken to a country that is not one of the peoples the story tells
("21 Bolivian workers were freed and brought to Peru") were taken on their way, not home. In a
story with no publication date, a month written without its year a few weeks after the latest day
written with one is in that day's year ("On 3 October 2024 ... By mid-November ...")."""

from datetime import date

from scamgraph.loaders.dates import find_dates
from tests.unit.test_news_extraction import events, facts, run


def _of(text: str, rel: str) -> set[tuple[str, str, object]]:
    return {(f[1], f[2], f[3]) for f in facts(run(text)) if f[0] == rel}


def test_a_landing_home_past_an_apposition_is_a_return() -> None:
    text = "Some 21 Bolivian nationals, victims of a job fraud, landed in Bolivia on Monday.\n"
    assert _of(text, "REPATRIATED") == {("repatriation@2026-10-12", "BO", 21)}
    assert not _of("Some 21 Bolivian nationals, victims of a job fraud, landed in Peru on Monday.\n", "REPATRIATED")


def test_a_landing_home_past_a_relative_clause_is_a_return() -> None:
    text = "The 18 Bolivian nationals, who had been held in a compound in Myawaddy, landed in La Paz on Monday.\n"
    assert _of(text, "REPATRIATED") == {("repatriation@2026-10-12", "BO", 18)}
    assert not _of("The 18 Bolivian nationals, who had flown from La Paz, landed in Lima on Monday.\n", "REPATRIATED")


def test_freed_and_taken_to_another_peoples_country_is_no_return() -> None:
    assert "repatriation@2026-10-12" not in events(run(
        "On Monday the 21 Bolivian workers were freed and brought to Peru by road.\n"))
    assert _of("On Monday the 21 Bolivian workers were freed and returned to Bolivia.\n", "REPATRIATED") \
        == {("repatriation@2026-10-12", "BO", 21)}


def test_a_month_without_its_year_soon_after_the_latest_day_is_in_its_year() -> None:
    text = "On 3 October 2024 they were freed. By mid-November they were home."
    assert [d.value for d in find_dates(text, 0, None, anchor=date(2024, 10, 3))] == ["2024-10-03", "2024-11"]
    text = "They were recruited in May. On 3 October 2024 they were freed."
    assert [d.value for d in find_dates(text, 0, None, anchor=date(2024, 10, 3))] == ["2024-05", "2024-10-03"]


def test_people_freed_abroad_who_land_in_their_own_country_came_home() -> None:
    text = "Sixty Bolivians freed from scam centres in Myanmar landed in La Paz on Monday.\n"
    assert _of(text, "REPATRIATED") == {("repatriation@2026-10-12", "BO", 60)}
    assert ("rescue@", "Myanmar", None) in _of(text, "OCCURRED_AT")
    assert not {f for f in _of(text, "OCCURRED_AT") if f[0].startswith("rescue") and f[1] == "La Paz"}
    text = "84 Bolivians who were rescued from scam compounds in Myanmar arrived in La Paz on Monday.\n"
    assert _of(text, "REPATRIATED") == {("repatriation@2026-10-12", "BO", 84)}


def test_people_freed_abroad_who_land_in_another_country_are_on_their_way() -> None:
    text = "Twelve Bolivians rescued from Myawaddy arrived in Bangkok on Monday.\n"
    assert not _of(text, "REPATRIATED")
    assert not {f for f in _of(text, "OCCURRED_AT") if f[1] == "Bangkok"}
