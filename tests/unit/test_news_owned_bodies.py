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
