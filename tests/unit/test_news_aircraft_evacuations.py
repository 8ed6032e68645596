"""An aircraft that "evacuated" people flew them home (audit 37q): "an Indian Air Force plane evacuated
205 Indian nationals from Mae Sot" is a repatriation the air force conducted, never a rescue."""

from tests.unit.test_news_extraction import events, facts, run


def test_a_plane_that_evacuated_people_repatriated_them() -> None:
    batch = run("On Monday (July 7, 2025), an Indian Air Force plane evacuated 205 Indian nationals from Mae Sot in "
                "Thailand. They had been forced to work in scam centres across the border in Myanmar.")
    assert ("REPATRIATED", "repatriation@2025-07-07", "IN", 205) in facts(batch)
    assert not any(e["type"] == "rescue" for e in events(batch).values())
