"""An act reached from a modal through verbs of bringing it about ("may help facilitate the return
of", "could help secure the release of") is still to come: its people are counted by no act. The
same verbs in the past tell an act done. Tests in made-up words."""

from tests.unit.test_news_extraction import facts, run


def test_a_return_a_modal_may_bring_about_counts_nobody() -> None:
    found = facts(run("Their statements may help facilitate the return of 30 more Bolivians who remain "
                      "stranded in Laos."))
    assert not any(f[0] == "REPATRIATED" for f in found)


def test_a_release_a_modal_could_secure_is_no_rescue() -> None:
    found = facts(run("Their testimony could help secure the release of 18 Bolivians in Laos."))
    assert not any(f[3] == 18 for f in found)


def test_a_return_helped_along_in_the_past_is_counted() -> None:
    found = facts(run("The embassy helped facilitate the return of 30 Bolivians on Monday."))
    assert any(f[0] == "REPATRIATED" and f[2] == "BO" and f[3] == 30 for f in found)


def test_a_release_helped_along_in_the_past_is_a_rescue() -> None:
    found = facts(run("Police helped secure the release of 18 Bolivians in Laos on Monday."))
    assert any(f[0] == "RESCUED" and f[2] == "BO" and f[3] == 18 for f in found)
