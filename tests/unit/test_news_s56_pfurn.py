"""Page furniture that must create no fact (session 56; made-up names, outlets and numbers; the
towns are real places the gazetteer knows, used only as places):
- a caption ending in a wire's name in brackets after its full stop ("... in Mae Sot. (AFP)") tells
  what a picture shows, not where the story's raid was (``picture_credits._wire_captions``);
- a masthead after a stored page's date stamp is the page's, not a body of the story (``boilerplate``);
- more headings of a link to another story ("READ:", "Related Article:", "Previous story:",
  "[See more: ...]", "Trending:") and of lists of them ("Most Read" with numbered lines, "LATEST",
  "TOP NEWS", "More in <section>", "Latest <section> News", "TAGS"), and a run of headlines each
  dated after it (``story_lists``);
- a byline with bars names where it was filed, no place of the story ("By: X | Hyderabad |
  Updated: ..."), and a desk's "With a report from A B in Cebu" neither (``boilerplate``, ``page_credits``);
- a caption labelled in capitals ("PHOTO: ..."), a call on the reader ("Download the X app for the
  latest news from ...", "click here") and a disclaimer tell nothing;
- a press wire's dateline ("Bangkok, 3 March 2026 /PRNewswire/ --") dates no act, and, where the
  page gives no other date, is the day its "last week" counts from (``dateline_days``)."""

from tests.unit.test_news_extraction import event_types, events, facts, names, run
from scamgraph.model import Label

STORY = "Police raided a villa in Kep on Monday and detained 17 Chinese nationals."


def test_a_caption_credited_to_a_wire_places_no_raid() -> None:
    batch = run("Police raided a building in Poipet on Monday and arrested 38 Thai nationals.\n"
                "Rescued workers sit at a shelter in Mae Sot. (AFP)")
    assert not any(r == "OCCURRED_AT" and t == "Mae Sot" for r, _, t, _ in facts(batch)), facts(batch)
    # (a paragraph of the story that ends with its wire's tag is still read)
    told = run("Police in Poipet arrested 38 Thai nationals on Monday, officials said. (AFP)")
    assert ("ARRESTED", "arrest@2026-10-12", "TH", 38) in facts(told), facts(told)


def test_a_masthead_after_a_date_stamp_is_no_organization() -> None:
    batch = run(" date 2026-10-14 The Velmora Times\n\nPolice arrested 25 men in a raid in Kep on Monday.\n")
    assert not any("Velmora" in name for name in names(batch, Label.ORGANIZATION)), names(batch, Label.ORGANIZATION)


def test_more_headings_of_links_to_other_stories() -> None:
    for heading in ("READ:", "Related Article:", "Previous story:", "Trending:", "Suggested Reading:"):
        batch = run(f"{STORY}\n{heading} Vietnam receives 90 citizens from Bavet\nThe men were taken to Phnom Penh.")
        assert "repatriation" not in event_types(batch), (heading, events(batch))
        assert "Bavet" not in names(batch, Label.LOCATION), heading
    batch = run(f"{STORY}\n[See more: Kenya rescues 20 workers from Myawaddy]\nThe men were questioned.")
    assert not any(t == "KE" for *_, t, _ in facts(batch)), facts(batch)


def test_a_numbered_list_of_most_read_stories() -> None:
    batch = run(f"{STORY}\n\nMost Read\n1. Thailand deports 150 Chinese nationals\n2. Police raid Bavet casino, arrest 80\n"
                "3. Ten Kenyans freed in Myawaddy")
    assert event_types(batch) == {"raid"}, events(batch)
    assert "Myawaddy" not in names(batch, Label.LOCATION)


def test_headings_of_a_pages_sections_and_tags() -> None:
    for heading in ("LATEST", "TOP NEWS", "More in Cambodia", "Latest Cambodia News", "Most Liked"):
        batch = run(f"{STORY}\n\n{heading}\n- Korean police arrest 29 in phishing ring\n- Indonesia brings home 120 from Laos\n")
        assert event_types(batch) == {"raid"}, (heading, events(batch))
        assert not {"Cambodia", "Laos"} & names(batch, Label.LOCATION), heading
    batch = run(f"{STORY}\n\nTAGS\nCambodia\nMyanmar\nhuman trafficking\n")
    assert "Myanmar" not in names(batch, Label.LOCATION)


def test_a_run_of_dated_headlines_is_a_list_of_other_stories() -> None:
    batch = run(f"{STORY}\nPolice raid Bavet casino, arrest 80 (October 11, 2026)\n"
                "Seoul repatriates 45 scam victims | 9 October 2026\n")
    assert event_types(batch) == {"raid"}, events(batch)
    # (one headline with its day is not enough: a story's own title may carry it)
    assert "raid" in event_types(run("Police raid Bavet casino, arrest 80 (October 11, 2026)"))


def test_a_barred_byline_and_a_desks_report_credit_name_no_place() -> None:
    batch = run("By: Harbour News Service | Hyderabad | Updated: October 15, 2026 10:45 IST\n"
                "The police on Monday rescued 12 youths who were trafficked to Myanmar.")
    assert "Hyderabad" not in names(batch, Label.LOCATION)
    assert not any("Harbour" in name for name in names(batch, Label.AGENCY)), names(batch, Label.AGENCY)
    batch = run("The police rescued 52 Filipinos from a hub in Myawaddy on Monday.\n\n— With a report from Dara Velt in Cebu")
    assert "Cebu" not in names(batch, Label.LOCATION)
    assert "Myawaddy" in names(batch, Label.LOCATION)


def test_a_capitals_caption_a_call_on_the_reader_and_a_disclaimer_tell_nothing() -> None:
    batch = run("PHOTO: Police officers raid a casino in Bavet in 2024.\nPolice in Poipet arrested 19 Thai nationals on Monday.")
    assert "raid" not in event_types(batch), events(batch)
    for line in ("Download the Harbour Times app for the latest news from Thailand and Laos.",
                 "For more news about Thailand and Laos, click here.",
                 "Get the latest from Thailand and Laos delivered to your inbox.",
                 "Disclaimer: The views are those of the writer, not of the Harbour Times in Thailand or Laos."):
        batch = run(f"Police in Poipet arrested 19 Thai nationals on Monday.\n{line}")
        assert not {"Thailand", "Laos"} & names(batch, Label.LOCATION), line


def test_a_press_wires_dateline_dates_no_act_and_counts_the_days() -> None:
    text = ("Bangkok, 3 March 2026 /PRNewswire/ -- The Velmora Alliance said its volunteers helped police rescue "
            "18 Kenyan workers from a compound in Mae Sot.")
    assert "rescue@" in events(run(text, published=None)), events(run(text, published=None))
    batch = run("SINGAPORE, March 3, 2026 /PRNewswire/ -- Police in Kep arrested 12 Chinese nationals last week, "
                "the Velmora Alliance said.", published=None)
    assert "arrest@2026-02-23/2026-03-01" in events(batch), events(batch)
    # (a date alone on a line, as a page's widget of today's date, dates nothing)
    widget = run("Monday, March 2, 2026\nPolice in Kep arrested 12 Chinese nationals last week.", published=None)
    assert "arrest@" in events(widget), events(widget)
