"""A share told after a total with "with" ("freed 321 victims, with 210 people freed on March
9") is part of the total, not added to it; a place where rescued people wait ("are awaiting
repatriation in Thailand") is not where they were rescued."""

from tests.unit.test_news_extraction import events, facts, run


def test_a_share_after_with_adds_nothing() -> None:
    found = events(run("The militia has freed 321 victims, with 210 people freed on March 9.\n"))
    assert all(props.get("count_rescued", 0) <= 321 for props in found.values())


def test_the_place_where_people_wait_is_not_the_rescues() -> None:
    found = facts(run("Sixty Kenyans rescued from a compound in Myanmar are awaiting repatriation in Thailand.\n"))
    assert ("RESCUED", "KE") in {(f[0], f[2]) for f in found}
    assert not any(f[0] == "OCCURRED_AT" and f[2] == "Thailand" for f in found)


def test_the_place_people_arrive_in_is_not_the_rescues() -> None:
    found = facts(run("Eight Sri Lankans rescued from Lotland camps safely arrive in Thailand.\n"))
    assert not any(f[0] == "OCCURRED_AT" and f[2] == "Thailand" for f in found)


def test_a_datelines_date_before_a_colon_dates_nothing() -> None:
    text = "NAIROBI, Dec 12: Detectives have arrested three brokers. Officers arrested Otieno Wafula on 10 December.\n"
    assert not any(key.endswith("-12-12") for key in events(run(text)))
