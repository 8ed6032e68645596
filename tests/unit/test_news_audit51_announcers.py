"""Who announced an act (session 51, the ANNOUNCED facts read across all open real stories), each
construction shown on made-up words."""

from tests.unit.test_news_extraction import facts, run


def _announced(text: str) -> set[tuple[str, str]]:
    return {(who, what) for rel, who, what, _count in facts(run(text)) if rel == "ANNOUNCED"}


def test_a_body_saying_that_after_a_tip_they_raided_did_the_raid() -> None:
    found = facts(run("Lombok immigration authorities said that following a tip-off from fishermen, they raided a "
                      "depot in Kupang on Tuesday and detained 40 Chinese nationals."))
    assert ("CONDUCTED", "Lombok immigration authorities", "raid@2026-10-13", None) in found
    assert ("ANNOUNCED", "Lombok immigration authorities", "raid@2026-10-13", None) not in found
    # a day after the speech verb is no phrase set before the subject
    found = facts(run("Myanmar's military said on Monday it had raided a compound near Myawaddy, a town on the "
                      "river, and detained 300 people."))
    assert ("CONDUCTED", "Myanmar military", "raid@2026-10-12", None) in found


def test_a_countrys_department_named_as_a_named_spokespersons_employer_announces_nothing() -> None:
    text = ("Brig. Gen. Tola Vann, Laos’s Immigration Department spokesperson, said police arrested 30 Chinese "
            "nationals in a raid on a casino in Bokeo on Monday.")
    assert not any(who == "Lao Immigration Department" for who, _what in _announced(text))


def test_the_body_after_an_inquirys_by_did_the_inquiry_and_told_nothing() -> None:
    found = facts(run("An investigation by the Federal Police revealed that the gang had defrauded 300 people."))
    assert ("ANNOUNCED", "Federal Police", "investigation@", None) not in found


def test_a_repatriation_a_body_says_it_is_working_toward_is_not_announced() -> None:
    text = ("Forty Zorvanians were repatriated from Thailand on Monday. The Foreign Ministry said it is working "
            "with the Thai side to hasten the repatriation of 60 more.")
    assert not any(who == "Foreign Ministry" for who, _what in _announced(text))
    # a participle after the plan still tells an act done, which the body announces
    text = ("The Kenyan embassy in Bangkok said it was working hard to hasten the repatriation of 14 "
            "Kenyans rescued from a compound near Myawaddy.")
    assert ("Kenyan embassy", "rescue@") in _announced(text)


def test_a_statement_published_on_a_day_by_a_countrys_ministry_is_the_ministrys() -> None:
    text = ("Nine suspects were held during a raid on a villa in Zarqa, according to a statement "
            "published on Tuesday (Oct 7) by Jordan's Ministry of Interior.")
    assert ("Jordanian Ministry of Interior", "raid@") in _announced(text)
    text = ("Nine suspects were held during a raid on a villa in Zarqa, according to a statement issued on Tuesday "
            "by the Ministry of Interior.")
    assert ("Ministry of Interior", "raid@") in _announced(text)
