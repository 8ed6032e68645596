"""People "released from" a compound, from slavery or by their captors were freed: a rescue with
its count; "released on bail", "released after questioning" or a statement released free no one."""

from tests.unit.test_news_extraction import counts_of, events, run


def test_people_released_from_a_compound_were_rescued() -> None:
    assert ("RESCUED", "KE", 27) in counts_of("Twenty-seven Kenyans were released from a scam compound in Myawaddy on "
                                              "Monday.")


def test_a_release_on_bail_or_after_questioning_is_no_rescue() -> None:
    assert not [k for k in events(run("Police released 12 Chinese on bail on Monday.")) if k.startswith("rescue")]
    assert not [k for k in events(run("Police said the 14 suspects were released after questioning."))
                if k.startswith("rescue")]
