""""the" joins a name only after a preposition ("Bureau for the Fight ...", "Friends of the
Earth"); straight after a capitalized word it is a determiner that opens a new noun phrase, so a
title-case headline "<Adverb> <Verb> the Police" made an agency of its verb (audit 15: p12).
English grammar: a determiner never sits inside a name without a preposition before it.
Made-up texts."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_verb_before_the_police_in_a_headline_is_no_agency() -> None:
    batch = run("Then Arrived the Police\n\nVictims freed from a compound in Kampot say officers held them "
                "for weeks after the rescue.")
    assert not [name for name in names(batch, Label.AGENCY) if name.startswith("Arrived")]


def test_the_after_a_preposition_still_joins_a_body_name() -> None:
    batch = run("The Commission for the Protection of Migrants said 40 Nepalis were rescued in Laos.")
    assert [name for name in names(batch, Label.AGENCY) if name.startswith("Commission for the")]
