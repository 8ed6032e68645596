"""A hyphen set off by spaces is a dash: "20 suspects - 16 Zarnovians, three Singaporeans and one
Thai national - were arrested" lists the parts of the 20, the first one too, as an en dash would.
Tests in made-up words."""

from tests.unit.test_news_extraction import events, facts, run


def test_a_list_between_spaced_hyphens_keeps_its_first_part_and_the_whole() -> None:
    batch = run("After the operation, 20 suspects - 16 Malaysians, three Singaporeans and one Thai national - were "
                "arrested in Johor Bahru.")
    found = facts(batch)
    assert {("ARRESTED", "raid@", code, n) for code, n in (("MY", 16), ("SG", 3), ("TH", 1))} <= found
    assert [e.get("count_arrested") for e in events(batch).values()] == [20]


def test_a_hyphen_inside_a_word_stays_a_hyphen() -> None:
    found = facts(run("Police arrested 12 Malaysians in a five-storey building in Johor Bahru."))
    assert any(f[0] == "ARRESTED" and f[2] == "MY" and f[3] == 12 for f in found)
