"""Failures earlier probers found and left (session 56; made-up names, outlets and numbers; the towns
are real places the gazetteer knows, used only as places).

Page furniture that must create no fact:
- a weather box ("Kep 31°C Mostly sunny", or the town alone over the temperature) names no place;
- a correspondent's line ("From A B, Abuja", "From our correspondent in Accra") and a dateline
  with a bullet or a bar before its day ("Nairobi • 3 March 2026") name no place (convention 7);
- an outlet's plugs name no body and give no address: "X is now on WhatsApp", "X is the national
  news agency of ...", a web address in the paragraph of "Follow us ... Download our app", a
  wire's closing paragraph on the channels that carry it;
- a picture's credit on a line of its own ("Cover image via X/Facebook", "Featured image: ...");
- a bulleted list of other stories' headlines with no heading tells no act (a story's own points
  set as bullets, which repeat its names, are read).
State bodies:
- a phrase of time between a body and its verb ("over the weekend", "earlier this month", "in the
  early hours of Monday") leaves the body the verb's subject;
- "the BI" is the Philippine Bureau of Immigration in a Philippine story, and nothing elsewhere;
- "the immigration and labour departments": one body each."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import event_types, facts, names, run

STORY = "Police raided a villa in Kep on Monday and detained 17 Chinese nationals."


def _places(text: str) -> set[str]:
    return names(run(text), Label.LOCATION)


def test_a_weather_box_names_no_place() -> None:
    assert "Phnom Penh" not in _places(f"Phnom Penh 31°C Mostly sunny\n{STORY}")
    assert "Vientiane" not in _places(f"Vientiane\n29 °C\nLight rain\n{STORY}")
    # (guard, passes on both: a sentence that gives a temperature is the story's)
    assert "Kampot" in _places(f"Temperatures reached 41°C in Kampot.\n{STORY}")


def test_a_correspondents_line_names_no_place() -> None:
    assert "Abuja" not in _places("From Tolu Brennick, Abuja\nNigerian police have rescued 23 Ghanaian women "
                                  "from a fraud ring in Lekki on Monday.")
    assert "Accra" not in _places("From our correspondent in Accra\nPolice in Kumasi arrested 31 Nigerian "
                                  "nationals on Monday.")


def test_a_dateline_with_a_bullet_before_its_day_names_no_place() -> None:
    assert "Nairobi" not in _places("Nairobi • 14 October 2026\nKenya's government has brought home 22 "
                                    "citizens from Myanmar.")
    assert "Lusaka" not in _places("Lusaka | 14 October 2026\nZambian police arrested four recruiters in Ndola "
                                   "on Monday.")
    # (guard, passes on both: the city named again in the story is its place)
    assert "Nairobi" in _places("Nairobi • 14 October 2026\nPolice in Nairobi arrested four recruiters on Monday.")


def test_an_outlets_closing_paragraph_names_no_body_and_gives_no_address() -> None:
    batch = run(f"{STORY}\n\nFollow us on our official WhatsApp channel for the newest alerts! Download our app "
                "from the store. Velpress is the national news agency of Zorvania, with desks in every state. "
                "Visit www.velpress.zv for more.")
    assert not names(batch, Label.IDENTIFIER) and not names(batch, Label.ORGANIZATION), batch.nodes
    assert not any(r == "USES" for r, *_ in facts(batch)), facts(batch)
    batch = run(f"{STORY}\n-- VELPRESS\nVELPRESS brings timely news and stories carried by VELPRESS Wires; "
                "www.velpress.zv; VELPRESS TV on Orbit 311 and Lumo 88 channels and VELPRESS Radio.")
    assert not names(batch, Label.IDENTIFIER) and not names(batch, Label.ORGANIZATION), batch.nodes


def test_an_outlet_on_a_channel_and_a_pictures_credit_name_no_body() -> None:
    for line in ("The Tarrow Ledger is now on Telegram. Tap here to subscribe.",
                 "Cover image via Brenholt Courier/Facebook", "Featured image: Facebook/Tarrow Ledger"):
        batch = run(f"{STORY}\n\n{line}")
        assert not names(batch, Label.ORGANIZATION) and not names(batch, Label.PERSON), (line, batch.nodes)


def test_a_bulleted_list_of_other_headlines_tells_no_act() -> None:
    batch = run(f"{STORY}\n\n• Zorvania expels 210 Velorians in fraud sweep\n• Tarrow sends 30 officers to "
                "Belmar\n• Lotland frees 20 from Myawaddy\n")
    assert event_types(batch) == {"raid"}, facts(batch)
    # (guard, passes on both: the story's own points set as bullets are read)
    points = run(f"{STORY}\n• 17 Chinese nationals detained in Kep villa\n• Officers seized 40 phones and 12 laptops\n")
    assert "seizure" in event_types(points), facts(points)


def test_a_phrase_of_time_between_a_body_and_its_verb() -> None:
    for time in ("over the weekend", "earlier this month", "in the early hours of Tuesday", "over the past week"):
        found = facts(run(f"The Central Bureau of Investigation {time} arrested two men who sent workers to Laos."))
        assert any(r == "CONDUCTED" and s == "Central Bureau of Investigation" for r, s, *_ in found), (time, found)


def test_the_bi_in_a_philippine_story() -> None:
    found = facts(run("Officers of the NBI and the BI raided a hub in Pasay City on Monday and arrested 45 "
                      "Chinese nationals."))
    assert ("CONDUCTED", "Philippine Bureau of Immigration", "raid@2026-10-12", None) in found, found
    # (not where nothing says the story is Philippine, nor in a unit's short form)
    batch = run("Officers of the CIB and the BI raided a villa in Kep on Monday.")
    assert "Philippine Bureau of Immigration" not in names(batch, Label.AGENCY), names(batch, Label.AGENCY)
    batch = run("The raid in Pasay City was carried out by the Fugitive Tracking Unit (BI-FTU) on Monday.")
    assert "Philippine Bureau of Immigration" not in names(batch, Label.AGENCY), names(batch, Label.AGENCY)


def test_two_lower_case_bodies_sharing_a_plural_head() -> None:
    found = facts(run("Officers from the immigration and labour departments detained 30 Bangladeshi workers in "
                      "Johor on Monday."))
    doers = {s for r, s, *_ in found if r == "CONDUCTED"}
    assert doers == {"Immigration Department", "Labour Department"}, found
