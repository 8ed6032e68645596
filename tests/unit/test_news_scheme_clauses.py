"""A scheme "in operation since last September" tells how long the scheme ran: "in operation" is no
raid, and a date inside a relative clause about it ("that had been in operation since ...")
is the clause's, not the date of the indictment told after it (development text 202)."""

from datetime import date

from scamgraph.loaders.news import extract
from scamgraph.loaders.text import Article


def _events(text: str) -> dict[str, str]:
    batch = extract(Article(text=text, title="t", published=date(2020, 6, 3)))
    return {str(n.properties["type"]): str(n.properties.get("date", "")) for n in batch.nodes.values()
            if n.label.value == "Event"}


def test_a_scheme_in_operation_is_no_raid() -> None:
    assert "raid" not in _events("The call centre had been in operation for two years before it closed.")


def test_a_date_in_a_relative_clause_on_the_scheme_does_not_date_the_indictment() -> None:
    text = ("Forty suspects were indicted Wednesday in Taichung. They are said to have cheated retirees "
            "through a ring that was run from a rented villa since last November, the district office said, "
            "which indicted the 40 men.")
    assert _events(text) == {"charge": "2020-06-03"}
