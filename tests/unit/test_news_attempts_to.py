"""An act named as the object of an attempt or an aim ("attempts to rescue the captives", "a
programme aimed at rescuing its citizens") is what is sought, not done, like "efforts to
repatriate them" (a closed class of nouns of striving and the purpose "aimed at"; audit l22, l17,
i10)."""

from tests.unit.test_news_extraction import events, run


def test_attempts_to_rescue_make_no_rescue() -> None:
    found = events(run("Officials in Manila are struggling with attempts to rescue 14 Filipino workers held in "
                       "a compound."))
    assert not any(key.startswith("rescue") for key in found)


def test_a_programme_aimed_at_rescuing_makes_no_rescue() -> None:
    found = events(run("The ministry launched a programme aimed at rescuing its citizens stranded in Laos."))
    assert not any(key.startswith("rescue") for key in found)


def test_a_rescue_done_is_still_one() -> None:
    found = events(run("Soldiers rescued 14 Filipino workers from a compound on Monday."))
    assert any(key.startswith("rescue") for key in found)
