"""A rank that armies and police share ("Col", "Maj Gen") before the name of one whose title
commands a task force ("Col X, commander of the Y special task force") is an army officer's,
unless the police are named in it. Tests in made-up words."""

from tests.unit.test_news_extraction import run


def person(text: str) -> tuple[object, object]:
    found = [n for n in run(text).nodes.values() if n.label.value == "Person"]
    return found[0].properties.get("role"), found[0].properties.get("role_class")


def test_the_commander_of_a_task_force_is_a_soldier() -> None:
    assert person("Col Arthit Somboon, commander of the Zarnov special task force in Phop Phra, led 80 soldiers "
                  "to bring back 95 rescued foreigners on Tuesday.") == ("military officer", "military")


def test_the_commander_of_a_police_task_force_stays_police() -> None:
    assert person("Col Arthit Somboon, commander of the police task force in Phop Phra, said 95 foreigners were "
                  "freed.") == ("police officer", "police")
