""""Suicide drones" and "a suicide bomber" name weapons and their carriers, no one's death; people
who died by suicide are still a death. Tests in made-up words."""

from tests.unit.test_news_extraction import events, run


def test_suicide_drones_are_no_death() -> None:
    assert events(run("We tracked dozens of suicide drones that wounded our soldiers near the compound, the general "
                      "said.")) == {}


def test_a_death_by_suicide_is_a_death() -> None:
    found = events(run("Two workers died by suicide in the compound last year."))
    assert [e["type"] for e in found.values()] == ["death"]
