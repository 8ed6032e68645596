"""Audit 50, fixer i1: acts told again that made second events, places and days of another act put on
an event, a helper made the lead, an act only asked for (made-up people and numbers)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import events, facts, names, run


def _types(text: str) -> list[str]:
    return sorted(str(e["type"]) for e in events(run(text)).values())


def test_a_joint_probe_spread_over_sites_is_the_raid_told_again() -> None:
    text = ("Lao police detained 310 suspects during an operation carried out on 4 March in Bokeo. "
            "The joint investigation, involving Lao police and district officials, was carried out across eight locations.")
    assert _types(text) == ["raid"]
    assert _types("Police raided a scam compound in Poipet on Monday. The joint probe covered six sites.") == ["raid"]
    alone = _types("The joint investigation into the gang covered six provinces.")
    assert alone == ["investigation"]  # (no raid told before: the inquiry is the story's own)


def test_a_journey_told_only_for_what_hampered_it_is_no_second_event() -> None:
    text = ("Thai officials flew 140 Thais home from Kunming on Monday. "
            "Evacuation of the Thais from Muse was, however, slowed by heavy rain.")
    assert _types(text) == ["repatriation"]
    told = _types("Thai officials flew 140 Thais home from Kunming on Monday. "
                  "The airlift of the workers from Muse was hampered by fighting.")
    assert told == ["repatriation"]


def test_a_later_acts_place_is_not_the_first_ones() -> None:
    text = "Police arrested 60 people in a raid on a compound on Monday. Later, they arrested 25 more in Pakse."
    assert not [f for f in facts(run(text)) if f[0] == "OCCURRED_AT"]
    kept = run("Police arrested 60 people in a raid on a compound on Monday. They arrested them in Pakse.")
    assert ("OCCURRED_AT", "raid@2026-10-12", "Pakse", None) in facts(kept)


def test_the_day_of_a_relative_clauses_act_is_not_the_detentions() -> None:
    text = ("The two men had been held at a detention centre in Laos along with two other suspects, "
            "both of whom were arrested Sunday.")
    dated = [e for e in events(run(text)).values() if e["type"] == "detention"]
    assert dated and not any(e.get("date") for e in dated)
    own = run("The two men had been held at a detention centre in Laos on Sunday.")
    assert any(e.get("date") == "2026-10-11" for e in events(own).values())


def test_the_body_worked_with_helped_and_the_subject_led() -> None:
    text = ("Lao police arrested four Malaysian men in Pakse at the weekend. The Lao National Police worked "
            "with the Royal Malaysia Police on the investigation that ended in the arrest of the men.")
    found = facts(run(text))
    led = {(f[0], f[2]) for f in found if f[1] == "Lao National Police"}
    helped = {(f[0], f[2].split("@")[0]) for f in found if f[1] == "Royal Malaysia Police"}
    assert ("CONDUCTED", "investigation@") in led
    assert helped == {("PARTICIPATED_IN", "investigation"), ("PARTICIPATED_IN", "arrest")}
    joint = facts(run("Vietnamese police cooperated with Lao police to rescue 21 citizens in Bokeo on Monday."))
    assert ("CONDUCTED", "Lao police", "rescue@2026-10-12", None) in joint  # (an act told as done together)


def test_an_arrest_help_was_sought_for_is_no_arrest() -> None:
    text = ("Lao police arrested four Malaysian men in Pakse at the weekend. Last week the Malaysian deputy police "
            "chief sought help in arresting Malaysian and Chinese suspects tied to the ring.")
    found = facts(run(text))
    assert not [f for f in found if f[0] == "ARRESTED" and f[2] == "CN"]
    assert _types(text) == ["arrest"]
    assert "China" not in names(run(text), Label.LOCATION)


def test_one_bodys_share_of_a_split_act_is_not_its_total() -> None:
    text = ("The Dastra Provincial Police applied for arrest warrants for all 30 suspects in its care, "
            "and the Wrenmouth Police applied for warrants for 9 of 12 suspects.")
    assert not [e for e in events(run(text)).values() if e.get("count_warrants")]
    whole = run("The Dastra Provincial Police applied for arrest warrants for all 30 suspects in its care.")
    assert [e for e in events(whole).values() if e.get("count_warrants") == 30]
    two = run("Dastra police arrested 19 people in April, and the Wrenmouth police arrested two in August.")
    assert sorted(e.get("count_arrested") for e in events(two).values()) == [2, 19]  # (two acts, two days)
