"""A body's name that qualifies its meeting or its member states ("ahead of the ASEAN Summit",
"engage with the ASEAN Member States") names the gathering or the states, not the body acting in
the story; the body named on its own still is one. Sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_bodys_summit_names_no_body() -> None:
    batch = run("Soldiers cleared KK Park ahead of the ASEAN Summit, and 400 workers fled to Mae Sot.")
    assert "Association of Southeast Asian Nations" not in names(batch, Label.AGENCY)


def test_a_bodys_member_states_name_no_body() -> None:
    batch = run("'We will keep working with the ASEAN Member States,' the ministry said after 40 Filipinos were freed.")
    assert "Association of Southeast Asian Nations" not in names(batch, Label.AGENCY)


def test_the_body_on_its_own_is_still_named() -> None:
    batch = run("Governments should share intelligence through ASEAN after 40 Filipinos were freed in Poipet.")
    assert "Association of Southeast Asian Nations" in names(batch, Label.AGENCY)
