"""A serving verb after a modal ("might help speed the repatriation of", "could secure the release
of") names an act a thing might bring about, like the infinitive of purpose ("to facilitate the
return of"): no act happened, so no event and no count, and a real return told before keeps its
own number. The same verbs in the simple past tell the act done."""

from tests.unit.test_news_extraction import events, facts, run


def test_a_return_that_information_may_help_bring_about_is_no_repatriation() -> None:
    batch = run("Three trafficking victims came home on Monday. Their testimony might help speed the "
                "repatriation of 30 other Ugandans still stuck in the compound.")
    assert not any(rel == "REPATRIATED" for rel, *_ in facts(batch))
    assert all(props.get("count_repatriated") != 30 for props in events(batch).values())


def test_a_deportation_an_agreement_could_ease_is_no_deportation() -> None:
    batch = run("The agreement could help speed up the deportation of 80 Chinese nationals, officials said.")
    assert "deportation" not in {key.split("@")[0] for key in events(batch)}


def test_a_release_talks_could_secure_is_no_rescue() -> None:
    batch = run("Talks with the militia could secure the release of 12 Filipinos, officials said.")
    assert not any(rel == "RESCUED" for rel, *_ in facts(batch))


def test_a_release_secured_in_the_past_stays_a_rescue() -> None:
    batch = run("Talks with the militia secured the release of 12 Filipinos on Monday, officials said.")
    assert any(rel == "RESCUED" and target == "PH" for rel, _, target, _ in facts(batch))


def test_a_return_facilitated_in_the_past_stays_a_repatriation() -> None:
    batch = run("Police facilitated the return of 30 Ugandans on Monday.")
    assert any(rel == "REPATRIATED" and target == "UG" for rel, _, target, _ in facts(batch))
