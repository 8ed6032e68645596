"""A line that ends with a picture's credit ("(Photo: X)", "(Kampot police Facebook)",
"[PRESS POOL]") and holds one sentence is a caption: what a picture shows (another raid, a
meeting, the day it was taken) gives no event, date or site of the story's acts; the people and
places it names are named."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import events, facts, names, run


def test_a_caption_with_a_credit_tells_no_event() -> None:
    batch = run("Several foreigners were detained at the Teak Leaf Inn in Preah Vihear, pictured on May 9, 2025. "
                "(Photo: Kim Sovann)\n\nRiver police raid a house used by a fraud ring on April 2, 2025. (River "
                "police Facebook)\n\nOfficials said 14 Lao nationals were rescued from the Teak Leaf Inn on May 6.")
    assert [k for k in events(batch) if k.startswith("rescue")]
    assert not [k for k in events(batch) if k.startswith(("detention", "raid"))]
    assert not [f for f in facts(batch) if f[0] == "CONDUCTED"]


def test_a_caption_credited_in_capitals_names_no_site() -> None:
    batch = run("Vice Minister Han Seo-yun speaks at the government complex in Sejong on Nov. 1. [PRESS POOL]\n\n"
                "Lao police freed six Koreans held by a fraud ring in Bokeo, the ministry said.")
    assert not names(batch, Label.SITE)
    assert ("RESCUED", "rescue@", "KR", 6) in facts(batch)


def test_a_paragraph_of_the_story_is_still_read() -> None:
    batch = run("Police raided a compound in Bavet on Monday and arrested 31 Chinese nationals (all men).")
    assert [f for f in facts(batch) if f[0] == "ARRESTED" and f[2] == "CN" and f[3] == 31]


def test_a_line_opening_on_a_file_photo_is_a_caption() -> None:
    batch = run("In this file photo dated June 2, 2018, people held for fraud are flown home, landing at Xiamen "
                "airport.\n\nThailand has handed 120 Chinese suspects of online fraud to China, the ministry said.")
    assert not [k for k in events(batch) if k.endswith("2018-06-02")]
    assert ("REPATRIATED", "CN", 120) in {(f[0], f[2], f[3]) for f in facts(batch)}


def test_a_captions_people_and_places_are_still_named() -> None:
    batch = run("Vice Foreign Minister Han Seo-yun talks with Prime Minister Sok Vanna during a meeting in Phnom "
                "Penh on Oct 16. (Photo: AP)\n\nCambodia will deport 59 South Koreans held over online fraud.")
    assert {"Han Seo-yun", "Sok Vanna"} <= names(batch, Label.PERSON)
    assert "Phnom Penh" in names(batch, Label.LOCATION)


def test_a_caption_with_its_credit_after_the_full_stop_tells_no_act() -> None:
    # ("... on 2 September. Photograph: Reuters", a paper's style: audit 36g dated a rescue by it)
    batch = run("Kenyans freed from scam centres in Laos wait outside their embassy in Vientiane on 2 September. "
                "Photograph: Reuters\n\nThe embassy said it was arranging flights home.")
    assert not [k for k in events(batch) if k.endswith("2026-09-02")]


def test_a_line_opening_on_picture_is_a_caption() -> None:
    # (audit 36f: "Picture: the minister beside a set of police raids" gave a raid)
    batch = run("Picture: Tea Banh, the minister, beside a set of police raids on fraud compounds in Cambodia.\n\n"
                "The ministry set a deadline of April for the closure of the compounds.")
    assert not any(k.startswith("raid") for k in events(batch))
