"""A figure the act is set against ("compared with 12 Malaysians rescued in January", "up from 12")
and the new total an act brings a count to ("bringing the total this year to 400 Chinese",
"bringing to 400 the number of Chinese arrested") count no people of the act told; nor does a
total over the days told before ("a total of 126 were held over the two days"). A campaign's sum
since a time told after the day's batch ("Since last year ..., with a total of 9,300 handed over")
is the campaign's own event, over its span, and leaves the batch its count."""

from tests.unit.test_news_extraction import counts_of, events, run



def test_a_figure_compared_with_adds_nobody() -> None:
    counted = counts_of("Police rescued 30 Malaysians on Monday, compared with 12 Malaysians rescued in January.\n")
    assert ("RESCUED", "MY", 30) in counted and ("RESCUED", "MY", 42) not in counted


def test_the_total_after_to_is_no_act_of_its_own() -> None:
    counted = counts_of("Police deported 50 Chinese on Monday, bringing the total this year to 400 Chinese.\n")
    assert counted == {("DEPORTED", "CN", 50)}


def test_the_total_before_the_number_of() -> None:
    counted = counts_of("Police arrested 50 Chinese on Monday, bringing to 400 the number of Chinese arrested since January.\n")
    assert ("ARRESTED", "CN", 50) in counted and ("ARRESTED", "CN", 400) not in counted


def test_a_multiple_as_many_as_is_a_comparison() -> None:
    counted = counts_of("Police rescued 12 Ugandans on Monday, twice as many as the six Kenyans rescued in May.\n")
    assert ("RESCUED", "UG", 12) in counted and not any(nat == "KE" for _, nat, _ in counted)


def test_as_many_as_alone_still_rounds_a_count() -> None:
    assert ("RESCUED", "KE", 40) in counts_of("As many as 40 Kenyans were rescued on Monday.\n")


def test_a_total_over_the_days_told_is_no_days_count() -> None:
    batch = run("On June 3, raids in Takeo province detained 95 people at three compounds. On June 2, a similar sweep in "
                "Kandal province detained 31 Thais, meaning a total of 126 people were held over the two days.")
    counts = sorted(n.properties.get("count_detained") for n in batch.nodes.values() if n.label.value == "Event")
    assert counts == [31, 95]


def test_a_campaigns_sum_since_a_time_leaves_the_days_batch_its_count() -> None:
    text = ("The ministry said on Tuesday that 57 Chinese citizens suspected of fraud have been transferred from "
            "Laos to China. Since last year, the ministry has worked with Lao police against such gangs, with a "
            "total of 9,300 Chinese suspects handed over to China, it said.\n")
    assert {c for c in counts_of(text) if c[1] == "CN"} == {("REPATRIATED", "CN", 57), ("REPATRIATED", "CN", 9300)}
    assert events(run(text))["repatriation@2025-01-01/2026-10-15"]["count_repatriated"] == 9300
