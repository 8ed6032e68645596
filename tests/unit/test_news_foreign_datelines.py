"""A wire story filed from a foreign capital whose lead opens on another state's police or
authorities ("KUALA LUMPUR (Wire) -- Sri Lankan authorities arrested ...", "TAIPEI -- Police in
Peru arrested ...") is that state's story: a body named with no country is that state's, not the
dateline's. A statement "posted online on Wednesday" dates the telling, not the act."""

from scamgraph.loaders.news.datelines import dateline_country
from tests.unit.test_news_extraction import events, run


def test_a_lead_on_another_states_authorities() -> None:
    text = "Head\n\nKUALA LUMPUR, Oct 16 (Wire) -- Sri Lankan authorities arrested 12 foreigners in a hotel.\n"
    assert dateline_country(text) == "LK"


def test_a_lead_on_police_in_a_country() -> None:
    assert dateline_country("Head\n\nTAIPEI (Wire) -- Police in Peru arrested six Taiwanese in Lima.\n") == "PE"


def test_a_lead_on_the_datelines_own_police() -> None:
    assert dateline_country("Head\n\nBANGKOK -- Thai police arrested six Chinese in a raid.\n") == "TH"


def test_a_lead_that_names_a_place_of_the_datelines_country_stays_its_story() -> None:
    text = "Head\n\nVIENTIANE -- Chinese authorities chartered two planes at an airport in Vientiane, Laos.\n"
    assert dateline_country(text) == "LA"


def test_a_body_of_no_country_is_the_lead_states() -> None:
    found = run("KUALA LUMPUR, Oct 16 (Wire) -- Sri Lankan authorities arrested 12 foreigners after officers from "
                "the Provincial Criminal Investigation Unit raided a hotel in Lotown.\n")
    agencies = {n.name: n.properties.get("country") for n in found.nodes.values() if n.label.value == "Agency"}
    assert agencies.get("Provincial Criminal Investigation Unit") == "LK"


def test_a_statement_posted_online_dates_no_act() -> None:
    text = ("Police arrested eight foreigners after a raid on a guesthouse in Lotown on Tuesday. The group taken into "
            "custody includes six Peruvian men, according to a police statement posted online on Wednesday.\n")
    assert not any(key.endswith("2026-10-14") for key in events(run(text)))
