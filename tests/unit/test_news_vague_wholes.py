"""A part counted of a whole told with no number (audit 37o): "rescuing hundreds of foreign nationals,
including 38 Pakistanis" rescued 38 Pakistanis; the act's total stays untold (38 is no total)."""

from tests.unit.test_news_extraction import events, facts, run


def test_a_part_of_hundreds_takes_the_act_of_the_whole() -> None:
    batch = run("Authorities in Myanmar have raided scam compounds, rescuing hundreds of foreign nationals, including "
                "38 Pakistanis, who were forced to work for fraud gangs.")
    assert ("RESCUED", "raid@", "PK", 38) in facts(batch)
    assert all(e.get("count_rescued") != 38 for e in events(batch).values())


def test_a_part_among_dozens_detained_is_detained() -> None:
    batch = run("Police detained dozens of people, among them 12 Thais, on Monday.")
    assert ("DETAINED", "detention@2026-10-12", "TH", 12) in facts(batch)


def test_a_whole_with_its_number_keeps_its_count() -> None:
    found = events(run("Authorities in Myanmar raided scam compounds, rescuing 300 foreign nationals, including 44 "
                       "Bangladeshis."))
    assert found["raid@"]["count_rescued"] == 300  # (a guard)
