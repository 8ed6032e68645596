"""A body's people led in to an act ("X led Rayong immigration officers to raid a house") did the
act, on the day told with it; the infinitive is no aim here (audit 39F: a Thai raid lost its day and
its doer). People only sent ("have sent 45 detectives to extradite 17") have not yet done it."""

from tests.unit.test_news_extraction import facts, run


def test_a_raid_officers_were_led_to_is_dated_and_theirs() -> None:
    batch = run("On Tuesday, Pol Col Anan Siriwat led Chonburi immigration officers to raid a villa in Bang Lamung district.")
    assert ("CONDUCTED", "Chonburi immigration", "raid@2026-10-13", None) in facts(batch)


def test_investigators_sent_to_extradite_people_have_not_yet_extradited_them() -> None:
    batch = run("Osaka police have sent 45 detectives to Laos to extradite 17 Japanese nationals.")
    assert not any(f[0] == "EXTRADITED" for f in facts(batch))


def test_a_plan_to_raid_is_still_no_dated_raid() -> None:
    batch = run("On Tuesday, Chonburi immigration officers said they planned to raid a villa in Bang Lamung district.")
    assert not any(f[1].startswith("raid@2026") or f[2].startswith("raid@2026") for f in facts(batch))
