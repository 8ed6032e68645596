"""Which agency carried an event out and which only helped: a support word must be told of the event."""

from tests.unit.test_news_extraction import facts, run


def _links(batch, kind: str) -> set[tuple[str, str]]:
    return {(f[0], f[1]) for f in facts(batch) if f[2].startswith(kind) and f[0] in {"CONDUCTED", "PARTICIPATED_IN"}}


def test_a_support_word_in_an_opening_phrase_does_not_make_the_subject_a_helper() -> None:
    batch = run("In a fresh sign of regional cooperation, the Lao police detained 15 foreigners on Monday.")
    found = _links(batch, "detention")
    assert ("PARTICIPATED_IN", "Lao police") not in found and ("CONDUCTED", "Lao police") in found


def test_support_for_a_return_still_awaited_is_no_help_in_the_rescue() -> None:
    batch = run("The 40 workers were rescued on Monday and now await repatriation support from the Kenyan embassy.")
    assert not [link for link in _links(batch, "rescue") if link[1] == "Kenyan embassy"]


def test_help_named_right_after_the_event_is_still_help() -> None:
    batch = run("Police rescued 30 workers in Poipet on Monday with the support of the Thai embassy.")
    assert ("PARTICIPATED_IN", "Thai embassy") in _links(batch, "rescue")


def test_the_body_that_issued_an_order_neither_announced_nor_carried_out_the_raid() -> None:
    batch = run("Police raided a hotel in Manila on Monday. "
                "The raid was carried out under a search order issued by the Department of Justice.")
    found = {(f[0], f[1]) for f in facts(batch) if f[2].startswith("raid")}
    assert not [link for link in found if link[1].endswith("Department of Justice")]


def test_a_statement_issued_by_a_body_still_announces() -> None:
    batch = run("Police raided a hotel in Manila on Monday, according to a written statement issued by the Bureau of Immigration.")
    found = {(f[0], f[1]) for f in facts(batch) if f[2].startswith("raid")}
    assert [link for link in found if link[0] == "ANNOUNCED" and link[1].endswith("Bureau of Immigration")]


def test_a_warrant_issued_by_a_body_is_that_bodys_act() -> None:
    batch = run("An arrest warrant issued by the Department of Justice on Monday names the compound's owner.")
    found = {(f[0], f[1]) for f in facts(batch) if f[2].startswith("warrant")}
    assert [link for link in found if link[0] == "CONDUCTED" and link[1].endswith("Department of Justice")]


def test_an_agency_that_carried_out_something_else_did_not_carry_out_the_event() -> None:
    batch = run("At the handover ceremony on Friday, Cambodian police carried out health checks on the returnees.")
    assert not [f for f in facts(batch) if f[0] == "CONDUCTED"]


def test_an_agency_that_carried_out_the_raid_still_conducted_it() -> None:
    batch = run("On Friday, Cambodian police carried out a raid on a casino in Bavet.")
    assert [f for f in facts(batch) if f[0] == "CONDUCTED" and f[2].startswith("raid")]


def test_the_agent_of_another_participle_did_not_carry_out_the_event() -> None:
    batch = run("The workers were rescued on Monday but remain in camps operated by the Border Guard Force.")
    assert not [f for f in facts(batch) if f[0] == "CONDUCTED"]


def test_the_agent_after_carried_out_by_still_conducted_the_event() -> None:
    batch = run("The raid on the casino in Bavet was carried out on Monday by the Border Guard Force.")
    assert [f for f in facts(batch) if f[0] == "CONDUCTED" and f[2].startswith("raid")]


def test_the_person_a_raid_was_led_by_leads_it_past_titles() -> None:
    batch = run("Police raided a casino in Bavet on Monday. The raid was led by police colonel Sok Dara.")
    assert ("LEADS", "Sok Dara", "raid@2026-10-12", None) in facts(batch)


def test_the_official_a_handover_was_supervised_by_took_part_past_an_appositive() -> None:
    batch = run("Laos deported 40 suspects to China on Monday. The handover was supervised by the deputy "
                "director of the Immigration Police Department, Soutchai Inthongxay.")
    assert [f for f in facts(batch) if f[0] == "PARTICIPATED_IN" and f[1] == "Soutchai Inthongxay"]


def test_a_person_named_as_the_source_after_by_does_not_lead() -> None:
    batch = run("Police raided a casino in Bavet on Monday, according to a report by journalist Sok Dara.")
    assert not [f for f in facts(batch) if f[0] in {"LEADS", "PARTICIPATED_IN"}]


def test_the_leader_of_a_delegation_that_joined_a_raid_does_not_lead_the_raid() -> None:
    batch = run("A delegation led by lawmaker Kim Min-jun accompanied the raid on a casino in Bavet on Monday.")
    assert not [f for f in facts(batch) if f[0] == "LEADS" and f[2].startswith("raid")]


def test_the_agency_that_brought_people_back_carried_out_the_return() -> None:
    batch = run("Thai police brought 40 suspects back from Cambodia on Monday.")
    assert [f for f in facts(batch) if f[0] == "CONDUCTED" and f[2].startswith("repatriation")]


def test_an_agency_the_people_were_brought_to_did_not_bring_them() -> None:
    batch = run("Forty suspects were brought back from Cambodia on Monday and handed to Thai police.")
    assert not [f for f in facts(batch) if f[0] == "CONDUCTED"]
