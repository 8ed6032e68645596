"""The peoples of "the victims" told after a part of them (audit 37s): "Lao police freed more than 760
foreign nationals ... Of those, only 38 have been repatriated ... The victims are mostly from Vietnam,
Indonesia and Kenya" names the peoples of all those freed, not of the 38 sent home."""

from tests.unit.test_news_extraction import facts, run


def test_the_victims_are_all_those_freed() -> None:
    found = facts(run("Over the past two weeks, Lao police say they freed more than 760 foreign nationals from scam "
                      "compounds in Bokeo province. Of those, only 38 have been repatriated, while the others remain "
                      "stuck awaiting identity checks. The victims are mostly from Vietnam, Indonesia and Kenya."))
    peoples = {(f[0], f[2]) for f in found if f[2] in {"VN", "ID", "KE"}}
    assert peoples == {("RESCUED", "VN"), ("RESCUED", "ID"), ("RESCUED", "KE")}
