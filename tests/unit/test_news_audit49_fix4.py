"""Kinds found by the session-49 audits of real stories (US and UK action against scam-compound
networks; place names), each shown here on made-up words: citizenship held by named people, a
country's name before a noun that names no place, a town named with "City" or "Town" and a US
town with its state, and a landmark's name with a town inside it."""

from scamgraph.model import GraphBatch, Label
from tests.unit.test_news_extraction import facts, names, run


def _nationalities(batch: GraphBatch) -> set[str]:
    return {n.properties["iso2"] for n in batch.nodes.values() if n.label is Label.NATIONALITY}


# --- citizenship told as held, or as membership of a state ------------------------------------------


def test_citizenship_held_by_two_named_people_gives_each_their_nationalities() -> None:
    batch = run("Tan Weiming and Lin Baozhen hold Cambodian and Maltese citizenship. "
                "Tan Weiming also holds Macau citizenship.")
    told = facts(batch)
    for person in ("Tan Weiming", "Lin Baozhen"):
        assert ("HAS_NATIONALITY", person, "KH", None) in told
        assert ("HAS_NATIONALITY", person, "MT", None) in told
    assert ("HAS_NATIONALITY", "Tan Weiming", "MO", None) in told
    assert ("HAS_NATIONALITY", "Lin Baozhen", "MO", None) not in told
    assert "Macau" not in names(batch, Label.LOCATION)  # a city-state's people, no place of the story
    assert {"KH", "MT", "MO"} <= _nationalities(batch)
    # a state's citizenship spoken of as its institution is no one's
    law = run("Lin Baozhen said Vanuatu citizenship law lets buyers keep their names.")
    assert not any(f[0] == "HAS_NATIONALITY" for f in facts(law))


def test_citizenship_in_countries_told_in_a_who_clause_belongs_to_the_name_before_it() -> None:
    batch = run("Lin Baozhen, who is reported to hold citizenship in Malta and St Lucia, was among those "
                "sanctioned by the Treasury on Monday.")
    told = facts(batch)
    assert ("HAS_NATIONALITY", "Lin Baozhen", "MT", None) in told
    assert ("HAS_NATIONALITY", "Lin Baozhen", "LC", None) in told
    assert not {"Malta", "St Lucia", "Saint Lucia"} & names(batch, Label.LOCATION)
    # past an apposition and a first verb of the who-clause
    second = facts(run("Lin Baozhen, chair of the Amber Wren Group, who has built casinos in Phnom Penh and is "
                       "believed to hold citizenship in Grenada and Vanuatu, was sanctioned on Monday."))
    assert {("HAS_NATIONALITY", "Lin Baozhen", code, None) for code in ("GD", "VU")} <= second


def test_a_country_and_a_demonym_before_national_each_give_a_nationality() -> None:
    told = facts(run("Prosecutors charged Tan Weiming, 40, a UK and Lao national, with fraud on 2 May 2025."))
    assert ("HAS_NATIONALITY", "Tan Weiming", "GB", None) in told
    assert ("HAS_NATIONALITY", "Tan Weiming", "LA", None) in told
    # past an alias and an age
    aliased = facts(run("Prosecutors indicted Lin Baozhen, also known as Vince, 29, a UK and Thai national who "
                        "founded the Amber Wren Group."))
    assert ("HAS_NATIONALITY", "Lin Baozhen", "GB", None) in aliased


def test_a_dual_citizen_of_two_countries_and_a_citizen_of_one() -> None:
    told = facts(run("Tan Weiming, 52, a dual citizen of Malaysia and St. Kitts and Nevis, was detained on "
                     "2 May 2025."))
    assert ("HAS_NATIONALITY", "Tan Weiming", "MY", None) in told
    assert ("HAS_NATIONALITY", "Tan Weiming", "KN", None) in told
    batch = run("Lin Baozhen is a citizen of Malta.")
    assert ("HAS_NATIONALITY", "Lin Baozhen", "MT", None) in facts(batch)
    assert "Malta" not in names(batch, Label.LOCATION)



# --- a country's name before a noun of its allies or its court papers names no place -----------------


def test_a_country_before_its_allies_or_its_filings_is_no_place() -> None:
    assert "United States" not in names(run("Working with our US allies, the ministry froze the accounts of the "
                                            "Amber Wren Group."), Label.LOCATION)
    assert "United States" not in names(run("U.S. filings say the money bought yachts and jets."), Label.LOCATION)
    assert "United Kingdom" not in names(run("UK partners said the Amber Wren Group laundered the money."),
                                         Label.LOCATION)
    # (where the country is a place, it stays one)
    assert "United States" in names(run("The money was moved to the US in 2024."), Label.LOCATION)


# --- a town's own "City" or "Town", and a US town with its state -------------------------------------


def test_an_unknown_towns_city_or_town_is_kept_as_its_name() -> None:
    batch = run("Tan Weiming, a resident of Greyhaven City, was arrested on 5 May 2025.")
    assert "Greyhaven City" in names(batch, Label.LOCATION)
    assert "Greyhaven" not in names(batch, Label.LOCATION)
    # a "New Town" is a development's name, as a "New City" is
    project = run("Work has stopped at Palmview New Town, a housing scheme east of the river.")
    assert "Palmview New Town" in names(project, Label.SITE)
    assert "Palmview New" not in names(project, Label.LOCATION)
    # where the text names the town without the word too, the word was the administrative one
    both = run("About 40 Thais live around Lukai City. Police said 12 of them left the Lukai area on Monday.")
    assert "Lukai" in names(both, Label.LOCATION) and "Lukai City" not in names(both, Label.LOCATION)


def test_a_us_town_with_its_state_is_placed_in_the_state() -> None:
    told = facts(run("Police arrested Tan Weiming in Marrowdale, California, on 2 May 2025."))
    assert ("LOCATED_IN", "Marrowdale", "California", None) in told
    assert ("OCCURRED_AT", "arrest@2025-05-02", "Marrowdale", None) in told
    assert ("LOCATED_IN", "Austin", "Texas", None) in facts(run("Federal prosecutors in Austin, Texas, charged "
                                                                  "Lin Baozhen with fraud on 2 May 2025."))


# --- a named prison is one place, not the town in its name ------------------------------------------


def test_a_named_prison_is_one_place_and_not_its_town() -> None:
    batch = run("Guards moved Tan Weiming from Greyhaven Central Prison to a holding cell on 9 May 2025. "
                "Lin Baozhen was taken from Hanoi Remand Prison to the airport.")
    places = names(batch, Label.LOCATION)
    assert {"Greyhaven Central Prison", "Hanoi Remand Prison"} <= places
    assert "Hanoi" not in places



# --- a country that acts as a state on a written day, or owns a law ---------------------------------


def test_a_country_acting_on_a_written_day_or_owning_a_law_is_no_place() -> None:
    assert "United States" not in names(run("The United States on 14 October 2025 imposed sanctions on the Amber "
                                            "Wren Group."), Label.LOCATION)
    batch = run("Police deported 20 Chinese nationals under Cambodia's immigration law on 5 July 2025.")
    assert "Cambodia" not in names(batch, Label.LOCATION)
    assert ("DEPORTED", "deportation@2025-07-05", "CN", 20) in facts(batch)
    # (the place the people were sent from stays a place)
    assert "Laos" in names(run("Police deported 30 Thai nationals from Laos on Monday."), Label.LOCATION)
