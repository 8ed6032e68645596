"""Two peoples sharing one body's head word ("Atlantean and Cambodian police") are two bodies,
also when the second is a force the gazetteer knows under that form (the Cambodian police are
the Cambodian National Police): the first people's body is not lost. Sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_demonym_shares_the_head_of_a_known_force() -> None:
    batch = run("Chinese and Cambodian police have been working together against fraud rings in Bavet.")
    assert {"Chinese police", "Cambodian National Police"} <= names(batch, Label.AGENCY)


def test_unknown_forces_still_share_their_head() -> None:
    batch = run("Chinese and Laotian police detained 179 suspects in Bokeo over the past months.")
    assert {"Chinese police", "Laotian police"} <= names(batch, Label.AGENCY)
