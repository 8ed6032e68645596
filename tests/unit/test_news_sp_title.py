""""SP" (superintendent of police) is a police title in Indian reporting (audit 37q): "teams led by Cyber
Crime SP K Latha identified the agents" names a police officer K Latha, not a person "Cyber Crime SP K
Latha"."""

from tests.unit.test_news_extraction import run


def test_sp_before_a_name_is_a_police_title() -> None:
    batch = run("The Kerala Police Cyber Wing has arrested three agents. Teams led by Cyber Crime SP K Latha identified "
                "the agents after the victims returned.")
    people = {n.name: n.properties.get("role_class") for n in batch.nodes.values() if n.label.value == "Person"}
    assert people.get("K Latha") == "police"
    assert not any("SP" in name for name in people)
