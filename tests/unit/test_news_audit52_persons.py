"""Audit 52, fixer persons: a holder's name after a title's portfolio, where the portfolio ends a
list of them ("Minister of Home Affairs, Labour, and Tourism X") or a title follows the portfolio
("Migrant Workers Welfare Minister X"); the portfolio words stay out of the name (made-up people
and ministries)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def test_a_name_after_the_last_portfolio_of_a_list_is_the_holder() -> None:
    batch = run("Zembria's Minister of Home Affairs, Labour, and Tourism Rahim Osvaldo asked his Thai "
                "counterpart for help on Tuesday.")
    assert names(batch, Label.PERSON) == {"Rahim Osvaldo"}
    untitled = run("The fair showed Culture, Labour, and Tourism Rahim Osvaldo posters in Velmora.")
    assert "Rahim Osvaldo" not in names(untitled, Label.PERSON)  # (no title heads the list)


def test_a_title_after_its_portfolio_leaves_the_holder_named() -> None:
    batch = run("Expatriate Tamils Welfare Minister Tarvin K R Sellam met the returning workers at the airport.")
    assert names(batch, Label.PERSON) == {"Tarvin K R Sellam"}


def test_a_long_portfolio_ending_in_intelligence_leaves_the_holder_named() -> None:
    batch = run("Acting Deputy Secretary of the Treasury for Sanctions and Financial Intelligence Corwin J. "
                "Maddox said the measures would hold the owners accountable.")
    assert names(batch, Label.PERSON) == {"Corwin J. Maddox"}



def test_the_official_who_notes_a_sanction_is_not_its_target() -> None:
    batch = run("The Treasury sanctioned the Velmora Group on Monday. Speaking of the sanction, Acting Deputy "
                "Secretary of the Treasury for Sanctions and Financial Intelligence Corwin J. Maddox noted that "
                "the measure mattered.")
    assert "Corwin J. Maddox" in names(batch, Label.PERSON)
    assert not {f for f in facts(batch) if f[0] == "TARGETED" and f[2] == "Corwin J. Maddox"}
    assert {f for f in facts(batch) if f[0] == "TARGETED" and f[2] == "Velmora Group"}


def test_a_name_before_the_village_a_person_is_from_is_a_person() -> None:
    batch = run("One of the stranded workers, Tarvin Bakshi from Alvora village, told reporters he was beaten.")
    assert names(batch, Label.PERSON) == {"Tarvin Bakshi"}
    assert "Alvora" in names(batch, Label.LOCATION)
    accused = run("The mother accused Karim Uddin Mollah of Beltora village of taking her savings.")
    assert names(accused, Label.PERSON) == {"Karim Uddin Mollah"}
    group = run("The Velmora Weavers Cooperative of Alvora village sold cloth at the fair.")
    assert not names(group, Label.PERSON)
