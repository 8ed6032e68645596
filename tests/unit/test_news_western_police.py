"""Police forces of Western states that reports on scam compounds quote (audit 37s): the Australian
Federal Police, the RCMP and the UK's National Crime Agency are agencies of their states, and an
officer titled after one works for it."""

from tests.unit.test_news_extraction import facts, run


def test_an_officer_titled_after_the_australian_federal_police_works_for_it() -> None:
    found = facts(run("Australian Federal Police Assistant Commissioner Jane Morrow said police raided a house on Monday."))
    assert ("WORKS_FOR", "Jane Morrow", "Australian Federal Police", None) in found


def test_the_rcmp_is_the_royal_canadian_mounted_police() -> None:
    found = facts(run("RCMP Chief Superintendent Jane Morrow said police raided a house on Monday."))
    assert ("WORKS_FOR", "Jane Morrow", "Royal Canadian Mounted Police", None) in found
