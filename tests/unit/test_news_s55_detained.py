"""Who was detained (session 55, the DETAINED edges and "detained" counts read across all open real
stories): a taking the story itself calls "the arrests", and a victim's report of being held.
Each construction on made-up words."""

from tests.unit.test_news_extraction import events, facts, run


def _taken(text: str) -> set[tuple[str, str, str, object]]:
    return {f for f in facts(run(text)) if f[0] in {"DETAINED", "ARRESTED", "RESCUED"}}


def test_people_detained_then_told_as_the_arrests_were_made_were_arrested() -> None:
    text = ("Police in Dorvia have detained more than 300 Chinese men and seized hundreds of phones in a fraud "
            "inquiry, according to officials. The arrests were made on Friday at two guesthouses in Dorvia, a police chief said.")
    batch = run(text)
    found = {f for f in facts(batch) if f[0] in {"DETAINED", "ARRESTED"}}
    assert found == {("ARRESTED", "arrest@2026-10-09", "CN", 300)}
    assert not any(props["type"] == "detention" for props in events(batch).values())
    assert events(batch)["arrest@2026-10-09"].get("count_arrested") == 300
    assert "count_detained" not in events(batch)["arrest@2026-10-09"]


def test_a_bodys_detention_in_an_operation_told_as_the_arrests_during_a_sweep_is_the_sweeps_arrest() -> None:
    text = ("The immigration bureau on Friday said it detained 40 foreign nationals in an operation against "
            "scammers in Lumeria. They were mostly Chinese nationals, with some Laotians. The arrests were made "
            "on March 3 during a sweep at a tower in Lumeria.")
    batch = run(text)
    assert _taken(text) == {("ARRESTED", "raid@2026-03-03", "CN", None), ("ARRESTED", "raid@2026-03-03", "LA", None)}
    assert events(batch)["raid@2026-03-03"].get("count_arrested") == 40
    # an act that counts its arrested already: the custody of others stays a custody
    text = ("Police in Dorvia arrested four Thai bosses and detained 60 Lao workers in a raid on a casino on "
            "Monday. The arrests were made after a tip-off.")
    found = _taken(text)
    assert ("DETAINED", "raid@2026-10-12", "LA", 60) in found
    assert ("ARRESTED", "raid@2026-10-12", "TH", 4) in found


def test_a_victim_reporting_he_was_being_detained_tells_no_detention() -> None:
    text = ("Soldiers freed nine Lao youths from a shed in Dorvia on Monday. One boy had phoned his aunt to "
            "tell her he was being detained alongside eight other young Laotians.")
    assert _taken(text) == {("RESCUED", "rescue@2026-10-12", "LA", 9)}
    assert "detention" not in {props["type"] for props in events(run(text)).values()}
    # a state's custody told as now ("are being held at") is still a detention
    text = "Forty Lao workers are being held at the immigration detention centre in Dorvia, police said."
    assert any(f[0] == "DETAINED" and f[2] == "LA" for f in _taken(text))
