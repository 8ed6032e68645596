"""A count told in the present perfect over several countries ("3,900 citizens have been rescued
from syndicates in Myanmar, Cambodia, Laos and Vietnam") is a tally: no count of the story's act,
and none of its places. Tests in made-up words."""

from tests.unit.test_news_extraction import facts, run


def test_a_tally_over_countries_counts_no_act_and_places_none() -> None:
    found = facts(run("Police in Myawaddy freed 212 Malaysians from a fraud ring on Monday. According to ministry "
                      "figures, more than 3,900 Malaysian citizens have been rescued from syndicates in Myanmar, "
                      "Cambodia, Laos and Vietnam."))
    assert not any(f[3] == 3900 for f in found)
    assert not any(f[0] == "OCCURRED_AT" and f[2] in {"Cambodia", "Laos", "Vietnam"} for f in found)


def test_the_perfect_of_one_acts_count_stays_its_count() -> None:
    found = facts(run("Police said 57 Thais have been arrested in the raid on Monday."))
    assert any(f[0] == "ARRESTED" and f[3] == 57 for f in found)


def test_a_tally_in_one_country_keeps_the_place_of_the_act_told_in_passing() -> None:
    # a running total "as of" a day; the raid that caught them, told in passing, keeps its country
    found = facts(run("As of Friday, 140 fraud suspects, held in joint raids in Laos this month, had been taken back to "
                      "China, the ministry said."))
    assert any(f[0] == "OCCURRED_AT" and f[1].startswith("raid@") and f[2] == "Laos" for f in found)
