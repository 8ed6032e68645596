"""A part named before its whole ("Two of the five Bolivians were charged", "one of the four
Bolivians has been charged") is the people the act is told of, not the whole; a whole with its own
participle ("one of the 40 Bolivians arrested in the raid") keeps that act. A year that ends a
law's name ("the Online Fraud Act No. 4 of 2019") dates the law, and the numbers of sections listed
together ("Sections 31 and 34") name sections, not people."""

from scamgraph.loaders.dates import find_dates
from scamgraph.loaders.news.timing import in_a_law_name
from tests.unit.test_news_extraction import PUBLISHED, events, facts, run


def _charged(text: str) -> set[tuple[str, str, object]]:
    return {(f[1], f[2], f[3]) for f in facts(run(text)) if f[0] == "CHARGED"}


def test_a_part_before_its_whole_is_who_the_act_is_told_of() -> None:
    assert _charged("Two of the five Bolivian nationals were charged on Monday.\n") == {("charge@2026-10-12", "BO", 2)}
    assert _charged("Police said one of the four Bolivian nationals has been charged with fraud.\n") == {("charge@", "BO", 1)}


def test_a_whole_with_its_own_participle_keeps_its_act() -> None:
    found = facts(run("He was one of the 40 Bolivian nationals arrested in the raid on Monday.\n"))
    assert any(f[0] == "ARRESTED" and f[2:] == ("BO", 40) for f in found)


def test_a_laws_year_and_its_sections_are_no_date_and_no_people() -> None:
    text = "Police charged four Bolivian nationals under Sections 31 and 34 of the Online Fraud Act No. 4 of 2019.\n"
    assert _charged(text) == {("charge@", "BO", 4)}
    assert events(run(text))["charge@"]["count_charged"] == 4
    line = "They were charged under the Immigration Act No. 7 of 2019."
    (mention,) = find_dates(line, 0, PUBLISHED)
    assert in_a_law_name(mention, line)
    line = "They were charged in 2019."
    (mention,) = find_dates(line, 0, PUBLISHED)
    assert not in_a_law_name(mention, line)


def test_a_law_cited_by_number_and_year_gives_no_count_and_no_date() -> None:
    text = ("Police in Pekanbaru arrested three Bolivian nationals on Monday. They are charged under Law Number 14 "
            "of 2011 on the Protection of Migrant Workers.\n")
    found = events(run(text))
    assert "charge@2011" not in found
    assert found["charge@"].get("count_charged") is None
    assert not any(f[0] == "CHARGED" and f[3] == 14 for f in facts(run(text)))
