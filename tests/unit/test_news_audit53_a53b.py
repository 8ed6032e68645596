"""Audit 53, fixer a53b: a given name that is also a place, an act there was "never a case" of, and
acts named by a trend of cases (made-up people, towns and bodies; real US states as given names)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import events, names, run


def test_a_given_name_that_is_a_place_opens_a_person_not_a_place() -> None:
    batch = run("The court found Kestrel Labour Ltd and its directors, Virginia Wanjiku Mbeki and Otto Lamb, "
                "liable for sending a student from Velmora to a compound abroad.")
    assert "Virginia" not in names(batch, Label.LOCATION)
    assert "Virginia Wanjiku Mbeki" in names(batch, Label.PERSON)
    assert "Velmora" not in names(batch, Label.PERSON)
    place = run("The workers were flown from Bangkok to Virginia on Tuesday, officials said.")
    assert "Virginia" in names(place, Label.LOCATION)  # (the state itself, no name after it)


def test_an_act_there_was_never_a_case_of_is_no_event() -> None:
    batch = run("The Velmora mayor insisted on Tuesday that there has never been a case where a clerk "
                "was kidnapped in the town.")
    assert not any(k.startswith("kidnapping") for k in events(batch))
    been = run("There has never been an instance where a tourist was detained in Velmora, the minister said.")
    assert not any(k.startswith("detention") for k in events(been))
    told = run("There was never a case of abuse before, but police arrested 12 guards in Velmora on Tuesday.")
    assert any(k.startswith("arrest") for k in events(told))  # (the arrest after "but" is told as done)


def test_acts_named_by_a_trend_of_cases_are_no_event() -> None:
    batch = run("There has been a surge in cases of Velmora clerks being tricked overseas and detained, the mayor "
                "told the council on Tuesday.")
    assert not any(k.startswith("detention") for k in events(batch))
    noted = run("The mayor noted a rise in cases of Velmora clerks being detained abroad.")
    assert not any(k.startswith("detention") for k in events(noted))
    told = run("Police detained 14 Velmora residents in a raid on Tuesday, amid a rise in cases of fraud.")
    assert any(k.startswith("detention") or k.startswith("raid") for k in events(told))
