"""Who announced an act (session 55; made-up names, places and numbers):
- "<day's act>. The office told a newspaper that 140 victims have been rescued in the province": a
  body's running total beside the day's act, none of whose people it counts, announces not that act;
- "were later confirmed by the bureau as blacklisted foreigners ...": a body that only says who
  people are neither announces nor does any act the sentence tells."""

from tests.unit.test_news_extraction import facts, run


def _announced(text: str) -> set[tuple[str, str]]:
    return {(s, t) for r, s, t, c in facts(run(text)) if r == "ANNOUNCED"}


def test_a_running_total_beside_the_days_act_announces_not_that_act() -> None:
    text = ("Border police rescued four Chinese nationals at a checkpoint in Ranong on Monday. The Ranong "
            "Immigration Office told a local newspaper that 140 foreign trafficking victims have so far been "
            "rescued in the province, most of them from Kenya and Nepal.")
    assert not [a for a in _announced(text) if a[1].startswith("rescue")], facts(run(text))


def test_the_days_own_count_told_by_the_body_is_still_announced() -> None:
    text = ("Border police rescued four Chinese nationals at a checkpoint in Ranong on Monday. The Ranong "
            "Immigration Office said the four Chinese nationals were rescued after a tip-off.")
    assert any(t.startswith("rescue") for s, t in _announced(text)), facts(run(text))


def test_a_body_that_says_who_people_are_announces_no_act() -> None:
    text = ("Marines rescued four Chinese men from a drifting boat off Sitangkai on Friday. The men were later "
            "confirmed by the Lotland Bureau of Immigration (LBI) as blacklisted foreigners once linked to "
            "Golden Reef, a gaming firm earlier raided for illegal operations.")
    found = facts(run(text))
    assert not [f for f in found if f[1] == "Lotland Bureau of Immigration" and f[0] != "MENTIONS"], found


def test_a_body_tagging_people_does_not_conduct_their_blacklisting() -> None:
    text = ("Marovia deported 31 Zorvanian nationals on Tuesday. The deportees were tagged by the Zorvanian "
            "government as fugitives from the law and were blacklisted by Marovia.")
    found = facts(run(text))
    assert not [f for f in found if f[1] == "Zorvanian government" and f[0] in {"CONDUCTED", "ANNOUNCED"}], found
