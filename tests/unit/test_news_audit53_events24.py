"""Audit 53, fixer events24: acts the reader read from sentences that tell none done (a meeting
held, people moved somewhere "to be deported", a need still to meet, a remit "if necessary", a
return meant with its words of haste in quotation marks or after "to speed up"), an evacuation
told with the people's landing, which is their return home, and a kidnapping told in a relative
clause, which is an act of its own (made-up people, towns and numbers; real countries)."""

from scamgraph.model import RelType
from tests.unit.test_news_extraction import event_types, facts, run


def _types(text: str) -> set[str]:
    return event_types(run(text))


def test_a_meeting_held_holds_no_one() -> None:
    for gathering in ("a meeting", "a press conference"):
        text = (f"Deputy police chief Pol Maj Gen Anan Boonmee yesterday held {gathering} after six Vietnamese, "
                "aged 19-28, claimed they had been tricked and forced to work in low positions at a Chinese-run "
                "resort in Myanmar.")
        assert "detention" not in _types(text), gathering
        assert not any(f[0] == RelType.DETAINED.value for f in facts(run(text))), gathering


def test_people_held_by_the_police_are_still_detained() -> None:
    batch = run("Police held 14 Vietnamese nationals at a guesthouse in Dorvan on Monday.")
    assert ("DETAINED", "detention@2026-10-12", "VN", 14) in facts(batch)


def test_people_moved_somewhere_to_be_deported_are_not_yet_deported() -> None:
    for text in ("Captain Rell Dovan said the 40 Vietnamese were now sent to Merrow to be deported.",
                 "The 40 Vietnamese were taken to the border camp at Merrow to be deported."):
        assert "deportation" not in _types(text), text


def test_a_deportation_told_done_after_a_move_stays() -> None:
    batch = run("The 40 Vietnamese nationals sent to Merrow were deported on Monday.")
    assert ("DEPORTED", "deportation@2026-10-12", "VN", 40) in facts(batch)


def test_a_need_still_to_meet_is_no_act() -> None:
    assert "deportation" not in _types("Merrow police may have to deport 34 Vietnamese nationals.")
    assert "rescue" not in _types("Officials said they will need to rescue 12 Indonesians held in Dorvan.")


def test_an_act_a_remit_names_if_necessary_is_no_act() -> None:
    text = ("The city police formed a team to look into the case and rescue, if necessary, Vietnamese lured "
            "into working for fraud gangs in Laos.")
    assert "rescue" not in _types(text)


def test_an_evacuation_told_with_the_landing_is_a_return_home() -> None:
    batch = run("A total of 150 Indonesian citizens stranded in the war zone in eastern Myanmar were safely "
                "evacuated, arriving at Tarvo International Airport early Monday.")
    assert ("REPATRIATED", "repatriation@2026-10-12", "ID", 150) in facts(batch)
    assert not any(f[0] == RelType.RESCUED.value for f in facts(batch))


def test_an_evacuation_from_a_compound_is_still_a_rescue() -> None:
    batch = run("150 Indonesian citizens were evacuated from the compound by soldiers on Monday.")
    assert ("RESCUED", "rescue@2026-10-12", "ID", 150) in facts(batch)


def test_a_return_meant_with_quoted_words_of_haste_is_no_act() -> None:
    for text in ("The Zorian mission said it was working to ensure \u201cprompt\u201d repatriation of 22 Indonesians.",
                 "The Zorian mission in Laos said on Monday it was striving to speed up paperwork to ensure "
                 "\u2018speedy and safe\u2019 return of 22 Indonesians, who were tricked into jobs in Laos, to their "
                 "country."):
        assert "repatriation" not in _types(text), text


def test_a_return_meant_after_to_speed_up_is_no_act() -> None:
    text = ("The Zorian mission said it was striving to speed up paperwork to ensure the speedy and safe return "
            "of 22 Indonesians.")
    assert "repatriation" not in _types(text)


def test_a_kidnapping_told_in_a_relative_clause_is_an_act() -> None:
    for text in ("Dorvan police rescued two engineers, who were abducted by a crime ring and forced to work long "
                 "hours in Cambodia.",
                 "A holiday turned into an ordeal for young Zorians, most in their twenties, who were kidnapped by a "
                 "crime ring in Myanmar."):
        assert "kidnapping" in _types(text), text
