"""Organizations and scam types (session 52, the Organization and ScamType entities read across all
open real stories), each construction shown on made-up words."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def _orgs(text: str) -> set[str]:
    return names(run(text), Label.ORGANIZATION)


def _scams(text: str) -> set[str]:
    return names(run(text), Label.SCAM_TYPE)


def test_a_name_before_a_lower_case_gang_noun_is_the_gangs() -> None:
    assert "Red Heron" in _orgs("Police in Varno arrested two members of the Red Heron syndicate on Friday.")
    assert "Kestrel" in _orgs("Two men said to belong to the notorious ‘Kestrel’ gang were deported on Friday.")
    # a demonym or a town before the noun names nobody's gang; nor does a sentence's capital
    assert not _orgs("A Zorvanian gang ran the villa, and police in Varno found 30 phones.")
    assert not _orgs("Police in Varno said a Chinese syndicate ran the villa.")
    assert not _orgs("Criminal gangs run the compounds, police in Varno said.")


def test_a_movement_or_a_chapter_named_before_its_noun_is_a_civic_group_running_no_scam() -> None:
    text = "Lawmaker and Silver Dawn movement leader Orla Pettigrew said six men were trafficked to Myawaddy."
    found = facts(run(text))
    assert "Silver Dawn" in names(run(text), Label.ORGANIZATION)
    assert ("LEADS", "Orla Pettigrew", "Silver Dawn", None) in found
    assert not any(rel == "ENGAGED_IN" and who == "Silver Dawn" for rel, who, _what, _count in found)
    assert "Varno Falcons" in _orgs("The embassy thanked the Varno Falcons chapter of Phnom Penh for food.")


def test_a_place_opening_an_airlines_name_before_its_flight_leaves_the_airline() -> None:
    text = "The fugitive was stopped at the airport while boarding a Penang Starline flight bound for Osaka."
    assert "Penang Starline" in _orgs(text)


def test_a_procedure_or_a_paper_defined_with_its_initials_is_no_organization() -> None:
    assert not _orgs("The 40 workers were screened under the National Victim Pathway Mechanism (NVPM) in Bangkok.")
    assert not _orgs("A man from Varno filed a Formal Crime Report (FCR) with the Varno police on May 2.")
    # a body defined with its initials stays one
    assert "Varno Rights Network" in _orgs("The Varno Rights Network (VRN) sheltered the workers.")


def test_victims_won_over_to_invest_tell_an_investment_fraud() -> None:
    assert "investment fraud" in _scams("Callers in Varno persuaded pensioners to invest small sums at first.")
    assert "investment fraud" in _scams("The gang deceived shopkeepers into investing in a fund that never existed.")
    # a neutral request to invest is no fraud
    assert "investment fraud" not in _scams("The minister urged foreign firms to invest in Varno's new port.")


def test_the_scam_tables_new_forms() -> None:
    assert "money laundering" in _scams("The ring moved the takings abroad and laundered them through shell firms.")
    assert "investment fraud" in _scams("The workers ran investment frauds from a villa in Varno.")
    assert "investment fraud" in _scams("The ring built online trading platforms that showed false gains.")
