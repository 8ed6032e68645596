"""An act word in a list of crimes ("charges including fraud, kidnapping, extortion and running
casinos") names a crime the people are charged with, not a kidnapping that happened."""

from tests.unit.test_news_extraction import events, run


def test_a_crime_in_a_list_of_charges_is_no_event() -> None:
    found = events(run("Eleven members of the ring face charges including fraud, kidnapping, extortion and running "
                       "casinos, prosecutors in Kunming said on Tuesday."))
    assert not [k for k in found if k.startswith("kidnapping")]


def test_a_kidnapping_told_as_done_is_an_event() -> None:
    assert [k for k in events(run("Gunmen kidnapped four Thai workers in Myawaddy on Monday.")) if k.startswith("kidnapping")]
