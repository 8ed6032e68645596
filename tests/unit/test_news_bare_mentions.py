"""An act named in passing, with nothing said of it (no people, place, body or day), is the one
act of its kind the story dates, not a second, undated event: one act is not split in two. A
bare word stays where the story dates two acts of its kind, only acts told apart, or an undated
raid it may belong to; a counted act is never bare. Made-up texts, places and numbers."""

from datetime import date

from scamgraph.loaders.news.bare_mentions import fold_bare_mentions
from scamgraph.loaders.news.state import _Event
from scamgraph.model import Label, Node
from tests.unit.test_news_extraction import events, run

_PUBLISHED = date(2031, 7, 10)


def test_a_purpose_word_is_the_dated_sending_home_of_the_story() -> None:
    text = ("After the sweep, 310 foreign nationals were taken to a camp in Velmora for screening and repatriation."
            "\n\nFrom January 5 to June 30, the ministry repatriated 7,150 foreign workers by road.")
    found = set(events(run(text, published=_PUBLISHED)))
    assert "repatriation@2031-01-05/2031-06-30" in found
    assert "repatriation@" not in found


def _event(kind: str, day: str = "", n: int = 1, **counts: int) -> _Event:
    node = Node(Label.EVENT, f"{kind} {n}", key=f"event:x-{kind}-{n}", properties={"type": kind})
    return _Event(node, kind, day, False, dict(counts))


def _folded(events_: list[_Event], edges: dict | None = None, apart: set[int] | None = None) -> list[str]:
    kept = list(events_)

    def fold(told: _Event, into: _Event) -> None:
        kept.remove(told)
        for key, value in told.counts.items():
            into.counts.setdefault(key, value)

    fold_bare_mentions(kept, edges or {}, apart or set(), fold)
    return [f"{e.type}@{e.date}" for e in kept]


def test_the_bare_event_joins_the_one_dated_act() -> None:
    dated = _event("repatriation", "2031-06-02", 2, repatriated=12)
    assert _folded([_event("repatriation"), dated]) == ["repatriation@2031-06-02"]
    assert dated.counts == {"repatriated": 12}


def test_two_dated_acts_of_the_kind_leave_the_bare_word_alone() -> None:
    found = _folded([_event("rescue"), _event("rescue", "2031-05-03", 2), _event("rescue", "2031-06-09", 3)])
    assert "rescue@" in found


def test_an_act_told_apart_is_not_the_one_the_word_names() -> None:
    similar = _event("deportation", "2031-03", 2)
    assert "deportation@" in _folded([_event("deportation"), similar], apart={id(similar)})


def test_an_event_with_an_edge_a_count_or_an_unread_day_stays() -> None:
    told = _event("rescue")
    assert "rescue@" in _folded([told, _event("rescue", "2031-05-03", 2)],
                                edges={(told.node.key, "RESCUED", "nationality:xx"): None})
    unread = _event("rescue")
    unread.node.properties["date_text"] = "on Wednesday"
    assert "rescue@" in _folded([unread, _event("rescue", "2031-05-03", 2)])
    assert "rescue@" in _folded([_event("rescue", rescued=40), _event("rescue", "2031-01-01/2031-04-30", 2)])


def test_a_seizure_beside_an_undated_raid_may_be_that_raids() -> None:
    found = _folded([_event("raid"), _event("seizure", n=2), _event("seizure", "2031-03", 3)])
    assert "seizure@" in found
    assert "seizure@" not in _folded([_event("raid", "2031-04-01"), _event("seizure", n=2), _event("seizure", "2031-03", 3)])
