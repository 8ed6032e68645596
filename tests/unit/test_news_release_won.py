"""People counted after a release won ("secured the release of 34 citizens", "led to the release of the
16 workers") were freed: their count goes on the rescue the release tells, also when a participle of
their past follows ("... citizens trafficked to compounds"). Pages with the construction: articles 84,
94 and 113, audit page a28; on 113 the count was lost. A release still sought stays no event."""

from tests.unit.test_news_extraction import events, facts, run


def test_citizens_freed_by_a_release_won_are_counted_on_the_rescue() -> None:
    batch = run("Last month the Peruvian embassy helped secure the release of 21 citizens held in compounds in Laos.")
    assert any(f[0] == "RESCUED" and f[2] == "PE" and f[3] == 21 for f in facts(batch))


def test_a_participle_of_their_past_does_not_take_the_count() -> None:
    batch = run("The ministry said it had secured the release of 12 Ghanaians trafficked to Myawaddy.")
    assert any(f[0] == "RESCUED" and f[2] == "GH" and f[3] == 12 for f in facts(batch))


def test_a_release_still_sought_is_no_rescue() -> None:
    batch = run("The embassy is working to secure the release of 16 Ghanaian workers.")
    assert not any(key.startswith("rescue") for key in events(batch))
