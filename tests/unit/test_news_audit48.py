"""Kinds found by the session-48 audits of real stories (South Asian outlets on their citizens,
victims from Latin America and Central Asia, multinational police operations, court verdicts,
Cambodian daily raid reports, Japanese and Taiwanese suspects, sanctions, Thai border work,
survivor features), each shown here on made-up words."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import events, facts, names, run


def test_a_dated_act_counting_other_people_is_not_the_undated_act_told_before() -> None:
    text = ("Thai police helped repatriate 85 Kenyan workers freed from the Lotus Bay compound, the ministry said. "
            "In January 2024, the army handed over 4,100 suspected fraudsters to China.")
    told = facts(run(text))
    assert ("REPATRIATED", "repatriation@", "KE", 85) in told
    assert not any(f[1] == "repatriation@2024-01" and f[2] == "KE" for f in told)
    # the same people counted again in a dated sentence are the act told first, given its day
    again = events(run("Police arrested 52 Taiwanese in Penang. Late in March 2026, officers arrested a total of 90 "
                       "suspects, including 52 from Taiwan and 38 from China."))
    assert list(again) == ["arrest@2026-03"]


def test_regional_police_bodies_are_agencies() -> None:
    told = facts(run("The sweep, run by ASEANAPOL with help from AFRIPOL, led to 230 arrests in Laos between 4 and 9 "
                     "May 2025."))
    assert {f[1] for f in told if f[0] == "PARTICIPATED_IN"} >= {"ASEANAPOL", "AFRIPOL"}


def test_victims_safeguarded_are_rescued_not_arrested() -> None:
    told = events(run("The week-long sweep in Laos ended with the safeguarding of 640 likely trafficking victims "
                      "and the arrest of 95 suspects."))
    (sweep,) = told.values()
    assert (sweep["count_rescued"], sweep["count_arrested"]) == (640, 95)
    assert events(run("The bureau is safeguarding young users with new rules.")) == {}


def test_an_operations_code_name_is_no_person() -> None:
    batch = run("Police in nine countries freed 210 victims. The operation, known as Copper Tide III, ran from 1 to "
                "7 May 2025; a second sweep, dubbed Grey Owl, followed.")
    assert not any(f[1] in {"Copper Tide III", "Grey Owl"} or f[2] in {"Copper Tide III", "Grey Owl"}
                   for f in facts(batch))
    assert names(batch, Label.PERSON) == set()


def test_a_states_people_counted_with_their_plight_are_its_own() -> None:
    told = facts(run("Nepal flew home 36 of its rescued citizens on Friday, the ministry said."))
    assert ("REPATRIATED", "repatriation@2026-10-09", "NP", 36) in told
    assert not any(f[0] == "RESCUED" for f in told)
