"""Acts denied of people: a subject opened by "no" ("No Chinese nationals were arrested in the
raid") and a negated verb before a named person ("Police did not arrest X during the raid") take
no one, even where another event of the sentence (the raid) could host the act."""

from tests.unit.test_news_extraction import facts, run


def test_a_people_after_no_was_not_taken() -> None:
    found = facts(run("No Chinese nationals were arrested in the raid on the Lotown casino, police said.\n"))
    assert not any(rel == "ARRESTED" for rel, *_ in found)


def test_a_person_the_police_did_not_arrest() -> None:
    found = facts(run("Police did not arrest Zhao Mingde during the raid on the Lotown casino.\n"))
    assert not any(rel == "ARRESTED" for rel, *_ in found)


def test_a_person_the_police_arrested_in_the_raid() -> None:
    found = facts(run("Police arrested Zhao Mingde during the raid on the Lotown casino.\n"))
    assert any(rel == "ARRESTED" and target == "Zhao Mingde" for rel, _, target, _ in found)


def test_no_longer_is_no_negative_subject() -> None:
    found = facts(run("Police no longer wait: they arrested 30 Chinese in a raid on the Lotown casino.\n"))
    assert ("ARRESTED", "CN", 30) in {(f[0], f[2], f[3]) for f in found}
