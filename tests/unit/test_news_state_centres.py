"""People held at a state's centre ("detained at the immigration detention centre in Taguig") are
in the state's custody, a detention; people held in a compound or a scam centre are held by their
captors, no act of the state."""

from tests.unit.test_news_extraction import events, run


def test_held_at_a_states_centre_is_a_detention() -> None:
    assert "detention@" in events(run("Both men are detained at the immigration detention centre in Taguig.\n"))


def test_held_in_a_compound_is_no_detention() -> None:
    assert events(run("The workers were detained in a compound in Myawaddy.\n")) == {}
    assert events(run("The workers were held in scam centres in Myawaddy.\n")) == {}
