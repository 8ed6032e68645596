"""Places listed with their kinds ("X city, Y province and Z province") stand side by side: the
first is not placed inside the second; a chain of kinds with no closing "and" still nests."""

from tests.unit.test_news_extraction import facts, run


def _located(text: str) -> set[tuple[str, str]]:
    return {(f[1], f[2]) for f in facts(run(text)) if f[0] == "LOCATED_IN"}


def test_a_list_of_places_with_their_kinds_nests_nothing() -> None:
    located = _located("Police raided nine sites in Battambang city, Pursat province and Kampot province on Friday.")
    assert ("Battambang", "Pursat") not in located


def test_a_chain_of_kinds_without_a_closing_item_still_nests() -> None:
    located = _located("Police raided a house in Mae Sot district, Tak province, on Friday.")
    assert ("Mae Sot", "Tak") in located


def test_places_listed_before_other_areas_nest_nothing() -> None:
    assert ("Mawlamyine", "Mandalay") not in _located("Police raided sites in Mawlamyine, Mandalay and other areas, "
                                                      "arresting 14 suspects.")
    assert ("Bago", "Mandalay") not in _located("Police raided sites in Bago, Mandalay, and other towns on Monday.")
