"""A "Military Command" or a "Border Guard Command" is an army's body, not the police's (a bare
"Command" and a "Police Command" stay police). Tests in made-up words."""

from tests.unit.test_news_extraction import run


def kinds(text: str) -> list[tuple[str, object]]:
    return [(n.name, n.properties.get("kind")) for n in run(text).nodes.values() if n.label.value == "Agency"]


def test_military_and_border_guard_commands_are_military() -> None:
    assert kinds("The Dong Nai Provincial Military Command received 85 citizens on Monday.") == [
        ("Dong Nai Provincial Military Command", "military")]
    assert kinds("The Tay Ninh Border Guard Command received 85 citizens on Monday.") == [
        ("Tay Ninh Border Guard Command", "military")]


def test_a_police_command_stays_police() -> None:
    assert kinds("The Bangkok Metropolitan Police Command said three men were held.") == [
        ("Bangkok Metropolitan Police Command", "police")]
