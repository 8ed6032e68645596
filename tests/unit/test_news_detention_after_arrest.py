"""A detention told after an arrest is an event of its own: an arrest holds the people arrested,
and people detained (for trial, in custody) are no part of it, unlike those a raid detains."""

from tests.unit.test_news_extraction import facts, run


def test_people_detained_after_an_arrest_get_a_detention_of_their_own() -> None:
    batch = run("Police arrested two Japanese men on Monday in Tokyo. Police detained 18 Japanese nationals in Osaka.")
    found = {(rel, ev.split("@")[0], code, count) for rel, ev, code, count in facts(batch)}
    assert ("DETAINED", "detention", "JP", 18) in found
    assert not {ev for rel, ev, _code, _count in found if rel == "DETAINED"} & {"arrest"}


def test_people_detained_after_a_raid_stay_with_the_raid() -> None:
    batch = run("Police raided a compound in Pattaya on Monday. Police detained 18 Chinese nationals at the compound.")
    found = {(rel, ev.split("@")[0], code, count) for rel, ev, code, count in facts(batch)}
    assert ("DETAINED", "raid", "CN", 18) in found
