"""State-media and official English read by the news reader (session 57; made-up names, places and numbers):
- a task set for others ("instructed the agencies to accelerate the repatriation of") is no act done;
- a body's men before its partner without commas ("the Tatmadaw security forces together with the BGF
  conducted") make the body a conductor too;
- a body that "inspected" buildings and detained people did the detaining;
- a list line that names its people ("- Zorvanian nationals: 418") counts that nationality;
- a body that "welcomed home" its citizens brought them home."""

from __future__ import annotations

from datetime import date

from tests.unit.test_news_extraction import event_types, events, facts, run

PUBLISHED = date(2026, 3, 20)


def test_a_task_set_for_others_is_no_act_done() -> None:
    for text in ("Premier Dalvo Renkat instructed the relevant ministries to accelerate the repatriation of "
                 "foreign workers freed from the Kesh Valley parks.",
                 "The council directed the border committee to expedite the deportation of 230 Zorvanian nationals.",
                 "The minister urged the missions to speed up the repatriation of the remaining workers."):
        batch = run(text, PUBLISHED)
        assert not {"repatriation", "deportation"} & event_types(batch), (text, events(batch))


def test_a_step_taken_to_speed_a_return_is_still_read_as_before() -> None:
    """Guard (passes on the pristine code too): a return told done keeps its event."""
    batch = run("The embassy repatriated 47 Zorvanian nationals from Dorvik on 11 March.", PUBLISHED)
    assert "repatriation@2026-03-11" in events(batch), events(batch)


def test_the_tatmadaw_security_forces_together_with_a_partner_conduct() -> None:
    batch = run("The Tatmadaw security forces together with the BGF conducted an inspection on the Velkar Plaza "
                "building on 5 March.", PUBLISHED)
    found = facts(batch)
    assert ("CONDUCTED", "Myanmar military", "raid@2026-03-05", None) in found, found
    assert ("CONDUCTED", "Border Guard Force", "raid@2026-03-05", None) in found, found


def test_tatmadaw_columns_conduct() -> None:
    batch = run("Tatmadaw columns raided the Velkar Plaza building on 5 March.", PUBLISHED)
    assert ("CONDUCTED", "Myanmar military", "raid@2026-03-05", None) in facts(batch), facts(batch)


def test_a_body_that_inspected_and_detained_conducted_the_detention() -> None:
    batch = run("The Tarnok Provincial Administration, in cooperation with the Lao police, inspected nine buildings "
                "on 6 March and detained 344 foreigners.", PUBLISHED)
    found = facts(batch)
    assert ("CONDUCTED", "Tarnok Provincial Administration", "detention@2026-03-06", None) in found, found
    assert ("PARTICIPATED_IN", "Lao police", "detention@2026-03-06", None) in found, found


def test_list_lines_that_name_their_people() -> None:
    batch = run("A total of 655 foreigners were found during the operation on 4 March. They comprise:\n"
                "- Chinese nationals: 418\n- Vietnamese nationals: 160\n- Indonesian nationals: 77", PUBLISHED)
    found = facts(batch)
    assert {("FOUND", "raid@2026-03-04", "CN", 418), ("FOUND", "raid@2026-03-04", "VN", 160),
            ("FOUND", "raid@2026-03-04", "ID", 77)} <= found, found


def test_welcomed_home_is_a_return() -> None:
    batch = run("The Department of Migrant Workers welcomed home 29 Filipino workers on 12 March.", PUBLISHED)
    assert "repatriation@2026-03-12" in events(batch), events(batch)
