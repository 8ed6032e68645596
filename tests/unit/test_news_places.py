"""Places in generic sentences: what lies in what, as the text states it."""

from tests.unit.test_news_extraction import facts, run


def test_a_town_told_in_its_country_and_in_its_province_lies_in_the_province() -> None:
    batch = run("Officials met in Poipet, Cambodia on Monday. Poipet, in Banteay Meanchey province, Cambodia, "
                "is a border town.")
    nesting = {(f[1], f[2]) for f in facts(batch) if f[0] == "LOCATED_IN"}
    assert ("Poipet", "Banteay Meanchey") in nesting and ("Banteay Meanchey", "Cambodia") in nesting
    assert ("Poipet", "Cambodia") not in nesting


def test_an_airport_named_in_a_town_and_its_province_lies_in_the_town() -> None:
    batch = run("Chubu Airport in Aichi Prefecture was busy. The plane landed at Chubu Airport in Tokoname, "
                "Aichi Prefecture on Monday.")
    nesting = {(f[1], f[2]) for f in facts(batch) if f[0] == "LOCATED_IN"}
    assert nesting == {("Chubu Airport", "Tokoname"), ("Tokoname", "Aichi")}
