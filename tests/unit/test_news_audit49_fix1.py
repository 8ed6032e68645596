"""Kinds found by the session-49 audits of real stories (the late-2025 raids on Myawaddy's
compounds, Chinese prosecutions of scam bosses), each shown here on made-up words."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import events, facts, names, run


def test_a_breakdown_by_nationality_past_a_sentence_counting_no_one_parts_the_act_before() -> None:
    told = facts(run("Border guards detained 300 people near the Zorva river on Sunday. The water was high after "
                     "the rains. By nationality, Kenyans made up the biggest share with 160, ahead of 70 Ugandans."))
    assert ("DETAINED", "detention@2026-10-11", "KE", 160) in told
    assert ("DETAINED", "detention@2026-10-11", "UG", 70) in told


def test_a_ranking_past_a_sentence_counting_no_one_parts_the_act_before() -> None:
    told = facts(run("Soldiers held 500 workers at the Amber Wren compound on Monday. Most had no papers. The "
                     "largest group was Kenyan, 240 people, followed by Ugandan, 110."))
    assert ("DETAINED", "detention@2026-10-12", "KE", 240) in told
    assert ("DETAINED", "detention@2026-10-12", "UG", 110) in told


def test_a_ranked_part_larger_than_the_people_counted_last_parts_a_larger_whole() -> None:
    told = facts(run("Border guards detained 1,000 people on Friday. Two bodies were found in the river. The "
                     "largest group was Kenyan, 399 people, followed by Ugandan, 147."))
    assert ("DETAINED", "detention@2026-10-09", "KE", 399) in told
    assert not any(f[0] == "AFFECTED" and f[3] in {399, 147} for f in told)


def test_a_plural_demonym_that_makes_up_a_group_names_people() -> None:
    assert names(run("Kenyans made up the biggest share of the workers at the Amber Wren compound."),
                 Label.NATIONALITY) == {"Kenya"}


def test_peoples_in_the_clause_after_a_breakdown_are_among_its_people() -> None:
    told = facts(run("Police rescued 50 workers from the Amber Wren compound on Monday, 30 of them Kenyans; "
                     "Ugandans and Ghanaians were also among them."))
    assert ("RESCUED", "rescue@2026-10-12", "KE", 30) in told
    assert ("RESCUED", "rescue@2026-10-12", "UG", None) in told
    assert ("RESCUED", "rescue@2026-10-12", "GH", None) in told


def test_a_tally_closed_on_a_day_is_not_dated_by_that_day() -> None:
    told = events(run("The Zorvanian Interior Ministry said 3,240 foreigners had been detained through May 30, and "
                      "2,900 of them had been repatriated."))
    assert not any(key.endswith("2026-05-30") for key in told)
    assert [e["count_detained"] for key, e in told.items() if key.startswith("detention@")] == [3240]
    assert not any(key.endswith("2026-05-30") for key in events(run("Border guards had freed 400 workers up to May 30.")))
    assert "raid@2026-05-01/2026-05-30" in events(run("Police raided 40 compounds from May 1 through May 30."))  # a span


def test_a_tally_closed_on_a_day_is_the_periods_act_told_before() -> None:
    told = events(run("Over the past six months, Lao police have detained more than 3,000 foreigners. The ministry "
                      "said 3,240 had been detained through May 30."))
    assert [key for key in told if key.startswith("detention@")] == ["detention@2026-04-15/2026-10-15"]
    assert told["detention@2026-04-15/2026-10-15"]["count_detained"] == 3240



def test_a_running_total_since_a_time_is_the_campaigns_own_sending_home() -> None:
    text = ("The Zorvanian ministry said on Tuesday that 45 Chinese suspects had been handed over from Laos. Since "
            "2024 it has stepped up joint work with Lao police, with a total of 3,100 Chinese suspects handed over.")
    told = facts(run(text))
    assert ("REPATRIATED", "repatriation@2024-01-01/2026-10-15", "CN", 3100) in told
    assert any(f[0] == "REPATRIATED" and f[3] == 45 and not f[1].startswith("repatriation@2024") for f in told)


def test_a_sentencing_told_in_parts_counts_every_part() -> None:
    told = events(run("In May 2025, four defendants were sentenced to death, nine others received life terms and "
                      "another 20 got prison terms."))
    assert told["charge@2025-05"]["count_charged"] == 33


def test_a_sentencing_in_parts_runs_on_into_a_further_group() -> None:
    told = events(run("In September, five defendants were sentenced to death at a court in Zorva and 11 were jailed "
                      "for life. A further 12 men got prison terms."))
    assert told["charge@2026-09"]["count_charged"] == 28


def test_parts_of_a_whole_or_of_one_penalty_add_nothing() -> None:
    whole = events(run("A court in Zorva on Monday sentenced 33 people: four to death, nine to life and 20 to prison "
                       "terms. In May, four men were sentenced to death and nine others received life terms."))
    assert whole["charge@2026-10-12"]["count_charged"] == 33
    assert whole["charge@2026-05"]["count_charged"] == 13
    assert events(run("In May, ten men were sentenced to death and four of them were sentenced to life."))[
        "charge@2026-05"]["count_charged"] == 10
