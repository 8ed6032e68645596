"""People held by criminals are captives, not detainees (audit 14: o04; also audit page c13): a
passive verb's doer is its "by" agent, and when that agent is a trafficker, a gang or a scam
outfit ("being held by traffickers", "detained and beaten by members of a fraud ring") the
sentence tells of captivity: no detention event and no count of people detained. A state body as
the agent, or any other doer, still makes the detention."""

from tests.unit.test_news_extraction import events, facts, run


def _detentions(text: str) -> list[str]:
    return [key for key in events(run(text)) if key.startswith("detention")]


def test_people_held_by_traffickers_are_no_detention() -> None:
    batch = run("The envoy said at least 14 Zambians are currently being held by traffickers in Laos.")
    assert not [key for key in events(batch) if key.startswith("detention")]
    assert not [fact for fact in facts(batch) if fact[0] == "DETAINED"]


def test_people_detained_and_beaten_by_a_scam_outfit_are_no_detention() -> None:
    assert not _detentions("Two suspects said they had been detained and beaten by members of scam "
                           "networks in Laos.")


def test_a_criminal_word_must_come_before_an_outfit_noun() -> None:
    assert _detentions("Twelve Zambians were detained by a group of soldiers in Laos on Monday.")


def test_people_detained_by_police_are_still_detained() -> None:
    assert _detentions("Twelve Zambians were detained by immigration police in Vientiane on Monday.")


def test_a_man_captured_by_a_fraud_ring_is_no_arrest() -> None:
    """"captured by" a criminal outfit is taken by criminals (81): no arrest, which is a state's act."""
    found = events(run("A Laotian man was captured by a Chinese fraud ring in Tachileik and held for ten days."))
    assert not [key for key in found if key.startswith("arrest")]


def test_a_suspect_captured_by_police_is_still_arrested() -> None:
    found = events(run("A Laotian suspect was captured by border police in Tachileik on Monday."))
    assert [key for key in found if key.startswith("arrest")]
