"""A body listed beside a body of known country is of that country (audit 37m): "The combined operation
drew on staff from the Korean National Police Agency, the justice ministry and the coast guard" gives
the justice ministry South Korea, never the country the story is set in."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def test_a_body_listed_beside_a_korean_body_is_korean() -> None:
    batch = run("PHNOM PENH - Cambodia deported 38 South Koreans on Friday. The combined operation drew on staff from the "
                "Korean National Police Agency, the justice ministry and the coast guard.")
    countries = {n.name: n.properties.get("country") for n in batch.nodes.values() if n.label is Label.AGENCY}
    assert countries["Justice Ministry"] == "KR"
