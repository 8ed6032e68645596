"""A list of counted people by country, one country a line after a line ending in a colon: the
country stands for the nationality of the people counted, and each line takes the act of the
people the list parts."""

from scamgraph.loaders.news.country_lines import country_line
from tests.unit.test_news_extraction import facts, run

_STORY = """Soldiers freed 900 workers from a compound near the river on Monday.
An aid group published their countries, as follows:
·Peru- 400 people (Male 310, Female 90)
·Ghana- 250 people (all women)
·Undocumented- 5 people
·Sri Lanka- 80 people
·Czech Republic- 2 people (1 man, 1 woman)
Most of them are still waiting to go home.
"""


def test_each_line_counts_the_people_of_its_country_on_the_act_told_before() -> None:
    found = facts(run(_STORY))
    rescued = {(f[2], f[3]) for f in found if f[0] == "RESCUED"}
    assert {("PE", 400), ("GH", 250), ("LK", 80), ("CZ", 2)} <= rescued


def test_a_line_of_no_country_neither_counts_nor_ends_the_list() -> None:
    found = facts(run(_STORY))
    assert any(f[0] == "RESCUED" and f[2:] == ("CZ", 2) for f in found)
    assert country_line("·Undocumented- 5 people") == ("", 5)


def test_the_layouts_of_a_line() -> None:
    assert country_line("- Peru: 1,200") == ("PE", 1200)
    assert country_line("• Ghana (35 persons)") == ("GH", 35)
    assert country_line("Kenya – 12 victims") == ("KE", 12)
    assert country_line("- Peru 400") == ("PE", 400)
    assert country_line("Peru\t400") == ("PE", 400)
    assert country_line("3) South Africa - 26 people") == ("ZA", 26)


def test_a_numbered_list_whose_numbers_the_splitter_sets_apart() -> None:
    text = ("Soldiers freed 900 workers from a compound on Monday.\nTheir countries were as follows:\n"
            "1. Peru - 400\n2. Ghana - 250\n")
    rescued = {(f[2], f[3]) for f in facts(run(text)) if f[0] == "RESCUED"}
    assert {("PE", 400), ("GH", 250)} <= rescued


def test_a_year_alone_after_the_country_is_no_count() -> None:
    assert country_line("- Laos: 2023") is None
    assert country_line("- Laos: 2,023") == ("LA", 2023)
    assert country_line("- Laos: 2023 people") == ("LA", 2023)


def test_a_demonym_after_the_number_makes_the_country_a_place() -> None:
    assert country_line("- Laos: 240 Indians") is None  # Indians counted in Laos, not Lao people
    assert country_line("- Peru: 40 people (30 Chileans)") is None  # an aside naming other people


def test_lines_without_a_colon_line_before_them_are_not_read() -> None:
    text = "Soldiers freed 900 workers from a compound on Monday.\n·Peru- 400 people\n·Ghana- 250 people\n"
    assert not any(f[2] in {"PE", "GH"} for f in facts(run(text)))


def test_a_line_larger_than_the_people_counted_before_is_no_part_of_them() -> None:
    text = "Soldiers freed 90 workers from a compound on Monday.\nTheir countries:\n·Peru- 400 people\n"
    assert not any(f[2] == "PE" for f in facts(run(text)))


def test_a_list_of_people_of_one_nationality_by_country_is_a_list_of_places() -> None:
    text = ("Officials said 900 Peruvians were rescued this year.\nPeruvians brought home so far, by country:\n"
            "- Laos: 400\n- Ghana: 250\n")
    found = facts(run(text))
    assert not any(f[2] in {"LA", "GH"} for f in found)
    text = "Soldiers freed 900 Peruvians from a compound on Monday.\nBy country of the camp:\n- Laos: 400\n- Ghana: 250\n"
    assert not any(f[2] in {"LA", "GH"} for f in facts(run(text)))


def test_a_short_heading_by_country_leads_the_list_as_a_colon_line_does() -> None:
    text = "Soldiers freed 900 workers from a compound on Monday.\nBreakdown by nationality\n- Peru 400\n- Ghana 250\n"
    rescued = {(f[2], f[3]) for f in facts(run(text)) if f[0] == "RESCUED"}
    assert {("PE", 400), ("GH", 250)} <= rescued
    text = "Soldiers freed 900 workers from a compound on Monday.\nThey went back to their countries\n- Peru 400\n"
    assert not any(f[2] == "PE" for f in facts(run(text)))  # (a line of prose, not a heading: too long)
