"""A wider operation named as what an act is "part of" (", part of a major operation targeting
fraud", "The arrest was part of a wider crackdown") is the act's background, not a raid of its
own, as "as part of" already was (grammar; audit l27 and c02)."""

from tests.unit.test_news_extraction import events, run


def test_an_operation_told_after_a_comma_as_what_a_sentence_is_part_of_is_no_raid() -> None:
    found = events(run("A court in Kunming on Tuesday jailed six members of the Wei clan, part of a wide operation "
                       "targeting telecom fraud."))
    assert not any(key.startswith("raid") for key in found)


def test_a_crackdown_an_arrest_was_part_of_is_no_raid() -> None:
    found = events(run("Police arrested the two Lao men on Monday. The arrest was part of a wider crackdown on "
                       "call centres."))
    assert not any(key.startswith("raid") for key in found)


def test_a_raid_told_as_such_is_still_one() -> None:
    found = events(run("Police launched an operation against a call centre in Vientiane on Monday."))
    assert any(key.startswith("raid") for key in found)
