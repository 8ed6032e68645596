"""A body's words that open a law's name ("the Myanmar Immigration (Emergency Provisions) Act")
name the law, not a body."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_law_named_after_a_body_names_no_body() -> None:
    batch = run("Two Sri Lankans face trial under the Myanmar Immigration (Emergency Provisions) Act for overstaying.")
    assert "Myanmar Immigration" not in names(batch, Label.AGENCY)


def test_the_body_itself_is_still_named() -> None:
    found = names(run("The Bureau of Immigration deported 40 Chinese on Monday."), Label.AGENCY)
    assert [n for n in found if n.endswith("Bureau of Immigration")]
