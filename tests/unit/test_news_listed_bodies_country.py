"""A body listed beside a body of known country is of that country (audits 37m, 36c): "The joint operation
involved the National Police Agency of South Korea, the justice ministry, the intelligence service and
the foreign ministry" gives the justice ministry South Korea, never the country the story is set in."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def test_a_body_listed_beside_a_korean_body_is_korean() -> None:
    batch = run("PHNOM PENH - Cambodia deported 38 South Koreans on Friday. The joint government operation involved the "
                "Korean National Police Agency, the justice ministry, the National Intelligence Service and the foreign "
                "ministry.")
    countries = {n.name: n.properties.get("country") for n in batch.nodes.values() if n.label is Label.AGENCY}
    assert countries["Justice Ministry"] == "KR"
