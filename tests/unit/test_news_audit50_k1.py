"""Audit 50, fixer k1: the day of an operation told in a verb that is no event ("dismantled a
ring", "inspected villas") dates the arrests and seizures the next sentences tell of it
(made-up towns, bodies and numbers)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import events, run


def _dates(text: str) -> dict[str, str]:
    """Each event's type and date, the date empty where none is told."""
    return {p["type"]: p.get("date", "") for p in events(run(text)).values()}


def test_arrests_after_a_dismantled_ring_take_its_month() -> None:
    found = _dates("The bureau said on Tuesday that it had broken a fraud gang based in Orsk and had dismantled "
                   "a second ring in Velmora in February. A total of nine members were arrested, and 14 laptops "
                   "used by the gang were seized.")
    assert found.get("arrest") == "2026-02"
    later = _dates("Velmora police dismantled a fraud ring in Port Halden in February. Seven members were later "
                   "arrested.")
    assert later.get("arrest") == ""  # (an outcome told at another time keeps no day)
    undated = _dates("The bureau said it had dismantled a fraud ring in Port Halden. Seven members were arrested.")
    assert undated.get("arrest") == ""


def test_detentions_after_an_inspection_take_its_day_and_so_do_the_seizures_told_next() -> None:
    found = _dates("On Monday, Velmora police worked with border guards and Orskan officers to inspect four villas "
                   "in Port Halden. As a result, 112 Velmoran citizens were detained. Officers also confiscated "
                   "30 laptops and 70 phones.")
    assert found.get("detention") == "2026-10-12"
    assert found.get("seizure") == "2026-10-12"
    raided = run("Velmora police raided a fraud den in Port Halden in February. Seven members were arrested.")
    assert [n.properties.get("date") for n in raided.nodes.values() if n.label is Label.EVENT] == ["2026-02"]


def test_a_day_in_a_clause_on_others_named_beside_the_counted_is_not_theirs() -> None:
    found = _dates("The pair had been detained in Lotland along with two other suspects, both of whom were "
                   "arrested Tuesday.")
    assert found.get("detention") == ""  # (Tuesday is the other two's arrest)
    assert found.get("arrest") == "2026-10-13"


def test_a_warrants_year_dates_it_where_the_sentence_tells_no_other_day() -> None:
    assert _dates("Police arrested him in Orsk on a 2014 warrant.").get("warrant") == "2014"
