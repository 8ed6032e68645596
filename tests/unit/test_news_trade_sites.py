"""A name before "scam hub", "fraud compound" or "online casino" is the site's own name, and the
same words told again later without the head word are still that site, not a person."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_name_before_scam_hub_is_a_site_and_stays_one() -> None:
    batch = run("The army held a four-day sweep of the Teak Gate scam hub in Myawaddy. The recent raids on Teak Gate "
                "led to the detention of 610 foreigners, state media said.")
    assert "Teak Gate" in names(batch, Label.SITE)
    assert "Teak Gate" not in names(batch, Label.PERSON)
