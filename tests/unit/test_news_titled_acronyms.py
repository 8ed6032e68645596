"""A public body's acronym written as a title-case word in parentheses after its full name
("Department of International Relations and Cooperation (Dirco)", "Criminal Investigation
Department (Bareskrim)") is that body's acronym, as one in capitals is: a later "Dirco
spokesperson" works for the department. A place in parentheses after a town defines nothing."""

from scamgraph.model import RelType, Label
from tests.unit.test_news_extraction import run


def _works_for(text: str) -> set[tuple[str, str]]:
    graph = run(text)
    return {(graph.nodes[e.source].name, graph.nodes[e.target].name)
            for e in graph.edges if e.type is RelType.WORKS_FOR}


def test_a_titled_acronym_names_the_body_later() -> None:
    text = ("On Sunday the Department of International Relations and Cooperation (Dirco) flew 11 "
            "South Africans home from Laos. Chrispin Phiri, Dirco spokesperson, said the group had landed "
            "in Johannesburg.")
    assert ("Chrispin Phiri", "Department of International Relations and Cooperation") in _works_for(text)


def test_a_place_in_parentheses_defines_no_acronym() -> None:
    graph = run("Police rescued 20 Thais in Myawaddy (Myanmar) on Monday. Myanmar officials said the "
                "compound was closed.")
    assert not any(n.label is Label.AGENCY and n.name == "Myawaddy" for n in graph.nodes.values())
