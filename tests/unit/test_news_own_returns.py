"""A return told right after the people got away ("one worker managed to escape and returned to
Chile") is their own doing: no state sent them home, so no repatriation is read. People who
escaped and were later sent home by others ("who escaped were later returned by the embassy") are
still repatriated."""

from tests.unit.test_news_extraction import events, run


def test_an_escape_and_a_return_of_ones_own_is_no_repatriation() -> None:
    found = events(run("The judge said one worker managed to escape and returned to Chile.\n"))
    assert not any(key.startswith("repatriation") for key in found)
    assert any(key.startswith("escape") for key in found)


def test_people_who_escaped_and_were_sent_home_by_others_are_repatriated() -> None:
    found = events(run("Ten workers who escaped were later returned to Chile by the embassy.\n"))
    assert found["repatriation@"]["count_repatriated"] == 10
