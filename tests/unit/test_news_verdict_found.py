"""A court that "found" people guilty or innocent gave a verdict on them; nobody was found in a
raid (audit 32, page i06: an acquittal of two groups of suspects read as people found). A verdict
word closing the object of "found" makes no count and no raid; people found in a place, and a
verdict told in a clause of its own after them, are read as before. Sentences are made up."""

from tests.unit.test_news_extraction import events, facts, run


def _found(text: str) -> set[tuple[str, object]]:
    return {(target, count) for rel, _, target, count in facts(run(text)) if rel == "FOUND"}


def test_an_acquittal_finds_nobody() -> None:
    batch = run("The judges in Velmora found nine Laotians and four Peruvian helpers not guilty on Tuesday.")
    assert not any(rel == "FOUND" for rel, _, _, _ in facts(batch))
    assert not any(key.startswith("raid@") for key in events(batch))


def test_a_conviction_with_a_long_object_finds_nobody() -> None:
    assert not _found("On Tuesday a tribunal in Velmora found all 14 of the Bolivian call-centre staff guilty.")


def test_people_found_in_a_house_are_still_found() -> None:
    assert ("LA", 16) in _found("Officers in Velmora found 16 Laotians in a rented house on Tuesday.")


def test_a_verdict_in_a_later_clause_leaves_the_finding() -> None:
    text = "Officers in Velmora found 16 Laotians in a rented house on Tuesday, who were later found guilty."
    assert ("LA", 16) in _found(text)
