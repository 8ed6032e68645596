"""Kinds found by the session-50 blind measurement of Indian, Nepali, Pakistani, Sri Lankan and
Kenyan reporting (all of them facts never said), each shown here on made-up words."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import events, facts, names, run


def test_a_total_the_batches_add_up_to_is_no_third_repatriation() -> None:
    batch = run("Nepal has brought home 500 Nepalis over the past two days, officials said on Wednesday. On Monday, "
                "260 Nepalis were flown home from Bangkok. A second group of 240 Nepalis was repatriated on Tuesday.")
    told = {(rel, who, n) for rel, _event, who, n in facts(batch) if rel == "REPATRIATED"}
    assert told == {("REPATRIATED", "NP", 260), ("REPATRIATED", "NP", 240)}
    assert len([k for k in events(batch) if k.startswith("repatriation@")]) == 2


def test_a_total_of_batches_no_day_can_be_given_stays() -> None:
    # (with no date of publication "On Monday" dates nothing: the batches may fold into one undated act,
    # so the total is the one count that holds them both)
    found = facts(run("Nepal has brought home 500 Nepalis over the past two days, officials said. On Monday, 260 "
                      "Nepalis were flown home from Bangkok. A second group of 240 Nepalis was repatriated on Tuesday.",
                      published=None))
    assert any(rel == "REPATRIATED" and n == 500 for rel, _event, _who, n in found)


def test_a_total_no_batch_adds_up_to_stays() -> None:
    found = facts(run("Nepal has brought home 500 Nepalis over the past two days, officials said on Wednesday. On "
                      "Monday, 260 Nepalis were flown home from Bangkok."))
    assert any(rel == "REPATRIATED" and n == 500 for rel, _event, _who, n in found)


def test_a_row_of_a_breakdown_by_budget_year_is_no_dated_rescue() -> None:
    batch = run("The embassy has rescued 260 Nepalis, with 50 rescued in 2020/21, 90 in 2021/22 and 120 so far "
                "in 2022/23.")
    assert not [k for k in events(batch) if k.startswith("rescue@20")]
    assert not [n for rel, _event, _who, n in facts(batch) if rel == "RESCUED" and n in {50, 90, 120, 310}]


def test_a_sum_over_this_period_is_not_put_on_the_raid_before_it() -> None:
    found = facts(run("Troops raided a compound in Dastra on Friday and detained 12 Chileans. Their consulate has "
                      "meanwhile rescued more than 65 Chileans during this period."))
    assert any(rel == "DETAINED" and event.startswith("raid@") and n == 12 for rel, event, _who, n in found)
    assert not [f for f in found if f[0] == "RESCUED"]


def test_a_body_that_gives_only_a_tally_announces_no_raid_told_before() -> None:
    found = facts(run("Soldiers raided a compound in Myawaddy and detained 18 Nepalis. According to the Thai embassy, "
                      "300 Nepalis have been rescued from compounds in Cambodia, Myanmar and Laos, with 50 rescued in "
                      "2020/21, 100 in 2021/22, and 150 so far in 2022/23."))
    assert not [f for f in found if f[0] == "ANNOUNCED"]
    assert not [f for f in found if f[0] == "RESCUED"]


def test_a_dateline_with_its_date_first_names_no_place() -> None:
    batch = run("Apr 09, Pokhara - A court in Yangon jailed 18 Nepali men for fraud.")
    assert "Pokhara" not in names(batch, Label.LOCATION)
    assert "Yangon" in names(batch, Label.LOCATION)


def test_a_dateline_city_told_again_in_the_story_stays() -> None:
    batch = run("Apr 09, Pokhara - Police raided a house in Pokhara on Monday.")
    assert "Pokhara" in names(batch, Label.LOCATION)


def test_the_air_force_whose_plane_flew_them_home_did_not_rescue_them() -> None:
    found = facts(run("They were rescued and flown home on an Indian Air Force plane."))
    assert ("CONDUCTED", "Indian Air Force", "repatriation@", None) in found
    assert ("CONDUCTED", "Indian Air Force", "rescue@", None) not in found


def test_a_later_list_items_place_is_not_the_act_of_the_item_before() -> None:
    found = facts(run("The ministry said 150 Nepalis remain in the region, including 80 in shelters in Myanmar, 60 "
                      "detained in Thailand and four getting help from a charity in Cambodia."))
    assert ("OCCURRED_AT", "detention@", "Thailand", None) in found
    assert ("OCCURRED_AT", "detention@", "Cambodia", None) not in found


def test_places_of_one_act_listed_with_their_counts_stay() -> None:
    found = facts(run("Police detained 60 in Thailand and 3 in Cambodia."))
    assert {("OCCURRED_AT", "detention@", "Thailand", None), ("OCCURRED_AT", "detention@", "Cambodia", None)} <= found


def test_syndicates_fleeing_a_raid_make_no_escape() -> None:
    batch = run("In June, troops stormed the compounds. The gangs fled during the sweep, with scores "
                "of workers left behind.")
    assert not [k for k in events(batch) if k.startswith("escape@")]


def test_workers_fleeing_a_compound_during_a_raid_escape() -> None:
    assert [k for k in events(run("Hundreds of workers fled the compound during the raid.")) if k.startswith("escape@")]
