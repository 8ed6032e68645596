"""The type of an act told with "operation": an act a sentence names and then says to be an
operation is that act, not a raid (which would take the act's people before it as its arrests);
an evacuation operation is a rescue, like a rescue operation (generic sentences in our own words)."""

from tests.unit.test_news_extraction import events, run


def _kinds(text: str) -> set[str]:
    return {key.split("@")[0] for key in events(run(text))}


def test_an_act_said_to_be_an_operation_is_that_act() -> None:
    kinds = _kinds("Officials said 140 citizens were flown home from Varlo on Monday. "
                   "The repatriation was a large operation run by three ministries.")
    assert "repatriation" in kinds
    assert "raid" not in kinds


def test_an_act_said_to_be_an_operation_keeps_an_arrest_told_before_it() -> None:
    kinds = _kinds("Border guards arrested 16 workers who had crossed without papers. "
                   "Their repatriation was a coordinated operation of the two governments.")
    assert "arrest" in kinds
    assert "raid" not in kinds


def test_a_raid_said_to_be_an_operation_stays_a_raid() -> None:
    assert "raid" in _kinds("The raid on the Merrow compound was a combined operation of police and soldiers.")


def test_an_evacuation_operation_is_a_rescue() -> None:
    kinds = _kinds("Consular staff led an evacuation operation that brought 60 workers out of the border zone.")
    assert "rescue" in kinds
    assert "raid" not in kinds
