"""A raid told as what came before another happening is no arrest told earlier (audit 37q): "Goa police
have arrested three agents ... Police said 300 Indian workers fled a compound near Myawaddy after an
army raid" keeps the arrest an arrest, with its three."""

from tests.unit.test_news_extraction import events, run


def test_a_raid_after_which_people_fled_is_not_the_arrest_told_before() -> None:
    found = events(run("The Goa Police Cyber Crime Cell has arrested three agents accused of sending job-seekers to "
                       "scam compounds in Myanmar. Police said 300 Indian workers fled a fraud compound near Myawaddy "
                       "after an army raid."))
    assert found["arrest@"]["count_arrested"] == 3
    assert found["raid@"].get("count_arrested") is None
