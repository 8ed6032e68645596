"""An act in an infinitive of mere purpose ("how to free them", "the aim is to bring them home",
"their mission was to rescue the workers") is no event (audit pages x04 and x08, articles 92 and
111); an act told as done in the same story still is."""

from scamgraph.loaders.news.purpose_frames import purpose_only
from tests.unit.test_news_extraction import events, facts, run


def test_how_to_rescue_is_no_rescue() -> None:
    batch = run("Officers from Penang will meet their Lao counterparts to discuss how to rescue 12 Malaysians.")
    assert not any(key.startswith("rescue") for key in events(batch))


def test_a_priority_to_bring_people_home_is_no_repatriation() -> None:
    batch = run("The consul in Manila said her first priority was to bring the 30 Nepali workers home.")
    assert not any(key.startswith("repatriation") for key in events(batch))


def test_a_mission_to_rescue_is_no_rescue() -> None:
    batch = run("The minister in Vientiane said the mission is to rescue the victims held in the zone.")
    assert not any(key.startswith("rescue") for key in events(batch))


def test_a_rescue_told_as_done_is_still_a_rescue() -> None:
    batch = run("Soldiers rescued 40 Kenyan workers in Myawaddy on Monday.")
    assert any(key.startswith("rescue") for key in events(batch))


def test_the_frames_read_by_the_rule() -> None:
    def purpose(text: str, word: str) -> bool:
        words = text.lower().split()
        return purpose_only(words, words.index(word), 0)
    assert purpose("they asked how to rescue them", "rescue")
    assert purpose("our main goal is to trace and repatriate them", "repatriate")
    assert not purpose("troops moved in to rescue them", "rescue")
    assert not purpose("he was to rescue them", "rescue")
    assert not purpose("police rescued them", "rescued")


def test_an_act_to_help_with_is_what_a_trip_is_for_and_helped_tells_it_done() -> None:
    assert not [f for f in facts(run("Thai officials travelled to Mae Sot on Monday to help repatriate 41 Ethiopians."))
                if f[0] == "REPATRIATED"]
    assert [f for f in facts(run("The IOM helped repatriate 41 Ethiopians on Monday.")) if f[0] == "REPATRIATED"]


def test_an_act_waited_on_or_sought_is_no_event() -> None:
    for text in ("The 46 Kenyans will remain in Myanmar pending their handover to Thai authorities.",
                 "The 46 Kenyans are in a shelter awaiting their repatriation.",
                 "The MP sought the rescue of 24 Indians held in Myanmar."):
        assert not events(run(text)), text
    assert "rescue@" in events(run("Police rescued 24 Indians after the family sought help."))


def test_help_asked_for_in_rescuing_is_no_rescue() -> None:
    """"asked Lao police for help finding and rescuing the two Estonians": help asked for names what
    it is for; the rescue has not happened."""
    assert not events(run("The ministry has asked Lao police for help finding and rescuing the two Estonians."))
    assert not events(run("The ministry appealed for help in rescuing 12 Nepalis held in Myawaddy."))


def test_help_thanked_for_in_rescuing_tells_the_rescue() -> None:
    assert "rescue@2026-10-12" in events(run("Police thanked the army for help rescuing 12 Nepalis on Monday."))
