"""A part counted of a whole told with no number (audit 37o): "freeing hundreds of foreign workers,
including 31 Pakistanis" freed 31 Pakistanis; the act's total stays untold (31 is no total)."""

from tests.unit.test_news_extraction import events, facts, run


def test_a_part_of_hundreds_takes_the_act_of_the_whole() -> None:
    batch = run("Troops in Myanmar have raided fraud compounds, freeing hundreds of foreign workers, including 31 "
                "Pakistanis, who were made to work for the gangs.")
    assert ("RESCUED", "raid@", "PK", 31) in facts(batch)
    assert all(e.get("count_rescued") != 31 for e in events(batch).values())


def test_a_part_among_dozens_detained_is_detained() -> None:
    batch = run("Police detained dozens of people, among them 12 Thais, on Monday.")
    assert ("DETAINED", "detention@2026-10-12", "TH", 12) in facts(batch)


def test_a_whole_with_its_number_keeps_its_count() -> None:
    found = events(run("Authorities in Myanmar raided scam compounds, rescuing 300 foreign nationals, including 44 "
                       "Bangladeshis."))
    assert found["raid@"]["count_rescued"] == 300  # (a guard)
