"""A body a country's possessive owns is that country's even where a people is named inside its
name ("Bolivia's Overseas Chinese Affairs Department"); a body whose name opens with a people
("Peru's Chinese Embassy") stays that people's."""

from tests.unit.test_news_extraction import run


def _countries(text: str) -> dict[str, object]:
    return {n.name: n.properties.get("country") for n in run(text).nodes.values() if n.label.value == "Agency"}


def test_a_possessive_owner_outranks_a_people_inside_the_name() -> None:
    assert _countries("The head of Bolivia's Overseas Chinese Affairs Department said 31 were freed.\n") \
        == {"Overseas Chinese Affairs Department": "BO"}
    assert _countries("Peru's Chinese Embassy said five men were freed.\n") == {"Chinese Embassy": "CN"}


def test_a_possessive_owner_outranks_the_known_body_of_that_name() -> None:
    # "Foreign Office" is the British ministry's short form; Kenya's is Kenya's, told again as itself
    text = "Kenya's Foreign Office said 40 Kenyans were freed. The Foreign Office added that they would fly home.\n"
    assert _countries(text) == {"Kenyan Foreign Office": "KE"}
    assert _countries("Britain's Foreign Office said 40 Britons were freed.\n") \
        == {"UK Foreign, Commonwealth and Development Office": "GB"}
