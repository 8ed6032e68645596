"""A body set off in a relative clause after the subject ("the Border Guard Force, which backs the
Myanmar military, raided ...") is that clause's object: the subject before it carried the act
out, the body inside it did not."""

from tests.unit.test_news_extraction import facts, run


def test_the_subject_before_a_relative_aside_conducted_the_act() -> None:
    text = ("A border official said the Karen Border Guard Force, which backs the Myanmar military, raided two "
            "compounds in Payathonzu on Monday, detaining 500 foreigners.\n")
    conducted = {f[1] for f in facts(run(text)) if f[0] == "CONDUCTED"}
    assert any("Border Guard" in c for c in conducted)
    assert not any("military" in c for c in conducted)
