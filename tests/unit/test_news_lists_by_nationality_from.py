"""A list of counted peoples that mixes demonyms and "N from <country>" items ("39 Chinese
nationals, 5 from Indonesia and 13 from India") is a list by nationality: every item counts its
people; a breakdown of one people by the places they were in ("4,555 Indians, including 2,265
from Cambodia and 2,290 from Laos") stays one people."""

from tests.unit.test_news_extraction import counts_of, events, run



def test_from_items_beside_a_demonym_item_are_nationalities() -> None:
    text = "The militia handed over 61 victims on Thursday. The victims included 39 Chinese nationals, 5 from Indonesia and 13 from India.\n"
    assert {("REPATRIATED", "CN", 39), ("REPATRIATED", "ID", 5), ("REPATRIATED", "IN", 13)} <= counts_of(text)


def test_a_breakdown_of_one_people_by_place_stays_theirs() -> None:
    counted = counts_of("Police rescued 4,555 Indians, including 2,265 from Cambodia and 2,290 from Laos.\n")
    assert ("RESCUED", "IN", 4555) in counted
    assert not any(nat in {"KH", "LA"} for _, nat, _ in counted)


def test_a_relative_clause_after_a_list_of_parts_is_the_lists() -> None:
    text = ("Lotland deported 60 foreigners on Friday, including 40 Peruvians and 20 from Chile, who were flown "
            "back to their own countries.\n")
    counted = counts_of(text)
    assert {("DEPORTED", "PE", 40), ("DEPORTED", "CL", 20)} <= counted
    assert not any(rel == "REPATRIATED" for rel, _, _ in counted)


def test_a_part_that_came_from_a_country() -> None:
    text = "Thai police rescued 39 foreigners on Monday. Of them, 32 were from Sri Lanka and five came from Nepal.\n"
    assert {("RESCUED", "LK", 32), ("RESCUED", "NP", 5)} <= counts_of(text)


def test_people_who_came_from_a_country_keep_their_own_act() -> None:
    found = events(run("Five workers came from Nepal and were rescued on Monday.\n"))
    assert [props.get("count_rescued") for props in found.values()] == [5]
