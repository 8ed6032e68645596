"""A word of planning or asking makes an act noun's act a plan only where it governs the act: one
inside a relative clause about the people ("who had gone abroad seeking work") tells their past,
and the return told before it happened."""

from tests.unit.test_news_extraction import facts, run


def test_seeking_work_in_the_peoples_relative_clause_does_not_make_their_return_a_plan() -> None:
    found = facts(run("Kenyan authorities have facilitated the return of 33 citizens who had travelled to "
                      "Laos seeking jobs but ended up trapped in online fraud."))
    assert any(f[0] == "REPATRIATED" and f[2] == "KE" and f[3] == 33 for f in found)


def test_a_return_the_sentence_says_is_being_sought_is_still_a_plan() -> None:
    found = facts(run("Kenyan authorities are seeking the return of 41 citizens held in Laos."))
    assert not any(f[0] == "REPATRIATED" for f in found)
