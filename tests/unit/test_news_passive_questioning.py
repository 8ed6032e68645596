"""People "questioned", "interrogated" or "investigated" in the passive ("were questioned by the
police", "after being investigated by the ministry", "is being investigated") is an investigation
done (grammar: the passive of a verb of investigating; development article 102 and audit pages
a34, b03, b05, b22, d37, p03, q12), but not one still to come ("will be questioned by police",
audit pages i08 and n05): phrase rows in `event_phrases.tsv`. A body after "by" that follows a
participle of another act ("freed by X and questioned by Y") did that act, not the investigation
(102, 62, d08, j08); a rescue or arrest told in one sentence with a raid stays the raid's, so its
agent did the raid. Examples are made up."""

from tests.unit.test_news_extraction import events, facts, run


def kinds(text: str) -> set[str]:
    return {key.split("@")[0] for key in events(run(text))}


def test_people_questioned_by_a_body_are_an_investigation() -> None:
    assert "investigation" in kinds("Police in Vientiane freed 12 Kenyans from a scam compound on Monday. "
                                    "The 12 were questioned by the Cyber Crime Division.")


def test_a_case_being_investigated_is_an_investigation() -> None:
    assert "investigation" in kinds("Police in Vientiane arrested four recruiters on Monday. "
                                    "The case is being investigated under the trafficking law.")


def test_people_to_be_questioned_later_make_no_investigation() -> None:
    assert "investigation" not in kinds("Police in Vientiane freed 12 Kenyans from a scam compound on Monday. "
                                        "They will be questioned by immigration officers in the capital.")


def test_each_passive_agent_did_its_own_act() -> None:
    found = facts(run("The nine Kenyans were freed by the Lao National Police and questioned by the "
                      "Anti-Human Trafficking Division before they were handed to immigration."))
    doers = {(source, target.split("@")[0]) for rel, source, target, _ in found if rel == "CONDUCTED"}
    assert ("Lao National Police", "investigation") not in doers
    assert any(kind == "investigation" for _source, kind in doers)


def test_an_arrest_told_with_a_raid_keeps_its_agent_on_the_raid() -> None:
    found = facts(run("The two women were arrested by the Royal Thai Police during a raid in Chiang Mai on Monday."))
    assert any(rel == "CONDUCTED" and source == "Royal Thai Police" and target.startswith("raid")
               for rel, source, target, _ in found)
