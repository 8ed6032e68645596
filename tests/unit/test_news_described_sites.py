"""Sites the story describes rather than names that are no site of their own. A site told by nothing
finer than a country ("a scam hub in Laos") is none, whether or not the story also tells of towns or
sites inside that country (development texts 90, 124, 174). And a site described at a town in a
story that names one site and describes no other is that named site."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def _sites(text: str) -> set[str]:
    return names(run(text), Label.SITE)


def test_a_hub_in_a_country_beside_a_compound_in_one_of_its_towns_is_no_site() -> None:
    text = ("Forty workers freed from a scam hub in Laos. "
            "Police raided a compound in Bokeo on Monday and freed 40 workers.")
    batch = run(text)
    assert names(batch, Label.SITE) == {"compound in Bokeo"}
    assert not any("hub in Laos" in fact for fact in facts(batch))


def test_a_centre_in_a_country_beside_the_towns_the_raids_reached_is_no_site() -> None:
    text = ("Officers rescued 12 workers held by a gang running a scam centre in Cambodia. "
            "The raids took place in Kampot and Kep on Tuesday.")
    assert not any(site.endswith("in Cambodia") for site in _sites(text))


def test_a_centre_placed_only_in_a_country_is_no_site_even_alone() -> None:
    """A country places no building a reader could find, whether or not the story names finer
    places (most golds make no site of it)."""
    text = ("Police said the two men worked for a syndicate that ran a scam centre in Myanmar. "
            "One of them was arrested in Bangkok on Friday.")
    assert not any(site.endswith("in Myanmar") for site in _sites(text))


def test_a_described_hub_is_the_one_site_the_story_names() -> None:
    """"a raid on a hub in Kep ... the hub at the Orchid Tower": one place, described once and named
    once (development texts 123, 124, 138)."""
    text = ("Police raided a scam hub in Kep on Monday and arrested 30 workers. "
            "The hub was housed in the Orchid Tower, officers said.")
    batch = run(text)
    assert names(batch, Label.SITE) == {"Orchid Tower"}
    assert ("LOCATED_IN", "Orchid Tower", "Kep", None) in facts(batch)


def test_a_named_site_placed_elsewhere_is_another_site() -> None:
    text = ("Police raided a compound in Kep on Monday and arrested 30 workers. "
            "Last year officers searched KK Park in Myawaddy.")
    assert _sites(text) == {"compound in Kep", "KK Park"}


def test_call_centres_told_in_the_plural_are_one_described_site_in_their_places() -> None:
    batch = run("Police raided two call centres in Tbilisi on Monday. Officers also shut down fake call centers "
                "in Curitiba and Londrina.")
    sites = names(batch, Label.SITE)
    assert {"call centres in Tbilisi", "call centers in Curitiba and Londrina"} <= sites
    assert not [s for s in sites if s.startswith(("two ", "fake ", "down "))]


def test_a_site_named_after_its_word_is_that_site_with_its_number() -> None:
    batch = run("The 25 workers were tricked into working at a casino named Golden 99 in Bavet. Police raided "
                "a compound known as Jade Harbour in Poipet on Monday.")
    assert {"Golden 99", "Jade Harbour"} <= names(batch, Label.SITE)
    assert ("LOCATED_IN", "Golden 99", "Bavet") in {(e.type.value, batch.nodes[e.source].name, batch.nodes[e.target].name)
                                                    for e in batch.edges if e.source in batch.nodes and e.target in batch.nodes}



def test_a_name_set_off_by_commas_after_a_site_word_is_that_site_not_a_province_or_a_person() -> None:
    batch = run("Officers raided a ten-storey building, Blue Lotus, located at No. 4 Ajose Street, Lagos, on Tuesday. "
                "The workers were held at a compound in Laos, Bokeo Province, before. The head of the city, Ana Ruiz "
                "Pardo, said so.")
    sites = names(batch, Label.SITE)
    assert "Blue Lotus" in sites
    assert not {"Bokeo Province", "Ana Ruiz Pardo"} & sites
