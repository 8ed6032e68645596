"""Who a case was brought for, and who did the harm (a Philippine outlet's wording, session 27;
made-up names and numbers):
- "the complainants in this case were three Vietnamese women": the people a case names after a
  copula are its victims, also after a speaker's "said";
- "the victims include 12 Kenyans" after a raid is not read as a case's victims (no case named);
- "lured by 12 recruiters": the people after "by" did the harm, no one is its victim."""

from tests.unit.test_news_extraction import facts, run

_CASE = "Police on Monday filed a detention case against eight Lotusian nationals before the prosecutor. "


def test_the_complainants_named_after_a_copula_are_the_cases_victims() -> None:
    found = facts(run(_CASE + "The complainants in this case are two Vietnamese nationals the "
                      "accused had locked up in a flat."))
    assert any(r == "AFFECTED" and s.startswith("charge") and t == "VN" and c == 2 for r, s, t, c in found)


def test_the_complainants_after_a_speaker_are_the_cases_victims_too() -> None:
    found = facts(run(_CASE + "Colonel Ramon Dantes said the complainants are three Vietnamese nationals."))
    assert any(r == "AFFECTED" and s.startswith("charge") and t == "VN" and c == 3 for r, s, t, c in found)


def test_victims_of_a_raid_are_not_made_a_cases_victims() -> None:
    found = facts(run("Police raided a compound in Lotus City on Monday and arrested 40 people. "
                      "The victims include 12 Kenyans and five Ugandans."))
    assert not any(r == "AFFECTED" for r, *_ in found)


def test_people_who_did_the_luring_are_no_victims() -> None:
    found = facts(run(_CASE + "The victims were lured by 12 Vietnamese recruiters."))
    assert not any(r == "AFFECTED" for r, *_ in found)
    found = facts(run(_CASE + "The eight are accused of luring 12 Vietnamese workers."))
    assert any(r == "AFFECTED" and t == "VN" and c == 12 for r, s, t, c in found)
