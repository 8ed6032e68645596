"""People named as "those <participle>" (audit 15: p01; audit pages d01 and m03): the pronoun stands
for people an act took before, and when the sentence goes on to tell another act of theirs (a
transfer still to come, a detention months earlier) an event read from the participle took that
other act's day. No event is read from such a participle; "among those arrested was X" and a
sentence with no other act still tie people to the act. Made-up texts, other places and numbers."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import events, facts, names, run


def test_those_arrested_before_a_transfer_to_come_make_no_dated_arrest() -> None:
    batch = run("Police arrested 50 Thai nationals on Tuesday in a raid on a villa in Kampot.\n"
                "All of those arrested are being questioned and could be deported to Thailand next week.")
    assert not [key for key in events(batch) if key.startswith("arrest")]
    assert ("ARRESTED", "raid@2026-10-13", "TH", 50) in facts(batch)


def test_those_deported_take_no_date_of_their_earlier_detention() -> None:
    batch = run("Laos deported 40 Vietnamese nationals on Monday.\n"
                "Those deported were among some 90 people detained in March on fraud allegations.")
    assert not [key for key in events(batch) if key.startswith("deportation")
                and key.endswith("-03")]


def test_among_those_arrested_still_ties_a_person_to_the_arrest() -> None:
    batch = run("Police arrested 12 suspects in Hanoi on Tuesday.\n"
                "Among those arrested was Tran Van Binh, 34, the alleged ringleader.")
    assert "Tran Van Binh" in names(batch, Label.PERSON)
    assert [fact for fact in facts(batch) if fact[0] == "ARRESTED" and fact[2] == "Tran Van Binh"]


def test_a_country_before_a_dollar_sign_names_money_not_a_place() -> None:
    batch = run("Police in Jakarta arrested 40 Vietnamese nationals on Monday.\n"
                "The ring took about 9 billion rupiah (U.S. $600,000) from its victims; "
                "a second ring took US $3 million.")
    assert "United States" not in names(batch, Label.LOCATION)
