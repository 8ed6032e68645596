"""Identifiers a body gives for people to reach it (an embassy's help line) and a government's own
addresses are no scam's identifiers; an address the scam used stays one. Made-up numbers."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def test_an_embassys_help_line_and_a_government_address_are_no_scam_identifiers() -> None:
    batch = run("Filipinos held in scam hubs may contact the embassy for repatriation through +959985210000 or "
                "help.atn@dfa.gov.ph. Victims were told to wire money to scamdesk@gmail.com.")
    values = {n.properties.get("value") for n in batch.nodes.values() if n.label is Label.IDENTIFIER}
    assert "scamdesk@gmail.com" in values
    assert not {"+959985210000", "help.atn@dfa.gov.ph"} & values
