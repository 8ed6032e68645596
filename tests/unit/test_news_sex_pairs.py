"""People counted by sex in one breath ("30 men and 20 women were arrested") are one group of
N + M: read apart, the men's number alone took the act (audit 18: pages s08, b38, d38, e02 and
development article 125). Two parts each with its own demonym stay two counts. Sentences are
made up."""

from tests.unit.test_news_extraction import events, facts, run


def _counts(text: str) -> dict[str, dict[str, int]]:
    return {key: {k: v for k, v in props.items() if k.startswith("count_")} for key, props in events(run(text)).items()}


def test_men_and_women_arrested_together_are_one_count() -> None:
    counts = _counts("Officers in Nakuru say 30 men and 20 women had been arrested in a guesthouse on Friday.")
    assert counts == {"arrest@2026-10-09": {"count_arrested": 50}}


def test_a_sex_breakdown_between_dashes_counts_the_whole_group() -> None:
    counts = _counts("They detained 14 Chinese and 13 Lao nationals - 20 men and seven women - in a house on Monday.")
    assert counts["detention@2026-10-12"]["count_detained"] == 27


def test_men_and_women_with_a_demonym_after_them_keep_it() -> None:
    batch = run("Officers in Nakuru arrested 30 men and 20 women from Thailand in a sweep on Friday.")
    assert ("ARRESTED", "raid@2026-10-09", "TH", 50) in facts(batch)


def test_parts_each_with_a_demonym_stay_two_counts() -> None:
    batch = run("Police in Nairobi arrested 30 Thai men and 20 Lao women on Friday night.")
    assert {("ARRESTED", "arrest@2026-10-09", "TH", 30), ("ARRESTED", "arrest@2026-10-09", "LA", 20)} <= facts(batch)


def test_a_demonym_on_the_first_part_of_a_sex_pair_is_both_parts_nationality() -> None:
    found = facts(run("The 52 Malaysian men and 11 women were deported from Yangon on Friday."))
    assert any(rel == "DEPORTED" and code == "MY" and count == 63 for rel, _event, code, count in found)
