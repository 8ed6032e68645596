"""A worker who went home on time off ("had gone back to Sumatra on holiday") was not sent home:
no repatriation and no count of the returned; a group flown back is still one."""

from tests.unit.test_news_extraction import events, run


def test_a_trip_home_on_leave_is_no_repatriation() -> None:
    text = ("Airport police in Padang stopped nine Indonesian workers bound for Laos on Monday. Three of them had "
            "worked in Laos earlier and had returned to Sumatra on leave.\n")
    assert not any(key.startswith("repatriation") for key in events(run(text)))
    text = "Four Indonesian workers returned home for the holidays in March and never went back to the compound.\n"
    assert not any(key.startswith("repatriation") for key in events(run(text)))


def test_a_group_sent_back_is_still_repatriated() -> None:
    text = "The embassy said 40 Indonesian workers freed in Laos returned home on Monday on a chartered flight.\n"
    assert any(key.startswith("repatriation") for key in events(run(text)))
