"""Gazetteer forms written with an apostrophe match the typographic one news pages print:
"chargé d’affaires" is the role "chargé d'affaires" is. Tests in made-up words."""

from scamgraph import gazetteer as gz
from tests.unit.test_news_extraction import run


def test_a_form_with_an_apostrophe_has_its_typographic_twin() -> None:
    assert "chargé d’affaires" in gz.roles() and "chargé d'affaires" in gz.roles()


def test_an_envoy_titled_with_a_curly_apostrophe_is_found_with_the_role() -> None:
    people = [n for n in run("Zarnovia's chargé d’affaires Ahmad Faizal Rahim said 18 were freed.").nodes.values()
              if n.label.value == "Person"]
    assert [(p.name, p.properties.get("role_class")) for p in people] == [("Ahmad Faizal Rahim", "diplomat")]
