"""A court's remand is a detention of its own, after the arrest: "arrested and remanded", "remanded to
<jail>", "sent to two-day police remand" (never folded into the arrest as its custody). Every person
of a list shares the verb after the list ("A B and C D have been arrested"). Chinese news's stand-ins
for withheld names ("Wang Mou", "Sun Mouqiang") name no one. The days a case is adjourned to are the
next hearing's: they date no act."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import events, facts, names, run


def test_a_remand_is_a_detention_of_its_own() -> None:
    batch = run("Police arrested Ravi Kumar on Monday. A court remanded him to the Puzhal prison in Chennai.")
    assert {key.split("@")[0] for key in events(batch)} == {"arrest", "detention"}
    assert "detention@" in events(run("A Mohali court later sent all seven accused to police remand for two days."))


def test_every_listed_person_shares_the_verbs_after_the_list() -> None:
    found = facts(run("Two agents – R Senthil Raj and K Abdul Kareem, have been arrested and remanded, "
                      "police said."))
    for person in ("R Senthil Raj", "K Abdul Kareem"):
        assert {("ARRESTED", "arrest@", person, None), ("DETAINED", "detention@", person, None)} <= found


def test_a_chinese_stand_in_for_a_withheld_name_is_no_person() -> None:
    batch = run("Wang Mou, Sun Mouqiang and others have been rescued and safely returned, the ministry said.")
    assert not {"Wang Mou", "Sun Mouqiang"} & names(batch, Label.PERSON)


def test_the_days_a_case_is_adjourned_to_date_no_act() -> None:
    batch = run("The judge adjourned the matter to March 2, 9 and 16 and ordered the accused remanded at the "
                "city jail.")
    assert "detention@" in events(batch)
    assert "charge@2026-03-02" in events(run("The court adjourned till March 20 after the 12 were charged on "
                                             "March 2."))
