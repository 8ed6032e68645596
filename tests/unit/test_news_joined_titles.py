"""Titles joined before a name still reach the body named before them: two titles joined by
"and" ("<Body> Director and spokesperson X") and a title with its short form in brackets
("<Body> director-general (D-G) X"). Names and sentences are made up."""

from scamgraph.model import RelType
from tests.unit.test_news_extraction import run


def _works_for(text: str) -> set[tuple[str, str]]:
    batch = run(text)
    names = {n.key: n.name for n in batch.nodes.values()}
    return {(names[e.source], names[e.target]) for e in batch.edges if e.type is RelType.WORKS_FOR}


def test_two_titles_joined_by_and_reach_the_body() -> None:
    text = "PAOCC Director and spokesperson Juan Cruz said 40 Chinese were held in Pasay."
    assert _works_for(text) == {("Juan Cruz", "Presidential Anti-Organized Crime Commission")}


def test_a_title_with_its_short_form_in_brackets_reaches_the_body() -> None:
    text = "Immigration Department director-general (D-G) Ahmad Zaki said 40 Chinese were held in Cyberjaya."
    assert _works_for(text) == {("Ahmad Zaki", "Immigration Department")}


def test_two_people_joined_by_and_keep_their_own_titles() -> None:
    text = "PAOCC spokesperson Juan Cruz and lawyer Maria Santos said 40 Chinese were held in Pasay."
    assert ("Maria Santos", "Presidential Anti-Organized Crime Commission") not in _works_for(text)


def test_a_title_with_a_portfolio_after_a_national_body_reaches_the_body() -> None:
    text = ("The Department of Foreign Affairs (DFA) helped them. DFA Undersecretary for Migrant Workers "
            "Affairs Jose Cruz met the 8 Filipinos in Manila.")
    assert ("Jose Cruz", "Department of Foreign Affairs") in _works_for(text)


def test_the_title_next_to_a_company_decides_the_relation() -> None:
    batch = run("Police arrested alleged cybercrime boss Li Wei, founder and chairman of Lotus Holding Group, in Bangkok.")
    names = {n.key: n.name for n in batch.nodes.values()}
    directs = {(names[e.source], names[e.target]) for e in batch.edges if e.type is RelType.DIRECTS}
    assert directs == {("Li Wei", "Lotus Holding Group")}
    assert not _works_for("Police arrested alleged cybercrime boss Li Wei, chairman of Lotus Holding Group, in Bangkok.")
