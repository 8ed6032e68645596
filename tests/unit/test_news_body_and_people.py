"""A people's name after "and" with lower-case words after it is no portfolio of a ministry:
"the Ministry of Foreign Affairs and Thai consular staff" names the ministry, not
a "Ministry of Foreign Affairs and Thai" (grammar: a ministry's portfolios are capitalized
nouns). A portfolio in capitals after "and" still belongs to the name."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _agencies(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.AGENCY}


def test_a_people_after_and_ends_the_body() -> None:
    agencies = _agencies("Officials said the Ministry of Foreign Affairs and Thai consular staff in "
                         "Laos have worked with Lao police.")
    assert not [a for a in agencies if a.endswith("Thai")]
    assert [a for a in agencies if a.startswith("Ministry of Foreign Affairs")]


def test_a_portfolio_after_and_stays_in_the_name() -> None:
    agencies = _agencies("The Ministry of Labour and Vocational Training said 30 workers returned on Monday.")
    assert "Ministry of Labour and Vocational Training" in agencies
