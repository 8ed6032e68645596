"""A sentence that says what the act told before was refers to it (audits 37m, 37n): "Two chartered
flights brought back 85 fraud suspects from Laos on Saturday. This marks the first group of suspects
repatriated from Laos this year" is one return, dated Saturday, never a second one "this year"; so is
", marking the largest repatriation of fraud suspects" after a landing. "This was followed by a raid"
still tells another act."""

from tests.unit.test_news_extraction import events, run


def test_this_marks_tells_the_act_told_before() -> None:
    found = events(run("Two police-chartered flights brought back 85 fraud suspects from Laos on Saturday. This marks "
                       "the first group of suspects repatriated from Laos this year."))
    assert [k for k in found if k.startswith("repatriation")] == ["repatriation@2026-10-10"]


def test_this_was_followed_by_tells_another_act() -> None:
    found = events(run("Police raided a casino in Bavet on Monday. This was followed by a raid on a hotel in Poipet on "
                       "Wednesday."))
    assert {"raid@2026-10-12", "raid@2026-10-14"} <= set(found)  # (a guard)


def test_marking_the_largest_return_tells_the_return_told_before() -> None:
    found = events(run("A group of 47 South Koreans held in Laos was sent home Wednesday. A chartered flight arrived at "
                       "Gimhae International Airport after departing from Vientiane the previous day, marking the largest "
                       "repatriation of fraud suspects from one country."))
    assert [k for k in found if k.startswith("repatriation")] == ["repatriation@2026-10-14"]


def test_a_cleft_that_tells_the_day_tells_the_act() -> None:
    found = events(run("The station chief was relieved of duty. It was on June 6, 2025 when NBI agents raided a rented "
                       "bungalow in Barangay Pusok said to house a fraud ring."))
    assert any(k.startswith("raid@2025-06-06") for k in found)  # (a guard)
