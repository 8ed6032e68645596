"""A title-case headline whose verb says what one body made of another's words ("Officials
Dispute Government's Account of ...") is a clause, not a body's name; a picture's text "Logo of
<outlet>" names no organization."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_headline_that_disputes_names_no_body() -> None:
    batch = run("Provincial Officials Dispute Thai Government's Count of Casino Rescue\n\n"
                "Officials in Pailin said 9 Thai nationals were rescued from a casino on Sunday.")
    assert not [n for n in names(batch, Label.AGENCY) if "Dispute" in n]


def test_a_logo_names_no_organization() -> None:
    batch = run("Logo of Khmer Times newspaper\n\nOfficials in Pailin said 9 Thai nationals were rescued from a "
                "casino on Sunday.")
    assert not [n for n in names(batch, Label.ORGANIZATION) if n.startswith("Logo")]


def test_a_headline_that_asks_or_sanctions_names_no_body() -> None:
    batch = run("Did Police Really Empty Teak Garden Park? Doubts Grow\n\nCanada and Norway Sanction Silver Reef "
                "Holdings\n\nPolice said they raided Teak Garden Park near Myawaddy on Friday.")
    assert not [n for n in names(batch, Label.SITE) if n.startswith("Did")]
    assert not [n for n in names(batch, Label.ORGANIZATION) if "Sanction" in n]
