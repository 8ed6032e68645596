"""Audit 53, a53d: one person's two citizenships told as "a Fijian and Laotian national" are
no group of people of each country that the sentence's act was done to (made-up people and
towns; real countries)."""

from scamgraph.model import RelType
from tests.unit.test_news_extraction import facts, run


def _acts_on_nationalities(text: str) -> set[tuple[str, str]]:
    return {(rel, target) for rel, _source, target, _count in facts(run(text))
            if rel in {RelType.ARRESTED.value, RelType.DETAINED.value, RelType.CHARGED.value}
            and target in {"FJ", "LA"}}


def test_a_dual_national_arrested_is_no_group_of_each_country() -> None:
    text = "Police arrested Wen Bao, a 41-year-old Fijian and Laotian national, in Vell on Tuesday."
    assert not _acts_on_nationalities(text)
    found = facts(run(text))
    assert ("HAS_NATIONALITY", "Wen Bao", "FJ", None) in found  # (the person keeps both citizenships)
    assert ("HAS_NATIONALITY", "Wen Bao", "LA", None) in found


def test_an_indicted_dual_national_is_no_detention_of_each_country() -> None:
    text = ("The ministry has unsealed an indictment against Wen Bao, also known as Ricky, a 41-year-old Fijian "
            "and Laotian national and the owner of Lotus Holding Group.")
    assert not _acts_on_nationalities(text)


def test_nationals_of_two_countries_arrested_stay_a_group_of_each() -> None:
    text = "Police arrested 12 Fijian and Laotian nationals in Vell on Tuesday."
    assert {("ARRESTED", "FJ"), ("ARRESTED", "LA")} <= _acts_on_nationalities(text)


_MOVE_FOLLOWS = ("The Kestrian finance ministry has sanctioned the Vell Army, an armed group, over its part in online "
                 "fraud. The measure, made public on May 5 by the ministry's sanctions office, also names Vell "
                 "commander Dan Mora. The ministry's move follows the Office of Foreign Assets Control's May 1 "
                 "designation of Lotus Group for laundering the proceeds of fraud.")


def test_the_earlier_act_a_move_follows_is_no_part_of_the_move() -> None:
    found = facts(run(_MOVE_FOLLOWS))
    dated = {target for rel, source, target, _count in found if rel == "TARGETED" and source.endswith("-05-01")}
    assert "Vell Army" not in dated  # (the militia's sanction is not the designation of May 1)
    assert ("TARGETED", "sanction@", "Vell Army", None) in found
    assert "Lotus Group" in dated  # (the earlier act keeps its own target and day)
