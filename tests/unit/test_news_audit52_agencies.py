"""Audit 52, fixer agencies: a body's name that a page cut short breaks off in, the police joined
to another body by "and", and "the external affairs ministry" written in lower case (made-up
towns, people and numbers; real countries)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_body_name_the_page_breaks_off_in_is_no_agency() -> None:
    cut = run("Officers freed 14 Kenyans from a block in Dorvan on Monday.\n\n"
              "Mr Pell Aro said the ministry, together with the Bureau of Consular Serv")
    assert not any(name.startswith("Bureau of Consular") for name in names(cut, Label.AGENCY))
    alone = run("Officers freed 14 Kenyans from a block in Dorvan on Monday.\n\n"
                "The Second Bureau of the Northern District Fraud Prosecutor's Offi")
    assert not any("Prosecutor" in name for name in names(alone, Label.AGENCY))


def test_a_whole_body_name_ending_a_page_stays() -> None:
    for closing in ("The rescue was confirmed by the Bureau of Consular Services.",
                    "Source: Bureau of Consular Services",
                    "- Issued by the Bureau of Consular Services"):
        batch = run(f"Officers freed 14 Kenyans from a block in Dorvan on Monday.\n\n{closing}")
        assert "Bureau of Consular Services" in names(batch, Label.AGENCY), closing


def test_the_police_after_and_is_a_second_body() -> None:
    batch = run("A joint Customs Service and Police team searched a house in Merrow on Friday and "
                "arrested five Chinese nationals.")
    assert "Customs Service" in names(batch, Label.AGENCY)
    assert "Customs Service and Police" not in names(batch, Label.AGENCY)
    notes = run("Envoys sent a letter to Myanmar's officials and also its Ministry of Home Affairs and Police, about "
                "the 40 Kenyans held in Dorvan.")
    assert not any(name.endswith("and Police") for name in names(notes, Label.AGENCY))


def test_a_ministry_of_one_field_keeps_the_police_in_its_name() -> None:
    batch = run("The Ministry of Justice and Police said it deported 12 Chinese nationals on Monday.")
    assert "Ministry of Justice and Police" in names(batch, Label.AGENCY)


def test_the_external_affairs_ministry_in_lower_case_is_an_agency() -> None:
    batch = run("The external affairs ministry said on Monday that 40 Indians had been rescued from a compound "
                "in Dorvan.")
    assert any("External Affairs" in name for name in names(batch, Label.AGENCY))
