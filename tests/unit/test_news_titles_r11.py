"""Titles and the names around them: a body whose head word opens its name ("Department of ...")
before a title and a person's name is three things, not one agency; a title after an article
("the Foreign Minister") is a common noun, nobody's name; a university is an organization, and
"academic" is a researcher's title before a name."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def test_a_body_named_head_first_then_a_title_then_a_name_is_split() -> None:
    batch = run("\"They were moved again,\" Department of Labour Affairs Undersecretary Maria Dela Pena told reporters.")
    assert "Maria Dela Pena" in names(batch, Label.PERSON)
    assert "Department of Labour Affairs" in names(batch, Label.AGENCY)
    assert ("WORKS_FOR", "Maria Dela Pena", "Department of Labour Affairs") in {f[:3] for f in facts(batch)}


def test_a_body_named_without_a_title_stays_whole() -> None:
    batch = run("The Department of Labour Affairs said the workers would be sent home.")
    assert names(batch, Label.AGENCY) == {"Department of Labour Affairs"}
    assert names(batch, Label.PERSON) == set()


def test_a_title_after_the_names_nobody() -> None:
    batch = run("The spokesman said the Foreign Minister had asked the embassy to help the workers.")
    assert names(batch, Label.PERSON) == set()


def test_a_title_before_a_name_still_names_the_person() -> None:
    batch = run("Foreign Minister Rafael Lantaka said the workers would be sent home.")
    assert "Rafael Lantaka" in names(batch, Label.PERSON)


def test_a_university_is_an_organization_and_its_academic_a_person() -> None:
    batch = run("\"The trade is growing,\" said University of Adelaide academic Mara Kovacs, who studies scams.")
    assert "University of Adelaide" in names(batch, Label.ORGANIZATION)
    assert "Mara Kovacs" in names(batch, Label.PERSON)
    assert "University of Adelaide" not in names(batch, Label.PERSON)


def test_a_body_then_a_rank_and_a_name_end_before_and() -> None:
    batch = run("Guests at the meeting included the Deputy Commander of the Royal Thai Armed Forces Lieutenant General Somkid Chanyut "
                "and Lao officials.")
    assert "Somkid Chanyut" in names(batch, Label.PERSON)
    assert "Royal Thai Armed Forces" in names(batch, Label.AGENCY)


def test_a_bodys_name_with_of_still_takes_and() -> None:
    batch = run("The Ministry of Labour and Vocational Training said the workers were safe.")
    assert "Ministry of Labour and Vocational Training" in names(batch, Label.AGENCY)


def test_a_ministry_named_with_its_portfolios_is_one_agency() -> None:
    batch = run("The workers were received by the Ministry of Labour, Migration and Skills Development on Friday.")
    assert "Ministry of Labour, Migration and Skills Development" in names(batch, Label.AGENCY)


def test_a_ministry_then_places_after_a_comma_is_no_longer_name() -> None:
    batch = run("Officials of the Ministry of Interior, Thailand and Cambodia met on Friday.")
    assert "Ministry of Interior" in names(batch, Label.AGENCY)


def test_a_ministry_then_another_body_after_a_comma_stays_two() -> None:
    batch = run("The Ministry of Justice, Immigration Bureau and police met on Friday.")
    assert {"Ministry of Justice", "Immigration Bureau"} <= names(batch, Label.AGENCY)


def test_a_name_after_an_ambassadors_posting_is_a_person() -> None:
    batch = run("The talks were joined by Indian Ambassador to Thailand Rohan Mehra and his delegation.")
    assert "Rohan Mehra" in names(batch, Label.PERSON)


def test_his_excellency_before_a_name_is_no_part_of_it() -> None:
    batch = run("The talks were joined by Indian Ambassador to Laos H.E. Mr. Rohan Mehra and his delegation.")
    assert "Rohan Mehra" in names(batch, Label.PERSON)


def test_a_countrys_possessive_body_is_named_by_its_demonym() -> None:
    batch = run("Thailand's military said it found the office. The Thai military later sealed the building.")
    assert names(batch, Label.AGENCY) == {"Thai military"}


def test_a_country_written_before_a_body_without_a_possessive_stays_as_written() -> None:
    batch = run("US authorities charged the two men on Monday.")
    assert "US authorities" in names(batch, Label.AGENCY)


def test_the_bureaus_role_names_a_body_whose_head_opens_its_name() -> None:
    batch = run("The Bureau of Immigration deported 40 people on Monday. \"We will not allow it,\" "
                "Jaime Castro, the bureau's commissioner, said.")
    assert ("WORKS_FOR", "Jaime Castro", "Philippine Bureau of Immigration") in {f[:3] for f in facts(batch)} \
        or ("WORKS_FOR", "Jaime Castro", "Bureau of Immigration") in {f[:3] for f in facts(batch)}


def test_the_bureaus_role_with_two_bureaus_named_gives_no_employer() -> None:
    batch = run("The Bureau of Immigration and the Bureau of Customs met on Monday. "
                "Jaime Castro, the bureau's commissioner, said so.")
    assert not [f for f in facts(batch) if f[0] == "WORKS_FOR" and f[1] == "Jaime Castro"]


def test_a_known_bodys_acronym_in_another_countrys_story_is_the_same_body() -> None:
    batch = run("MANILA - The Department of Justice (DOJ) said 40 victims were rescued. The DOJ said charges would follow.")
    assert names(batch, Label.AGENCY) == {"Department of Justice"}


def test_the_un_office_on_drugs_and_crime_is_the_unodc() -> None:
    batch = run("The UN Office on Drugs and Crime (UNODC) said scams grew in Cambodia.")
    assert names(batch, Label.AGENCY) == {"United Nations Office on Drugs and Crime"}
