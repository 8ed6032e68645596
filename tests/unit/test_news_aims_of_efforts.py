"""An act named only as the aim of an effort or of help sought is not told as done. A striving verb
before "for" ("striving for the swift release of the crew") names what the effort is for, and
help sought of a body ("they sought a consulate's support to free the crew") names what the body
is asked to do: neither makes an event, a count, or a part for the body in an act of that kind.
Help sought and then told as given ("asked for the navy's help and freed 40") still tells the act."""

from tests.unit.test_news_extraction import events, facts, run


def test_striving_for_a_return_is_no_return() -> None:
    batch = run("Norland's consulate is striving for the prompt return of 23 Norland nationals from Ostavia.")
    assert not [key for key in events(batch) if key.startswith("repatriation")]
    assert not [f for f in facts(batch) if f[0] == "REPATRIATED"]


def test_pushing_for_a_release_is_no_rescue() -> None:
    batch = run("Families of 12 Norland deckhands keep pushing for the release of the crew from an Ostavian camp.")
    assert not [key for key in events(batch) if key.startswith("rescue")]


def test_help_sought_of_a_body_gives_it_no_part_in_the_act() -> None:
    batch = run("Norland's ministry has sought the support of the Norland Consulate in Ostavia to free "
                "31 deckhands from the camp.")
    assert not [key for key in events(batch) if key.startswith("rescue")]
    assert not [f for f in facts(batch) if f[0] in {"PARTICIPATED_IN", "RESCUED"}]


def test_help_sought_and_then_given_still_tells_the_act() -> None:
    batch = run("Ostavian police sought the help of the navy and freed 40 Norland deckhands on Monday.")
    assert [key for key in events(batch) if key.startswith("rescue")]
