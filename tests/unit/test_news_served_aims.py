"""An act named as what a step is for ("sent officials to assist in the return of 40 workers",
"to expedite deportations, the embassy will ...", "held for questioning and to assist in
investigations") is an aim, not a happening (audit pages a40, b23, i19, l03; article 109). A step
told in the simple past ("worked with the police to secure the release of 20 ... on Monday") tells
the aim reached, and its act stays an event."""

from tests.unit.test_news_extraction import events, run


def kinds(text: str) -> set[str]:
    return {key.split("@")[0] for key in events(run(text))}


def test_a_team_sent_to_assist_in_a_return_tells_no_repatriation() -> None:
    text = "The labour ministry has sent a team to Laos to assist in the repatriation of 40 Nepali workers."
    assert "repatriation" not in kinds(text)


def test_an_aim_told_before_a_future_step_tells_no_deportation() -> None:
    assert "deportation" not in kinds("To expedite deportations, the consulate will work with the Lao police.")


def test_coordinated_acts_after_the_serving_verb_are_aims_too() -> None:
    text = "Missions abroad work with host states to facilitate the rescue and repatriation of stranded citizens."
    assert not {"rescue", "repatriation"} & kinds(text)


def test_people_held_to_assist_in_investigations_tell_no_investigation() -> None:
    assert "investigation" not in kinds("Twelve men are still held in Kampot to assist in investigations, police said.")


def test_a_step_in_the_simple_past_tells_the_act_done() -> None:
    text = "Embassy staff coordinated with the Thai police to secure the repatriation of 52 Kenyans on Monday."
    assert "repatriation" in kinds(text)


def test_an_act_told_plainly_stays_an_event() -> None:
    assert "repatriation" in kinds("The ministry repatriated 40 Nepali workers from Laos on Friday.")


def test_an_aim_given_a_day_of_its_own_is_an_act_set_for_then() -> None:
    text = "We are working with the Lao police to ensure the repatriation of our 30 workers on Friday, the ministry said."
    assert "repatriation" in kinds(text)
