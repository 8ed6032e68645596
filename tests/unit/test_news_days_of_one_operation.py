"""An act told first with no day, then again over a span of a few days ("in joint operations on
3 and 4 May"), is one operation: the undated event takes the span, and no second, undated copy
keeps its own agencies and counts. A span of months is a wave or a tally and stays apart.
Made-up texts, places and numbers."""

from datetime import date

from scamgraph.loaders.news.days_told import days_of_one_operation
from tests.unit.test_news_extraction import events, facts, run

_PUBLISHED = date(2031, 5, 12)


def story(span: str) -> str:
    return ("Police of Velmora and Ostrava have rescued Velmoran workers held by a fraud gang in Ostrava.\n\n"
            "A raid by the two forces rescued 31 Velmoran nationals from the gang in Port Kessel.\n\n"
            f"In joint operations {span}, the police rescued the workers from offices in Port Kessel and Lund.")


def test_an_undated_act_takes_the_few_days_told_later() -> None:
    found = events(run(story("on May 3 and 4"), published=_PUBLISHED))
    raids = [key for key in found if key.startswith("raid@")]
    assert raids == ["raid@2031-05-03/2031-05-04"]
    assert found[raids[0]]["count_rescued"] == 31


def test_the_span_keeps_the_acts_people_and_count() -> None:
    told = facts(run(story("from 3 to 5 May"), published=_PUBLISHED))
    assert not any(event == "raid@" for _rel, event, _other, _count in told)


def test_a_span_of_months_stays_apart() -> None:
    found = events(run(story("between January and April"), published=_PUBLISHED))
    assert "raid@" in found or "rescue@" in found


def test_which_spans_are_one_operation() -> None:
    assert days_of_one_operation("2031-05-03/2031-05-04")
    assert days_of_one_operation("2031-05-05/2031-05-11")  # a week
    assert not days_of_one_operation("2031-01-01/2031-04-30")
    assert not days_of_one_operation("2031-01/2031-04")
    assert not days_of_one_operation("2031-05-03")
