"""One sending home told with two words ("sent back" in one place, "deported" in another) is one
act, named by its specific word; returns of other people, days or nationals stay acts of their own.
Made-up texts."""

from tests.unit.test_news_extraction import events, facts, run


def sending_home(text: str) -> list[str]:
    return sorted(key for key in events(run(text)) if key.split("@")[0] in {"deportation", "extradition", "repatriation"})


def test_a_plain_return_of_the_people_deported_is_the_deportation() -> None:
    batch = run("Ninety Vietnamese nationals were sent home from Kandal. Cambodian immigration police deported "
                "90 Vietnamese nationals after a raid on a fraud compound, an official said.")
    assert [key for key in events(batch) if not key.startswith("raid")] == ["deportation@"]
    assert ("DEPORTED", "deportation@", "VN", 90) in facts(batch)


def test_a_return_in_the_month_of_an_extradition_is_that_extradition() -> None:
    told = "Police flew home 61 extradited suspects from Laos in May 2024 over a phone fraud ring."
    batch = run(told)
    assert sending_home(told) == ["extradition@2024-05"]
    assert events(batch)["extradition@2024-05"]["count_extradited"] == 61


def test_returns_of_other_people_or_days_stay_their_own() -> None:
    assert sending_home("Thailand deported 40 Chinese nationals on Monday. Myanmar repatriated 25 of its citizens "
                        "on Friday.") == ["deportation@2026-10-12", "repatriation@2026-10-09"]
    assert sending_home("Malaysia deported 40 Chinese nationals. Indonesia also repatriated 25 of its own "
                        "citizens.") == ["deportation@", "repatriation@"]


def test_a_dated_return_and_an_undated_deportation_of_as_many_people_are_one_deportation_on_that_date() -> None:
    told = ("The 64 Chinese nationals were repatriated in 2019 under a mutual assistance law, the minister said. "
            "He said the process ensured that the 64 Chinese nationals were deported from Suva back home.")
    assert sending_home(told) == ["deportation@2019"]
    assert ("DEPORTED", "deportation@2019", "CN", 64) in facts(run(told))


def test_a_dated_return_and_an_undated_deportation_of_other_numbers_stay_two_acts() -> None:
    told = ("The 64 Chinese nationals were repatriated in 2019, the minister said. "
            "He said 20 Chinese nationals were deported from Suva last month.")
    assert len(sending_home(told)) == 2
