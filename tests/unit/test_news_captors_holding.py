"""Criminals named as the subject right before an active holding verb, with the people held after
it ("the syndicate held about 600 workers", "the scam company had detained dozens"), are captors: their hold
is no detention by the state, so neither a detention event nor a count of people detained comes
of it (audit 38 page o05; the passive and relative forms are read already). A headline's reduced
passive ("gang held for fraud": the gang was held) and the state's own holds stay detentions."""

from scamgraph.loaders.news.captor_agents import held_by_criminals_before
from tests.unit.test_news_extraction import events, facts, run


def _types(text: str) -> set[str]:
    return {key.split("@")[0] for key in events(run(text))}


def _detained(text: str) -> set[tuple[str, object]]:
    return {(target, count) for kind, _, target, count in facts(run(text)) if kind == "DETAINED"}


def test_a_gang_holding_workers_makes_no_detention() -> None:
    text = ("A Zambian man who fled a compound near the river told border police the syndicate held "
            "about 600 workers, including 12 Zambians, in three buildings.")
    assert "detention" not in _types(text)
    assert not _detained(text)


def test_traffickers_holding_workers_make_no_detention() -> None:
    assert "detention" not in _types("Traffickers held 40 Nepali workers in a compound near the border, the rescued men said.")


def test_a_scam_company_that_had_held_dozens_makes_no_detention() -> None:
    assert "detention" not in _types("Two survivors said the scam company had detained dozens of young jobseekers behind a fence.")


def test_police_holding_people_stay_a_detention() -> None:
    assert ("ID", 35) in _detained("Police held 35 Indonesian nationals at the port on Friday.")


def test_the_closed_forms() -> None:
    assert held_by_criminals_before("the gang held around 1,200 people".split(), 2, 0, 6)
    assert held_by_criminals_before("the criminal group held 75 workers".split(), 3, 0, 6)
    assert not held_by_criminals_before("the group held 75 workers".split(), 2, 0, 5)  # (which group is not said)
    assert not held_by_criminals_before("scam gang held for fraud".split(), 2, 0, 5)  # (a headline's passive)
    assert not held_by_criminals_before("scam gang held at border".split(), 2, 0, 5)
