"""Audit 53, fixer a53a: a law's name read as a person, a firm's name split at its "&", a body of
a later clause credited with an earlier clause's act, where people are held read as where a raid
was, people slated for an act counted as its people (made-up towns, bodies and people)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import counts_of, facts, names, run


def test_a_law_named_after_the_is_no_person() -> None:
    batch = run("The Velmora Bureau of Immigration deported 31 Chinese nationals on Friday. The deportation "
                "comes after the new Anti-Fraud Hub Law, which the President put into force on Oct. 2.")
    assert "Anti-Fraud Hub Law" not in names(batch, Label.PERSON)
    assert ("DEPORTED", "CN", 31) in {(f[0], f[2], f[3]) for f in facts(batch)}
    person = run("Activist Dorin Law said the raid in Tarvik was late.")
    assert "Dorin Law" in names(person, Label.PERSON)  # (a person's name may end in "Law")


def test_a_firm_named_with_an_ampersand_is_one_firm() -> None:
    batch = run("Police received 212 reports on fraud allegedly committed by Norvane Travel & Tours Sdn Bhd.")
    assert "Norvane Travel" not in names(batch, Label.PERSON)
    assert "Norvane Travel & Tours Sdn Bhd" in names(batch, Label.ORGANIZATION)


def test_a_body_of_a_later_clause_did_its_own_act_only() -> None:
    batch = run("Kovar said the investigation into the firm was ongoing and that the Velmora Companies "
                "Commission had blacklisted the agency.")
    assert not any(f[0] == "CONDUCTED" and f[2].startswith("investigation") for f in facts(batch))
    raid = run("Police raided a call centre in Tarlac on Monday, in which the Kavo Police Unit arrested 9 Chinese nationals.")
    assert any(f[0] == "CONDUCTED" and f[1] == "Kavo Police Unit" for f in facts(raid))


def test_where_the_suspects_are_held_is_not_where_the_raid_was() -> None:
    batch = run("Police raided a hub in Tarvik on June 5 and rescued a Laotian man. The two suspects are "
                "now detained at the commission's holding facility in Belmora City.")
    assert not any(f[0] == "OCCURRED_AT" and f[2] == "Belmora City" for f in facts(batch))
    there = run("Police raided a hub in Belmora City on June 5 and rescued a Laotian man.")
    assert any(f[0] == "OCCURRED_AT" and f[2] == "hub in Belmora City" for f in facts(there))


def test_people_slated_for_deportation_are_not_its_people() -> None:
    found = counts_of("The Bureau of Immigration deported 38 Chinese nationals on Tuesday. The bureau said that while "
                      "40 Chinese nationals were at first slated for deportation, two saw their flights put off.")
    assert ("DEPORTED", "CN", 38) in found
    assert ("DEPORTED", "CN", 40) not in found
    assert not counts_of("The bureau said 40 Chinese nationals are slated for deportation next week.")
