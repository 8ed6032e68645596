"""A ministry named with its field before the head word ("the Public Security Ministry") is the
one named with the field after "of" and the country's name at the end ("Ministry of Public
Security of China"): English writes one ministry both ways (audit 11: l03)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_the_field_first_form_is_the_ministry_named_with_its_country() -> None:
    batch = run("Cambodia sent 41 suspects to China on Monday, the Ministry of Public Security in Beijing said. "
                "The Public Security Ministry said they would be tried in Fuzhou.")
    agencies = names(batch, Label.AGENCY)
    assert "Ministry of Public Security of China" in agencies
    assert "Public Security Ministry" not in agencies
