"""The day a report came out ("according to a report on Monday", "released a report on Tuesday
stating that ...") is when the act was told, not when it was done: like "said on Monday", it
leaves an act with no other day undated, and a day of the act's own still dates it.
Made-up texts, places and numbers."""

from datetime import date

from tests.unit.test_news_extraction import events, run

_PUBLISHED = date(2031, 5, 14)


def dated(text: str) -> dict[str, int | None]:
    return {key: props.get("count_arrested") for key, props in events(run(text, published=_PUBLISHED)).items()}


def test_a_report_day_after_the_act_leaves_it_undated() -> None:
    found = dated("Police in Velmora raided a villa and arrested 12 Ostravan nationals, "
                  "according to a news report on Monday in the Velmora Daily.")
    assert found == {"raid@": 12}


def test_a_report_released_on_a_day_leaves_the_act_it_tells_undated() -> None:
    found = dated("The task force released a report on Tuesday stating that its officers raided "
                  "a villa in Velmora and arrested 12 Ostravan nationals.")
    assert found == {"raid@": 12}


def test_the_acts_own_day_still_dates_it() -> None:
    found = dated("The task force said in a report on Tuesday that officers raided a villa in "
                  "Velmora on Sunday and arrested 12 Ostravan nationals.")
    assert found == {"raid@2031-05-11": 12}
