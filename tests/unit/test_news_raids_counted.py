"""A number of raids counts the raid's sites, as the golds count them ("conducted 148 raids" is a
raid on 148 sites: development texts 73, 186 and 201 annotate it so), the same key "raided 148
sites" gives."""

from tests.unit.test_news_extraction import events, run


def _sites(text: str) -> list[object]:
    return [e.get("count_sites") for e in events(run(text)).values() if e["type"] == "raid"]


def test_a_number_of_raids_counts_sites() -> None:
    assert _sites("Over two weeks the unit carried out 41 coordinated raids in three provinces.") == [41]
    assert _sites("The operation ended with 17 raids conducted on call centres.") == [17]


def test_sites_raided_are_counted_as_before() -> None:
    assert _sites("Police raided 17 sites in Kep on Monday.") == [17]
