"""A country as the subject of an act with its object after it ("Cambodia deported 230 Indonesian
nationals on Thursday after they were arrested in raids last month, the immigration department
said") is the sentence's news, not a reduced relative ("38 Koreans detained in X had been
returned"): the speaker announces it (a Reuters-style wire sentence, session 27; made-up places)."""

from tests.unit.test_news_extraction import facts, run


def test_the_speaker_announces_the_act_a_country_did() -> None:
    text = ("Cambodia deported 230 Indonesian nationals on Thursday after they were arrested in raids on scam "
            "compounds in Lotus City last month, the General Department of Immigration said.")
    announced = {t.split("@")[0] for r, s, t, c in facts(run(text)) if r == "ANNOUNCED"}
    assert announced == {"deportation"}


def test_people_described_by_a_participle_are_still_told_in_passing() -> None:
    text = "38 South Koreans detained in Lotus City since August had been returned home, the ministry said."
    found = facts(run(text))
    assert any(r == "REPATRIATED" and t == "KR" and c == 38 for r, s, t, c in found)
