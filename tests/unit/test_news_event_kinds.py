"""The type of an event told by a phrase whose words point elsewhere: people freed from forced work
and put in "protective custody" are rescued, not detained (articles 77 and 136); crowds that fled
over a border or a river escaped, and a verb that makes them flee ("caused thousands to flee") tells
a flight that happened (76, 138), while a lone fugitive crossing a border does not; an inquiry that
only opens a sentence as the way a finding came about is no investigation of its own (52, 107);
"seizing power" takes no goods. Tests in made-up words."""

from tests.unit.test_news_extraction import events, facts, run


def _kinds(text: str) -> set[str]:
    return {key.split("@")[0] for key in events(run(text))}


def test_protective_custody_is_a_rescue_with_its_count() -> None:
    batch = run("Nine Laotian nationals were placed under protective custody by Lao police in "
                "Luang Namtha after a tip from relatives.")
    assert "detention@" not in events(batch)
    assert ("RESCUED", "rescue@", "LA", 9) in facts(batch)


def test_plain_custody_stays_a_detention() -> None:
    kinds = _kinds("Nine Laotian nationals were taken into custody by Lao police on Tuesday.")
    assert "detention" in kinds
    assert "rescue" not in kinds


def test_a_crowd_fleeing_over_a_river_escaped() -> None:
    assert "escape" in _kinds("On Friday scores of Malagasy and Peruvian labourers fled over the Salween River "
                              "away from the Golden Fern estate.")


def test_people_made_to_flee_over_the_frontier_escaped() -> None:
    assert "escape" in _kinds("Heavy shelling of the estate caused thousands of captive staff to flee across the "
                              "frontier into Laos.")


def test_others_fleeing_by_crossing_the_border_escaped() -> None:
    assert "escape" in _kinds("Soldiers drove one group to the town in vans; dozens fled by crossing the border "
                              "on foot.")


def test_a_fugitive_fleeing_across_the_border_is_no_escape() -> None:
    assert "escape" not in _kinds("The gang leader, Orlan Vesk, fled across the border into Laos in March.")


def test_a_day_or_a_year_before_a_fugitive_counts_no_crowd() -> None:
    assert "escape" not in _kinds("In 2023, the cashier fled across the border into Laos.")
    assert "escape" not in _kinds("On 12 May, Orlan Vesk fled across the border into Laos.")


def test_a_number_of_people_fleeing_across_the_river_escaped() -> None:
    assert "escape" in _kinds("About 300 Chinese fled across the river into Laos on Friday.")


def test_a_flight_only_tried_is_still_no_escape() -> None:
    assert "escape" not in _kinds("Forty workers tried to flee across the river but were caught by guards.")


def test_an_opening_inquiry_is_no_investigation() -> None:
    assert "investigation" not in _kinds("On investigation, the agents located 23 Bolivian men hiding in a "
                                         "warehouse in Vientiane.")
    assert "investigation" not in _kinds("After a thorough inquiry, five of the 30 Chileans proved to be members "
                                         "of the ring.")


def test_an_inquiry_with_its_own_subject_stays() -> None:
    assert "investigation" in _kinds("Police in Davao launched an investigation into the Harbour Star hotel on Monday.")


def test_seizing_power_is_no_seizure() -> None:
    assert "seizure" not in _kinds("The generals, who have been shunned since seizing power in 2021, "
                                   "seized control of the town last week.")
