"""An outlet the page names in its furniture, not in the story: a masthead with its article on a
line of its own ("The <outlet>" under a byline), a syndication credit under the story ("The
<outlet>/<network>") and a credit line whose label has a plural mark ("Source(s): <outlet>"); nor
does a byline in brackets under the text ("(By <name>)") name anyone of the story. An outlet the
story cites stays an organization. Names and sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run

_STORY = "Police freed 40 Kenyans from a compound in Myawaddy on Monday."


def _organizations(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.ORGANIZATION}


def test_a_masthead_with_its_article_names_no_organization() -> None:
    assert not _organizations(f"Dara Vone\n\nThe Harbour Post\n\n{_STORY}\n")


def test_a_syndication_credit_names_no_organization() -> None:
    assert not _organizations(f"{_STORY} The talks went on. - The Harbour Post/ANN\n")


def test_a_source_credit_with_a_plural_mark_names_no_organization() -> None:
    assert not _organizations(f"{_STORY}\n\nSource(s): Harbour News Agency\n")


def test_an_outlet_the_story_cites_stays_an_organization() -> None:
    text = "Police freed 40 Kenyans from a compound in Myawaddy, The Harbour Post reported on Monday."
    assert "Harbour Post" in _organizations(text)


def test_a_bracket_alone_on_a_line_is_read_without_error() -> None:
    """A line of one opening bracket (what a page's stray markup can leave) has no label to read."""
    for text in ("(", "[", f"{_STORY}\n\n(\n", f"(\n\n{_STORY}\n"):
        assert _organizations(text) == set()


def test_a_byline_in_brackets_under_the_text_names_nobody_of_the_story() -> None:
    batch = run("Police deported 40 Chinese suspects from Phnom Penh on Saturday.\n(By Liu Wenjing)")
    assert not [n for n in batch.nodes.values() if n.label is Label.PERSON]
