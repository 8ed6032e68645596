"""After "According to X," a people told with "the" opens the sentence's own clause (audit 36c):
"According to Reyes, the Korean faces a warrant from a Busan court" gives Reyes no nationality; an
apposition ("According to X, a Vietnamese lawyer, ...") still describes X."""

from tests.unit.test_news_extraction import facts, run


def test_the_people_after_according_to_is_not_the_speakers() -> None:
    found = facts(run("The unit headed by Paolo Reyes identified the fugitive as Park Minho, 31. According to Reyes, the "
                      "Korean faces a warrant from a Busan court where he was charged with fraud."))
    assert not any(f[0] == "HAS_NATIONALITY" and f[1] == "Paolo Reyes" for f in found)


def test_an_apposition_after_according_to_still_describes_the_speaker() -> None:
    found = facts(run("According to Nguyen Van An, a Vietnamese lawyer, 12 people were arrested."))
    assert ("HAS_NATIONALITY", "Nguyen Van An", "VN", None) in found  # (a guard)
