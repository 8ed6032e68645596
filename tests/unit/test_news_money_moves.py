"""People counted before "transferred the funds" move money, not themselves: the verb tells no
deportation of them (audit 18, page s03: five defendants who laundered a scam's takings read as
five people deported). People transferred to a border or a state are still sent out. Sentences
are made up."""

from tests.unit.test_news_extraction import events, facts, run


def test_people_who_transferred_the_money_are_not_deported() -> None:
    batch = run("Police in Manila arrested nine Chinese nationals on Monday. "
                "The nine then transferred the stolen money to accounts they controlled.")
    assert not [key for key in events(batch) if key.startswith("deportation")]
    assert ("ARRESTED", "arrest@2026-10-12", "CN", 9) in facts(batch)


def test_people_transferring_funds_abroad_are_not_deported() -> None:
    batch = run("Six Malaysian nationals transferred funds worth $2 million to Cambodia last year.")
    assert not [key for key in events(batch) if key.startswith("deportation")]


def test_people_transferred_to_the_border_are_still_deported() -> None:
    batch = run("Police transferred 40 Vietnamese nationals to the border on Monday.")
    assert ("DEPORTED", "deportation@2026-10-12", "VN", 40) in facts(batch)
