"""A breakdown after people told with no number ("The victims, aged between 18 and 35, were
rescued on Friday. They included 12 Kenyans and nine Ugandans."): the breakdown parts the people
of that act, as it does after a count (probes of Kenyan and Ugandan outlets, session 27; made-up
places)."""

from tests.unit.test_news_extraction import facts, run


def test_a_breakdown_after_uncounted_victims_parts_their_rescue() -> None:
    found = facts(run("The victims, aged between 18 and 35, were rescued in Lotus City on Friday. "
                      "They included 12 Kenyans and nine Ugandans."))
    assert {(r, t, c) for r, s, t, c in found if r == "RESCUED"} == {("RESCUED", "KE", 12), ("RESCUED", "UG", 9)}


def test_a_breakdown_after_suspects_arrested_in_a_raid_parts_the_raid() -> None:
    found = facts(run("The suspects were arrested in a raid in Lotus City on Friday. They included 12 Chinese and nine Thais."))
    assert {(r, t, c) for r, s, t, c in found if r == "ARRESTED"} == {("ARRESTED", "CN", 12), ("ARRESTED", "TH", 9)}


def test_no_act_of_the_people_leaves_the_breakdown_unattached() -> None:
    found = facts(run("The workers were questioned in Lotus City on Friday. They included 12 Chinese and nine Thais."))
    assert not any(c for r, s, t, c in found if t in {"CN", "TH"})
