"""A body that does something to a person is not the person's employer: a court that "found Lim
guilty" (audit 14, o18) had made the convicted woman work for it, because the words between a
body and a name were read as a title unless they were a past verb ending in "-ed". Past forms
without "-ed" ("found", "caught", "held", "sent") act too (English grammar: a closed class of
irregular verbs); a body's title before a name ("court spokesman Ramon Cruz") still makes its
staff."""

from tests.unit.test_news_extraction import facts, run


def _works_for(text: str) -> set[tuple[str, str]]:
    return {(src, dst) for rel, src, dst, _count in facts(run(text)) if rel == "WORKS_FOR"}


def test_a_person_a_court_found_guilty_does_not_work_for_it() -> None:
    assert not _works_for("Rosa Tan was sentenced on Friday. The Cebu City Regional Trial Court found Tan "
                          "guilty of organizing the trafficking of 40 workers.")


def test_a_person_police_caught_does_not_work_for_them() -> None:
    assert not _works_for("Ben Ocampo fled the raid. The Cebu City Police Office caught Ocampo at a port two days later.")


def test_a_bodys_spokesman_still_works_for_it() -> None:
    assert ("Ramon Cruz", "Cebu City Regional Trial Court") in _works_for(
        "Cebu City Regional Trial Court spokesman Ramon Cruz said the hearing would resume on Monday.")
