"""Audit 53, fixer natevents: the events that carry (nationality, count) facts when the people are
described by a clause set off by commas ("40 Laotians, who were freed in X, were flown home"):
the main verb after the clause is a second act on them, an earlier arrest the clause tells is an
event of its own dated by the day inside the clause, and a day inside the clause is no other people;
and a page's lead paragraph, taken as its title where it has none, is no headline whose acts the
story tells again (made-up towns and numbers; real countries)."""

from pathlib import Path

from scamgraph.loaders.news import extract
from scamgraph.loaders.text import read_article
from tests.unit.test_news_extraction import counts_of, facts, run


def test_a_sending_home_after_a_set_off_clause_counts_the_people() -> None:
    flown = counts_of("The 40 Laotians, who were rescued in Dorvan, were flown home on Monday.")
    assert ("REPATRIATED", "LA", 40) in flown
    brought = counts_of("A group of 26 Laotians, who were freed from a compound near Dorvan, have been brought back home.")
    assert ("REPATRIATED", "LA", 26) in brought
    deported = facts(run("The 12 Laotians, who were arrested by police in Dorvan, were deported on Monday."))
    assert ("DEPORTED", "deportation@2026-10-12", "LA", 12) in deported
    assert ("ARRESTED", "arrest@", "LA", 12) in deported


def test_a_hand_over_or_a_move_after_a_set_off_clause_is_no_sending_home() -> None:
    for text in ("The 40 Laotians, who were rescued in Dorvan, were handed over to the police, and 12 Laotians, "
                 "who were freed in Merrow, have been brought back home.",
                 "The 40 Laotians, who were rescued in Dorvan, were then transferred to a shelter, and 12 Laotians, "
                 "who were freed in Merrow, have been brought back home."):
        found = counts_of(text)
        assert ("REPATRIATED", "LA", 12) in found, text
        assert ("REPATRIATED", "LA", 40) not in found and ("DEPORTED", "LA", 40) not in found, text


def test_an_earlier_arrest_set_off_by_commas_is_its_own_event_on_its_day() -> None:
    found = facts(run("Three Laotian nationals, who had been arrested in Merrow in March 2025, were repatriated in May."))
    assert ("ARRESTED", "arrest@2025-03", "LA", 3) in found
    assert ("REPATRIATED", "repatriation@2025-05", "LA", 3) in found
    held = facts(run("Four Laotian women, who had been detained in Merrow on 2 June 2025 by border guards, "
                     "were deported on Monday."))
    assert ("DETAINED", "detention@2025-06-02", "LA", 4) in held


def test_a_day_inside_the_clause_is_no_other_peoples_number() -> None:
    found = facts(run("In May 2026 five Laotians, who had been arrested in Merrow in March 2025 by the provincial "
                      "police on suspicion of fraud, were repatriated."))
    assert ("REPATRIATED", "repatriation@2026-05", "LA", 5) in found
    assert ("ARRESTED", "arrest@2025-03", "LA", 5) in found


def test_a_lead_paragraph_standing_in_for_a_missing_title_is_no_headline(tmp_path: Path) -> None:
    page = tmp_path / "lead.txt"  # no title of its own: the loader takes its first line
    page.write_text("---\npublished: 2026-10-15\n---\n"
                    "A total of 52 Laotians who had been detained in Thailand over suspected phone fraud arrived home "
                    "early Tuesday on a chartered plane and most of them will be questioned by police, officials in "
                    "Vientiane said on Tuesday.\n\n"
                    "The Laotian nationals were placed under arrest upon arrival on Tuesday.\n")
    found = facts(extract(read_article(page)))
    assert ("DETAINED", "detention@", "LA", 52) in found
    assert ("ARRESTED", "arrest@2026-10-13", "LA", 52) in found
    assert ("REPATRIATED", "repatriation@2026-10-13", "LA", 52) in found
