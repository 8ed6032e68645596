"""A headline or subheading in title case is a clause, not a name: "NBI Cracks Down on Online
Fraud and Forced Labour Syndicate" is no criminal group, "Thai National Police Join Global
Forces" no agency, "Victim Reports Abuse" no person (a closed class: present-tense headline
verbs). The same bodies and people told in the body of the story are still found."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _names(text: str) -> set[str]:
    labels = {Label.ORGANIZATION, Label.AGENCY, Label.PERSON}
    return {n.name for n in run(text).nodes.values() if n.label in labels}


def test_a_headline_is_no_name() -> None:
    for headline, wrong in (("Provincial Police Join Global Forces to Dismantle Call Center Gangs", "Join"),
                            ("Police Action: Worker Reports Assault by Manager with POGO Ties", "Reports"),
                            ("NBI Cracks Down on Online Fraud and Forced Labour Syndicate", "Cracks")):
        names = _names(headline + "\nPolice arrested 12 Chinese nationals in Makati City on Monday.")
        assert not [n for n in names if wrong in n], (headline, names)


def test_names_in_the_story_stay() -> None:
    names = _names("Raid Trigger: Victim Reports Abuse\nPolice Colonel Somchai Rattana said 12 people were arrested.")
    assert "Somchai Rattana" in names


def test_a_title_case_headline_that_tells_a_body_something_names_no_body() -> None:
    batch = run("Ghana Brings Home 120 Stranded Citizens, Foreign Minister Tells Parliament\n\n"
                "The minister said 120 Ghanaians were brought home from Myanmar.")
    assert not [n.name for n in batch.nodes.values() if n.label is Label.AGENCY and "Tells" in n.name]
