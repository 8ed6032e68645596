"""Nationalities of counted people the reader lost: a hedged aside's peoples ("mostly A and B"),
compatriots of the people counted before, victims brought back to their country past an "of"
phrase, and an earlier rescue told after a span of time ("two weeks ago")."""

from tests.unit.test_news_extraction import events, facts, run


def _people(text: str, rel: str) -> set[tuple[object, object]]:
    return {(f[2], f[3]) for f in facts(run(text)) if f[0] == rel}


def test_a_hedged_aside_gives_each_people_an_edge_with_no_number() -> None:
    assert _people("Officers detained 75 workers, mostly Laotians and Thais, in Kratie on Monday.", "DETAINED") \
        == {("LA", None), ("TH", None)}
    assert _people("Rangers said 15 foreigners, mostly Chinese and Vietnamese, have been arrested for fraud.",
                   "ARRESTED") == {("CN", None), ("VN", None)}
    assert _people("The 40 victims, mostly Indonesians and Filipinos, were flown home on Friday.", "REPATRIATED") \
        == {("ID", None), ("PH", None)}


def test_most_of_them_after_a_short_phrase_of_where() -> None:
    assert _people("Officers arrested 80 people in the raid, most of them Vietnamese and Chinese.", "ARRESTED") \
        == {("VN", None), ("CN", None)}
    # (a bare "mostly" there may hedge the place, not the people: nothing read from it)
    assert _people("Officers arrested 80 people in three raids, mostly in Koh Kong.", "ARRESTED") == set()


def test_compatriots_take_the_nationality_counted_before_them() -> None:
    assert _people("Twelve Laotian nationals were arrested and 5 compatriots were freed by the rangers.", "RESCUED") \
        == {("LA", 5)}
    assert _people("Rangers arrested 30 suspects and freed 4 compatriots on Monday.", "RESCUED") == set()


def test_victims_brought_back_to_their_country_past_an_of_phrase() -> None:
    assert _people("A total of 22 victims of a job fraud ring in Laos were safely brought back to Nepal on Sunday.",
                   "REPATRIATED") == {("NP", 22)}


def test_an_earlier_rescue_told_after_a_time_ago() -> None:
    batch = run("This flight ends a wider rescue mission, which also saw 35 Ugandans repatriated three weeks ago "
                "after being rescued at the border.")
    assert ("RESCUED", "rescue@", "UG", 35) in facts(batch)
    assert events(batch)["rescue@"]["count_rescued"] == 35
