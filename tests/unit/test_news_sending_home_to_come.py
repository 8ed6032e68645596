"""A sending home still to come ("will be brought back to Malaysia") counts no one as brought
home; the same words told as done still do (audit 10, k14)."""

from tests.unit.test_news_extraction import facts, run


def test_people_who_will_be_brought_back_home_are_not_counted_as_repatriated() -> None:
    found = facts(run("Twenty-nine Malaysians will be brought back to Malaysia in stages, the ministry said on Monday."))
    assert not any(rel == "REPATRIATED" and count == 29 for rel, _event, _code, count in found)


def test_people_who_were_brought_back_home_are_counted() -> None:
    found = facts(run("Twenty-nine Malaysians were brought back to Malaysia on Monday."))
    assert any(rel == "REPATRIATED" and code == "MY" and count == 29 for rel, _event, code, count in found)
