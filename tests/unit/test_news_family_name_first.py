"""A Chinese name puts the family name first: after "Liang Wei" the story may go on with "Liang"
alone, which is that person and no town (the gazetteer holds a small town of that name in
Brunei; audit 14, o19). The rule for family names told alone now reads the first word of a
person's name as well as the last, with the same guard: a town whose country the story names is
kept, since it may be meant."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_family_name_written_first_and_told_alone_is_no_town() -> None:
    batch = run("Police in Pokhara arrested a Chinese man named Liang Wei on Friday. Investigators said "
                "Liang had sent at least nine young women to Laos with promises of office jobs.")
    assert "Liang" not in names(batch, Label.LOCATION)
    assert "Liang Wei" in names(batch, Label.PERSON)


def test_the_town_stays_where_its_country_is_named() -> None:
    batch = run("The two men flew from Liang, Brunei, to Bangkok on Monday. Officer Liang Wei said they "
                "had been questioned.")
    assert "Liang" in names(batch, Label.LOCATION)
