"""A second act of counted people told after the agent of their first: "were freed by soldiers and
flown home" (the agent phrase names who acted, not new people), also where the people's own passive
verb comes after a clause that describes them. A time or a place in the agent phrase ends the
reading, and a handing over after it is no return home."""

from tests.unit.test_news_extraction import facts, run


def test_the_act_after_a_short_agent_phrase_is_done_to_the_same_people() -> None:
    found = facts(run("Forty Laotians were freed by soldiers and flown home on Sunday."))
    assert ("REPATRIATED", "repatriation@2026-10-11", "LA", 40) in found
    assert any(f[0] == "RESCUED" and f[2:] == ("LA", 40) for f in found)


def test_the_passive_verb_after_a_clause_on_the_people_keeps_its_second_act() -> None:
    found = facts(run("Some 26 Nepalis who had answered an online advert and ended up in a compound, were "
                      "freed by the army and flown home on Sunday."))
    assert any(f[0] == "REPATRIATED" and f[2:] == ("NP", 26) for f in found)


def test_a_time_inside_the_agent_phrase_stops_the_second_act() -> None:
    found = facts(run("Nine Ugandans were freed by the army in late June and sent to a shelter in Yangon."))
    assert not any(f[0] in {"REPATRIATED", "DEPORTED"} for f in found)


def test_a_handing_over_after_the_agent_is_no_return_home() -> None:
    found = facts(run("Thirteen Laotians were freed by the army and handed over at a border post on Sunday."))
    assert not any(f[0] == "REPATRIATED" for f in found)


def test_a_semicolon_ends_the_search_for_the_people_s_own_verb() -> None:
    found = facts(run("Police held 40 Chinese at a casino in Manila on Sunday; guards were detained by soldiers and "
                      "deported on Monday."))
    assert not any(f[0] == "DEPORTED" and f[2] == "CN" for f in found)
