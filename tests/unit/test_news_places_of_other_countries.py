"""A town the gazetteer places in one country lies in no other one a sentence puts after it
("Under pressure from its ally Beijing, Myanmar has ..."): two clauses, not a city and its
country. A body of one country placed in a town of another stays placed there ("the
Consulate-General of Malaysia in Songkhla")."""

from tests.unit.test_news_extraction import facts, run


def _placed(text: str) -> set[tuple[str, str]]:
    return {(f[1], f[2]) for f in facts(run(text)) if f[0] == "LOCATED_IN"}


def test_a_town_of_one_country_lies_in_no_other() -> None:
    assert not _placed("Under pressure from its ally Beijing, Myanmar has closed some compounds.\n")
    assert ("Mae Sot", "Thailand") in _placed("Police in Mae Sot, Thailand, arrested five men.\n")


def test_a_body_abroad_stays_placed_in_its_town() -> None:
    assert ("Malaysian Consulate General", "Chiang Mai") in _placed(
        "The women were handed to the Consulate-General of Malaysia in Chiang Mai on Monday.\n")
