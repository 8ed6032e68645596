"""A country that ends a phrase ("deported to Vietnam") and a demonym's body after a comma
("Cambodian officials said") are no list of bodies sharing a head: the country is a place, and
only the speaker is an agency. Made-up sentences (a probe of forms seen on 3 of 75 real pages)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_country_ending_a_phrase_before_a_speakers_body_is_a_place() -> None:
    batch = run("More than 900 people were deported to Vietnam, Cambodian officials said on Monday.")
    assert names(batch, Label.AGENCY) == {"Cambodian officials"}
    assert names(batch, Label.LOCATION) == {"Vietnam"}


def test_bodies_listed_with_a_comma_still_share_their_head() -> None:
    assert names(run("Chinese, Cambodian police raided the compound in Poipet on Monday."), Label.AGENCY) \
        == {"Chinese police", "Cambodian National Police"}
