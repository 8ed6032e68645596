"""A body named bare before the story names it with its people's name ("the Immigration
Department ... the Atlantian Immigration Department") is one body, named the fuller way (of the
fuller names, the one of the bare body's own country). Sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _agencies(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.AGENCY}


def test_a_bare_body_named_later_with_its_people_is_one_body() -> None:
    text = ("The Immigration Department raided a building in Cyberjaya and held 40 Chinese. "
            "The Malaysian Immigration Department said the raid followed a tip.")
    assert _agencies(text) == {"Malaysian Immigration Department"}


def test_a_bare_body_joins_the_fuller_name_of_its_own_country() -> None:
    text = ("The Immigration Department raided a building in Cyberjaya and held 40 Chinese. "
            "The Malaysian Immigration Department and the Thai Immigration Department met on Monday.")
    assert _agencies(text) == {"Malaysian Immigration Department", "Thai Immigration Department"}


def test_a_bare_body_with_no_fuller_name_stays() -> None:
    text = "The Immigration Department raided a building in Cyberjaya and held 40 Chinese on Monday."
    assert _agencies(text) == {"Immigration Department"}
