"""An "operation" in a sentence that names no force, no body and no act of one is a business's or a
service's, no raid: "the app blocked the vendor accounts of the operation", "the operation is
scheduled to begin at 9am". Tests in made-up words."""

import pytest

from tests.unit.test_news_extraction import events, run


@pytest.mark.parametrize("text", [
    "On Monday, July 7, the app blocked the vendor accounts of the operation.",
    "The operation is scheduled to begin at 9am on November 4 and brings together four desks at the border.",
])
def test_an_operation_of_no_force_is_no_raid(text: str) -> None:
    assert events(run(text)) == {}


def test_a_polices_operation_is_a_raid() -> None:
    found = events(run("Police launched an operation against the gang on Monday."))
    assert [e["type"] for e in found.values()] == ["raid"]


def test_a_states_operation_to_dismantle_hubs_is_a_raid() -> None:
    # a state's drive against the hubs names no force, but its act is one
    found = events(run("In March, under pressure from its neighbours, Lotland began a major operation to dismantle fraud "
                       "hubs in its border towns."))
    assert [e["type"] for e in found.values()] == ["raid"]
