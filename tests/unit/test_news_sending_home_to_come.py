"""A sending home still to come ("will be brought back to Malaysia") counts no one as brought
home; the same words told as done still do (audit 10, k14)."""

from tests.unit.test_news_extraction import facts, run


def test_people_who_will_be_brought_back_home_are_not_counted_as_repatriated() -> None:
    found = facts(run("Seventeen Thais will be brought back to Thailand in groups, officials said on Friday."))
    assert not any(rel == "REPATRIATED" and count == 17 for rel, _event, _code, count in found)


def test_people_who_were_brought_back_home_are_counted() -> None:
    found = facts(run("Seventeen Thais were brought back to Thailand on Friday."))
    assert any(rel == "REPATRIATED" and code == "TH" and count == 17 for rel, _event, code, count in found)
