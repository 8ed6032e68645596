"""A number after a copula and "among" counts the larger group the people told before belong to
("those 14 were among about 60 lured into casino jobs"): it is no part of them, so it is neither
added to them nor given their act (audit 11: l09, where a rescue took the larger number, and the
rescued, with their nationality told just before, became the sum of both). "Among the 40 rescued
were 12 X", opening a breakdown, still reads as parts."""

from scamgraph.loaders.news.number_places import among_a_whole as _among_a_whole
from tests.unit.test_news_extraction import events, facts, run


def test_a_number_after_a_copula_and_among_is_a_whole() -> None:
    words = ["those", "14", "were", "among", "about", "60", "lured", "into", "casino", "jobs"]
    assert _among_a_whole(words, words.index("60"), 0)


def test_a_number_after_among_that_opens_a_sentence_is_no_whole() -> None:
    words = ["among", "the", "40", "rescued", "were", "12", "kenyans"]
    assert not _among_a_whole(words, words.index("40"), 0)


def test_the_people_told_keep_their_own_count() -> None:
    batch = run("Lao police rescued 14 Vietnamese on Friday. Those 14 were among about 60 lured into casino jobs "
                "by a broker.")
    assert {count for rel, _event, code, count in facts(batch) if rel == "RESCUED" and code == "VN"} == {14}


def test_a_breakdown_opened_by_among_still_counts() -> None:
    batch = run("Among the 40 rescued were 12 Kenyans.")
    assert ("RESCUED", "rescue@", "KE", 12) in facts(batch)


def test_a_whole_after_a_dash_and_among_is_no_count_of_the_act() -> None:
    text = "In May, Laos deported 62 Vietnamese – among 170 foreign nationals detained during raids in Ton Pheung.\n"
    found = events(run(text))
    assert found["deportation@2026-05"]["count_deported"] == 62


def test_a_larger_group_some_of_those_acted_on_may_be_among_is_no_count_of_the_act() -> None:
    text = ("Police in Kampot arrested 14 Korean nationals on November 6. A few of those arrested could be among "
            "the more than 80 missing people the ministry listed in July.\n")
    arrests = [e for key, e in events(run(text)).items() if key.startswith("arrest@")]
    assert [e["count_arrested"] for e in arrests] == [14]
