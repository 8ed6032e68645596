"""Wording of enforcement releases (audit 36b): "the operation used a network of shell companies"
names the criminals' business, no raid; "bosses of the Canadian branch of a scam were arrested"
places the branch, and names no Canadians arrested; "X last week announced it had seized" tells X's own
seizure, as "X said on Monday it had seized" does; a person sanctioned "along with" a company is a
target too."""

from tests.unit.test_news_extraction import events, facts, run


def test_an_operation_that_used_shell_companies_is_no_raid() -> None:
    found = events(run("The operation used a network of shell companies to move the money, investigators said."))
    assert not any(name.startswith("raid") for name in found)


def test_the_branch_a_demonym_places_names_no_people() -> None:
    found = facts(run("Suspected bosses of the Canadian branch of a global crypto scam have been arrested at Toronto "
                      "airport, police said on Friday."))
    assert not any(f[0] == "ARRESTED" and f[2] == "CA" for f in found)


def test_a_body_that_announced_last_week_it_had_seized_did_the_seizure() -> None:
    found = facts(run("The Treasury last week announced it had seized a fake investment website run from a casino "
                      "in Laos."))
    assert any(f[0] == "CONDUCTED" and f[2].startswith("seizure") for f in found)


def test_a_person_sanctioned_along_with_a_company_is_a_target() -> None:
    found = facts(run("Today, OFAC sanctioned Redwave Servers Ltd., a Laos-based firm that hosts scam sites, along with "
                      "its director, Lim Boon Keat."))
    assert {f[2] for f in found if f[0] == "TARGETED"} >= {"Lim Boon Keat"}
