"""Buildings told as the parts of one place ("a casino complex comprising 14 buildings", "a
guesthouse with nine buildings") are that one site's, no count of sites raided (audit 39C: two
Cambodian stories counted a complex's buildings as the raid's sites). Buildings raided are still
counted."""

from tests.unit.test_news_extraction import events, run


def test_the_buildings_a_complex_comprises_are_no_count_of_sites() -> None:
    batch = run("Police on Tuesday raided the Jade Heron resort complex comprising 11 buildings in Bavet "
                "and detained 420 foreign nationals.")
    raid = events(batch)["raid@2026-10-13"]
    assert "count_sites" not in raid and raid["count_detained"] == 420


def test_the_buildings_a_place_has_are_no_count_of_sites() -> None:
    batch = run("Officers searched a guesthouse with seven buildings in Kampot on Tuesday and detained 80 workers.")
    assert all("count_sites" not in e for e in events(batch).values())


def test_buildings_raided_are_still_counted() -> None:
    batch = run("Police on Tuesday raided 11 buildings in Bavet and detained 420 foreign nationals.")
    assert events(batch)["raid@2026-10-13"]["count_sites"] == 11
