"""An apposition after a person's name says who the person is; a clause opened inside it by a
relative word of another subject ("whom", "whose", "which", "that") or by a "for" of the reason
right after the comma tells of someone or something else, so a demonym or a body named there
gives the person no nationality and no employer. What the apposition says before such a clause
still counts."""

from scamgraph.model import RelType
from tests.unit.test_news_extraction import run


def _facts(text: str, rel: RelType) -> set[tuple[str, str]]:
    batch = run(text)
    return {(batch.nodes[e.source].name, batch.nodes[e.target].name) for e in batch.edges if e.type is rel}


def test_the_body_after_whom_is_the_clause_subject_not_the_employer() -> None:
    text = "Police named Wang Dehai, a wealthy landowner whom Vietnamese prosecutors accuse of running a betting ring."
    assert _facts(text, RelType.WORKS_FOR) == set()


def test_a_reason_after_the_comma_gives_no_nationality() -> None:
    text = "Regulators froze the assets of Brix Holdings and its manager Li Haotian, for allegedly running servers that cheated Germans."
    assert _facts(text, RelType.HAS_NATIONALITY) == set()
    assert ("Li Haotian", "Brix Holdings") in _facts(text, RelType.DIRECTS)


def test_a_demonym_in_a_clause_opened_by_that_is_not_the_persons() -> None:
    assert _facts("Regulators named Li Haotian, a manager of servers that cheated Germans.", RelType.HAS_NATIONALITY) == set()


def test_a_body_after_whose_gives_no_employer() -> None:
    text = "Kim Sung-ho, a broker whose brother joined the Immigration Department, was questioned on Monday."
    assert _facts(text, RelType.WORKS_FOR) == set()


def test_a_body_after_which_or_that_gives_no_employer() -> None:
    for text in ("Officials said Park Ji-hoon, a recruiter that Cambodian police were tracking, fled.",
                 "Officials said Park Ji-hoon, a recruiter which the Immigration Department was tracking, fled."):
        assert _facts(text, RelType.WORKS_FOR) == set()


def test_the_apposition_before_the_clause_still_counts() -> None:
    text = "Police in the province said Chen Weiming, a Malaysian national who was held at the border, was released on bail."
    assert _facts(text, RelType.HAS_NATIONALITY) == {("Chen Weiming", "Malaysia")}
