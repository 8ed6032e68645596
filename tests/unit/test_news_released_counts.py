"""People counted after "the release of" that a state or an operation won: the release is their
rescue and the number its count; a release only asked for gives no count."""

from tests.unit.test_news_extraction import facts, run


def _rescued(text: str) -> set[tuple[str, object]]:
    return {(f[2], f[3]) for f in facts(run(text)) if f[0] == "RESCUED"}


def test_a_release_won_counts_the_people_rescued() -> None:
    text = "In June, envoys sent by Lima won the release of 20 Peruvians kept in a walled camp in Laos.\n"
    assert ("PE", 20) in _rescued(text)


def test_a_participle_after_the_people_describes_them_and_the_release_stays_their_act() -> None:
    text = ("Envoys sent by Lima in June negotiated the release of 20 Peruvians, trafficked last year to a "
            "walled camp in Laos.\n")
    found = facts(run(text))
    assert any(f[0] == "RESCUED" and f[2:] == ("PE", 20) for f in found)
    assert not any(f[0] == "AFFECTED" and f[2:] == ("PE", 20) for f in found)


def test_a_release_only_asked_for_gives_no_count() -> None:
    text = "Envoys sent by Lima in June called for the release of 20 Peruvians kept in a walled camp in Laos.\n"
    assert ("PE", 20) not in _rescued(text)


def test_a_release_sought_in_an_infinitive_gives_no_count() -> None:
    text = "Envoys sent by Lima flew to Laos in June to secure the release of 20 Peruvians.\n"
    assert ("PE", 20) not in _rescued(text)
