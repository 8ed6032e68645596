"""People a page names as its makers are no people of the story: the writers of a byline with
their outlet after it, a picture's maker in a sentence or a credit with an outlet, and the writer
a closing note describes (a real-article audit, session 25: a Korean outlet's byline, cover-image
credit and author note gave three people the story never mentions)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run

STORY = "Philippine police arrested two Korean men in Manila on Monday, said spokesman Ramon Ortiz."


def test_a_byline_with_the_outlet_after_a_comma_names_no_person() -> None:
    batch = run(f"Two held over phone fraud\n\nBy Maria Lopez, The Harbour Ledger\nMarch 3, 2025\n\n{STORY}")
    assert names(batch, Label.PERSON) == {"Ramon Ortiz"}


def test_a_byline_of_several_writers_names_none_of_them() -> None:
    batch = run(f"Two held over phone fraud\n\nBy Maria Lopez, Juan Cruz, and Ana Reyes\n\n{STORY}")
    assert names(batch, Label.PERSON) == {"Ramon Ortiz"}
    batch = run(f"Two held over phone fraud\n\nBy Maria Lopez and Juan Cruz, Harbour Ledger\n\n{STORY}")
    assert names(batch, Label.PERSON) == {"Ramon Ortiz"}


def test_a_picture_credit_with_an_outlet_after_a_slash_names_no_person() -> None:
    batch = run(f"{STORY}\n\nPhoto by Daniel Ortega/Harbour Ledger")
    assert names(batch, Label.PERSON) == {"Ramon Ortiz"}


def test_a_sentence_crediting_a_picture_names_no_person() -> None:
    batch = run(f"{STORY}\n\nThe picture at the top of this story was drawn by Mira Sol.")
    assert names(batch, Label.PERSON) == {"Ramon Ortiz"}


def test_the_note_on_the_writer_under_a_story_names_no_person() -> None:
    batch = run(f"{STORY}\n\nMaria Lopez is a crime reporter for The Harbour Ledger. She covers fraud.")
    assert names(batch, Label.PERSON) == {"Ramon Ortiz"}


def test_people_of_the_story_in_like_sentences_are_kept() -> None:
    batch = run("By Monday, police had arrested Zhou Wenbo in Poipet.")
    assert names(batch, Label.PERSON) == {"Zhou Wenbo"}
    batch = run("Maria Lopez is a former reporter who was detained in Myawaddy for six months, police said.")
    assert names(batch, Label.PERSON) == {"Maria Lopez"}
    batch = run("Maria Lopez is a recruiter for a scam compound in Myawaddy, police said.")
    assert names(batch, Label.PERSON) == {"Maria Lopez"}
    batch = run("The photo was taken by Daniel Ortega before he was arrested in Manila on Monday for fraud.")
    assert names(batch, Label.PERSON) == {"Daniel Ortega"}
    batch = run("Maria Lopez is a reporter for the Ledger who was detained in Myawaddy for six months "
                "after she exposed a scam compound, police said on Monday.")
    assert "Maria Lopez" in names(batch, Label.PERSON)


def test_a_wires_desk_credits_name_no_person_and_no_place() -> None:
    batch = run(f"{STORY}\n\n(Reporting by Panu Wongsa in Bangkok and Chen Lin; Editing by Martin Pett)")
    assert names(batch, Label.PERSON) == {"Ramon Ortiz"}
    assert "Bangkok" not in names(batch, Label.LOCATION)
    batch = run(f"{STORY}\n\nAdditional reporting by Panu Wongsa in Bangkok")
    assert names(batch, Label.PERSON) == {"Ramon Ortiz"}
    assert "Bangkok" not in names(batch, Label.LOCATION)


def test_reporting_by_an_outlet_that_found_something_is_news() -> None:
    batch = run("Reporting by the Harbour Ledger found that police arrested Zhou Wenbo in Poipet.")
    assert names(batch, Label.PERSON) == {"Zhou Wenbo"}


def test_a_pages_tag_line_names_nothing() -> None:
    batch = run(f"{STORY}\n\nTags: Cambodia, Myanmar, human trafficking, Hun Sen")
    assert names(batch, Label.PERSON) == {"Ramon Ortiz"}
    assert names(batch, Label.LOCATION) == {"Manila"}


def test_a_byline_opened_by_posted_or_story_or_with_its_filing_place_names_no_person() -> None:
    for byline in ("Posted by Maria Lopez on March 3, 2025", "Story by Maria Lopez", "By Maria Lopez in Manila"):
        batch = run(f"Two held over phone fraud\n\n{byline}\n\n{STORY}")
        assert names(batch, Label.PERSON) == {"Ramon Ortiz"}, byline


def test_notes_on_how_the_page_was_made_name_nothing_of_the_story() -> None:
    for note in ("Maria Lopez is a freelance journalist based in Bangkok.",
                 "Associated Press writer Maria Lopez in Bangkok contributed to this report.",
                 "This story was produced with support from the Harbour Foundation.",
                 "© 2025 Harbour Ledger Media Group"):
        batch = run(f"{STORY}\n\n{note}")
        assert names(batch, Label.PERSON) == {"Ramon Ortiz"}, note
        assert names(batch, Label.LOCATION) == {"Manila"}, note
        assert names(batch, Label.ORGANIZATION) == set(), note


def test_a_bodys_report_the_story_tells_of_is_news() -> None:
    batch = run("This report was produced by police in Manila after they arrested Zhou Wenbo.")
    assert names(batch, Label.PERSON) == {"Zhou Wenbo"}
    assert names(batch, Label.LOCATION) == {"Manila"}


def test_a_pages_video_or_audio_item_tells_no_event() -> None:
    for item in ("WATCH: Police raid a scam compound in Pasay", "Video: Thai police rescue 40 Indonesians"):
        batch = run(f"{STORY}\n\n{item}")
        assert {n.properties.get("type") for n in batch.nodes.values() if n.label is Label.EVENT} == {"arrest"}, item
    batch = run("Video footage showed police raiding a compound in Pasay on Monday.")
    assert {n.properties.get("type") for n in batch.nodes.values() if n.label is Label.EVENT} == {"raid"}


def test_a_pages_links_to_other_stories_and_its_invitations_name_nothing() -> None:
    for lines in ("Previous article\n300 Chinese flown home from Mae Sot", "Read Next\n300 Chinese flown home from Mae Sot",
                  "Join our Telegram channel for the latest news",
                  "Stay current - Follow the Ledger on WhatsApp, Google news and Telegram"):
        batch = run(f"{STORY}\n\n{lines}")
        assert names(batch, Label.ORGANIZATION) == set(), lines
        assert {n.properties.get("type") for n in batch.nodes.values() if n.label is Label.EVENT} == {"arrest"}, lines


def test_an_outlet_named_for_its_country_is_an_outlet_not_the_country() -> None:
    for text in ("Police deported 64 Chinese on Monday, the state-run Global Dawn of Myanmar said.",
                 "Police deported 64 Chinese on Monday, the Voice of Vietnam reported."):
        batch = run(text)
        assert len(names(batch, Label.ORGANIZATION)) == 1, text
        assert not names(batch, Label.LOCATION), text


def test_a_pictures_credit_in_brackets_names_nobody_of_the_story_not_even_a_body() -> None:
    for credit in ("(Lotus City Police via AP)", "(Image: Harbour Ledger)", "(Photo courtesy of the Harbour Ledger)"):
        batch = run(f"Police said 45 Chinese nationals were held in Mae Sot on Monday. {credit}")
        assert names(batch, Label.ORGANIZATION) | names(batch, Label.AGENCY) == set(), credit


def test_an_old_pictures_caption_and_a_correction_tell_nothing_of_the_story() -> None:
    caption = "FILE PHOTO: Police officers raid a compound in Lotus City, Atlantis, September 16, 2022.\n"
    found = facts(run(caption + "Police arrested 12 Thais in Poipet on Monday.\n"))
    assert not any(f[1].startswith("raid") for f in found)
    assert any(f[0] == "ARRESTED" and f[2:] == ("TH", 12) for f in found)
    for note in ("Correction: An earlier version of this story said 40 Thais were arrested.",
                 "An earlier version of this story said 40 Thais were arrested. The men were taken to Phnom Penh."):
        found = facts(run(f"Police arrested 14 Thais in Poipet on Monday.\n{note}\n"))
        assert not any(f[3] == 40 for f in found), note
        assert any(f[0] == "ARRESTED" and f[2:] == ("TH", 14) for f in found), note


def test_a_newsletters_offer_names_nobody_of_the_story() -> None:
    for offer in ("Subscribe to our Weekly Digest Our editor picks the week's news. The offer is not open to "
                  "readers in some regions. By clicking subscribe, you accept emails from Harbour Media.",
                  "Sign up now: Get the Ledger's newsletters delivered to your inbox"):
        batch = run(f"Police arrested 12 Thais in Poipet on Monday.\n{offer}\nThe men were taken to Phnom Penh.\n")
        assert names(batch, Label.AGENCY) | names(batch, Label.ORGANIZATION) == set(), offer
        assert names(batch, Label.LOCATION) == {"Poipet", "Phnom Penh"}, offer
