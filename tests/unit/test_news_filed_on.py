"""A wire dateline a day or more before the page's publication ("LUMORA, Aug. 21 (Newswire) --" on a
page published Aug. 22) is the day the story was filed: "on Wednesday", "today" and "since last
year" count from it. Every text here is made up."""

from datetime import date

from scamgraph.loaders.news.timing import _filed_on
from tests.unit.test_news_extraction import events, run

THURSDAY = date(2026, 10, 15)


def test_a_dated_dateline_is_the_day_of_filing() -> None:
    assert _filed_on("LUMORA, Oct. 14 (Newswire) -- Police said ...", THURSDAY) == date(2026, 10, 14)
    assert _filed_on("Lumora, Oct. 14 (Newswire)--Police said ...", THURSDAY) == date(2026, 10, 14)
    assert _filed_on("LUMORA - Police said on Oct. 14 ...", THURSDAY) is None  # no date in the dateline
    assert _filed_on("LUMORA, Aug. 2 (Newswire) -- ...", THURSDAY) is None  # too long before: not this page's filing


def test_a_period_up_to_now_ends_on_the_day_of_filing() -> None:
    found = events(run("LUMORA, Oct. 14 (Newswire) -- Police arrested 12 suspects on Monday.\n\n"
                       "Since last year, more than 5,000 suspects have been handed over to Lumora."))
    assert "repatriation@2025-01-01/2026-10-14" in found and "arrest@2026-10-12" in found


def test_without_a_dated_dateline_the_publication_day_counts() -> None:
    found = events(run("LUMORA (Newswire) -- Police arrested 12 suspects on Monday.\n\n"
                       "Since last year, more than 5,000 suspects have been handed over to Lumora."))
    assert "repatriation@2025-01-01/2026-10-15" in found
