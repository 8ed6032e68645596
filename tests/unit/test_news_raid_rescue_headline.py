"""A headline's rescue that the story tells only as a raid's ("Ruritanians rescued in Pampanga" over
"officers raided the hub on May 4 ... freed over 900") is that raid's. One people named
as a part of a counted group ("1,000 people, including Vietnamese nationals,") is acted on as the
group is. Help still to give ("proposed the authorities help Vietnam repatriate the citizens") and
an act proposed ("proposed the repatriation of 40 workers") are no events."""

from tests.unit.test_news_extraction import events, facts, run


def test_a_headline_rescue_the_story_tells_as_a_raid_s_is_the_raid_s() -> None:
    batch = run("Vietnamese nationals rescued in Pampanga\n\nOfficers raided a hub in Pampanga province on "
                "May 4. In that raid they freed over 900 people, including Vietnamese nationals, from forced "
                "work.")
    assert not [key for key in events(batch) if key.startswith("rescue")]
    assert ("RESCUED", "raid@2026-05-04", "VN", None) in facts(batch)


def test_help_still_to_give_and_an_act_proposed_are_no_events() -> None:
    assert not events(run("The ministry proposed that the authorities help Vietnam repatriate the citizens soon."))
    assert not events(run("The ministry proposed the repatriation of 40 workers."))
    assert events(run("Thai police helped Myanmar repatriate 200 workers on Monday."))
