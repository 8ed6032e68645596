"""Words of coming and going that tell no officials' visit: "upon arrival" after the bodies that
helped the people who came (article 91), and "a visit visa", a kind of visa (audit page g07).
Tests in made-up words."""

from tests.unit.test_news_extraction import events, run


def _kinds(text: str) -> set[str]:
    return {key.split("@")[0] for key in events(run(text))}


def test_help_given_upon_arrival_is_no_visit() -> None:
    assert "visit" not in _kinds("The returnees were met by the Bureau of Immigration and the Department of Health upon arrival.")
    assert "visit" not in _kinds("They were questioned by the National Police on their arrival.")


def test_officials_arriving_still_make_a_visit() -> None:
    assert "visit" in _kinds("A delegation from the Ministry of Public Security arrived in Phnom Penh on Monday.")


def test_a_visit_visa_is_no_visit() -> None:
    assert "visit" not in _kinds("Brokers collected visit visa stamps from the Thai Embassy in Vientiane for the workers.")


def test_people_freed_by_a_body_arriving_home_make_no_visit_of_the_body() -> None:
    # (probes of Indian outlets, session 26: the body was the agent of the participle describing the people)
    batch = run("Thirty Kenyans rescued by the Kenyan Embassy arrived in Nairobi on Friday.")
    kinds = {n.properties.get("type") for n in batch.nodes.values() if n.label.value == "Event"}
    assert "visit" not in kinds and "repatriation" in kinds
