"""Audit 51, fixer bodies: a state's "law enforcement" named as its agency, an army's company
named with its number, and two known bodies' other spellings (made-up towns, people and numbers;
real countries)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def test_a_states_law_enforcement_is_its_agency() -> None:
    batch = run("Armenian law enforcement searched four flats in Dorvan on Friday and detained 31 Chinese nationals.")
    assert "Armenian law enforcement" in names(batch, Label.AGENCY)
    assert any(f[0] == "CONDUCTED" and f[1] == "Armenian law enforcement" for f in facts(batch))
    handed = run("Three suspects held in Kelvora were later handed over to Nigerian law enforcement.")
    assert "Nigerian law enforcement" in names(handed, Label.AGENCY)
    for text in ("Recent Cambodian law enforcement measures drove many workers out of Tarrow.",
                 "About 40 German law enforcement officers took part in the searches in Pellin on Friday.",
                 "The Chinese and Lao law enforcement authorities have worked closely on the case.",
                 "On Friday, Palau's law enforcement officers searched two houses in Merrow."):
        assert not any("law enforcement" in name for name in names(run(text), Label.AGENCY)), text  # (a noun's words)


def test_an_army_company_keeps_its_number() -> None:
    batch = run("Captain Arun Deesak, whose Infantry Company 618 led the search, spoke on Monday.")
    assert names(batch, Label.AGENCY) >= {"Infantry Company 618"}
    assert "Infantry Company" not in names(batch, Label.ORGANIZATION)
    four = run("Seven women were freed by Ranger Forces Company 3405 officers at the Khlong Rang checkpoint.")
    assert "Ranger Forces Company 3405" in names(four, Label.AGENCY)
    firm = run("Staff of Silver Reed Trading Company 12 declined to comment on the searches in Tarrow.")
    assert not any(name.endswith(" 12") for name in names(firm, Label.AGENCY))  # (a firm is not numbered so)


def test_the_british_spelling_of_the_migration_agency_is_one_body() -> None:
    batch = run("The 14 workers flew home with help from the International Organisation for Migration (IOM).")
    assert "International Organization for Migration" in names(batch, Label.AGENCY)
    assert not names(batch, Label.ORGANIZATION)


def test_the_treasury_written_without_the_is_the_known_one() -> None:
    batch = run("On March 3, the U.S. Department of Treasury designated Bellcrest Holdings, a firm in Tarrow.")
    assert "United States Department of the Treasury" in names(batch, Label.AGENCY)


def test_a_service_platform_named_as_such_is_no_organization() -> None:
    for text in ("The women said a fellow Filipino recruited them through the social messaging platform Zelloo.",
                 "Tan posted a clip to the social media platform Vexa on Friday after landing in Xiamen.",
                 "The seized phones were linked to an online platform called Vexa, used for chats and payments."):
        assert not names(run(text), Label.ORGANIZATION), text
    scam = run("Victims were lured onto the crypto trading platform Bitnova by a gang in Tarrow.")
    assert "Bitnova" in names(scam, Label.ORGANIZATION)  # (a trading platform may be the scam's own)
