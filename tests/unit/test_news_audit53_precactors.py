"""Bodies named only as partners in an effort still going on ("the ministry is working with the
Zorvanian police to speed up the return process") take no part in the act told before that the
aim's act word is linked to (audit 53, precision of actor relations, seen in several outlets); an
act the aim sets for a day, or a partner in a past step, keeps its part (partner_aims.py)."""

from tests.unit.test_news_extraction import facts, run


def _partners(text: str) -> set[tuple[str, str, str, object]]:
    return {f for f in facts(run(text)) if f[0] == "PARTICIPATED_IN"}


def test_partners_in_an_effort_to_speed_a_return_took_no_part_in_it() -> None:
    text = ("In May, 130 Kenyans returned home after being rescued from scam centres in Laos. The Kenyan "
            "Foreign Ministry said it is working with Lao and Thai authorities to speed up the paperwork of repatriation.")
    found = facts(run(text))
    assert ("REPATRIATED", "repatriation@2026-05", "KE", 130) in found
    assert not {f for f in found if f[0] == "PARTICIPATED_IN"}
    # an act the aim sets for a day keeps its partners
    dated = ("We are working closely with our consulate in Vientiane, the Lao Immigration Department and "
             "families to ensure the repatriation of our citizens on Friday, the ministry said.")
    assert any(f[1] == "Lao Immigration Department" for f in _partners(dated))


def test_partners_named_for_care_to_come_took_no_part_in_a_return() -> None:
    text = ("Forty Kenyans were flown home from Laos on Monday. Britain is working closely with the Kenyan "
            "Ministry of Foreign Affairs and IOM to ensure that former captives get counselling and a safe repatriation.")
    assert not _partners(text)


def test_a_partner_for_a_plan_took_no_part_in_a_rescue() -> None:
    text = ("Forty Kenyans were rescued from Laos on Monday. We are also working with the Information "
            "Ministry to draw up a public message about rescuing citizens abroad, he said.")
    found = facts(run(text))
    assert {f[0] for f in found} >= {"RESCUED"}
    assert not {f for f in found if f[0] == "PARTICIPATED_IN"}


def test_the_aim_needs_a_progressive_verb_of_working_alongside() -> None:
    from scamgraph.loaders.news.partner_aims import partners_aim
    lower = "the ministry is working with lao police to speed up the repatriation".split()
    assert partners_aim(lower, 5, 7, [11], 0, len(lower))
    past = "the ministry worked with lao police to speed up the repatriation".split()
    assert not partners_aim(past, 4, 6, [10], 0, len(past))
    helped = "they were repatriated with the support of lao police".split()
    assert not partners_aim(helped, 7, 9, [2], 0, len(helped))


def test_partners_in_making_sure_of_the_return_itself_keep_their_part() -> None:
    from scamgraph.loaders.news.partner_aims import partners_aim
    lower = ("we are working closely with the lao police and relatives to ensure the swift and orderly "
             "repatriation of our nationals").split()
    assert not partners_aim(lower, 6, 8, [16], 0, len(lower))
    care = "britain is working with iom to ensure that former captives get a safe repatriation".split()
    assert partners_aim(care, 4, 5, [13], 0, len(care))
