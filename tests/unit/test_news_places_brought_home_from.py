"""A repatriation is a homeland taking its people back, so the countries after "from" in
"repatriated 90 suspects from A and B" are where they were taken back from, not their
nationalities, however many are listed (one country alone was already read so). A deportation's
list stays the deportees' homelands, and a third party's handover is not read this way."""

from tests.unit.test_news_extraction import facts, run


def _nationalities(batch) -> set[str]:
    return {target for rel, _, target, _ in facts(batch) if rel in {"REPATRIATED", "DEPORTED"} and len(target) == 2}


def test_countries_a_repatriation_brought_people_back_from_are_no_nationalities() -> None:
    batch = run("Police in the province of Norland said they have repatriated 40 fraud suspects from Laos and Vietnam so far this year.")
    assert not {"LA", "VN"} & _nationalities(batch)


def test_three_countries_left_are_no_nationalities_either() -> None:
    batch = run("Provincial police repatriated 75 suspects from Cambodia, Laos and Myanmar on Monday, officials said.")
    assert not {"KH", "LA", "MM"} & _nationalities(batch)


def test_a_deportations_list_still_names_the_deportees_homelands() -> None:
    batch = run("Immigration officers deported 57 people from China, Vietnam and Laos on Monday.")
    assert {"CN", "VN", "LA"} <= _nationalities(batch)
