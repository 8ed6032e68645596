"""Hard-wrapped text (lines broken inside sentences, as in plain-text mail and old web pages): a line
that goes on in lower case continues the sentence above; a full stop or a blank line still ends one."""

from scamgraph.loaders.nlp import pipeline
from tests.unit.test_news_extraction import facts, run


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in pipeline()(text).sents if s.text.strip()]


def test_a_line_going_on_in_lower_case_is_the_same_sentence() -> None:
    text = "Officers searched a flat in Kampot,\nfinding nine laptops and a safe.\nThe owner fled."
    assert _sentences(text) == ["Officers searched a flat in Kampot,\nfinding nine laptops and a safe.", "The owner fled."]


def test_a_full_stop_or_a_blank_line_still_ends_a_line_in_lower_case() -> None:
    assert len(_sentences("The owner fled.\nfive men stayed behind.")) == 2
    assert len(_sentences("Raid in Kampot\n\nofficers said little.")) == 2
    assert len(_sentences("Raid in Kampot\nOfficers said little.")) == 2


def test_an_act_told_apart_across_a_wrapped_line_keeps_its_own_people() -> None:
    batch = run("Police raided a house in Kampot on Monday.\nThe raid came after officers in Takeo broke up another ring,\n"
                "arresting nine people including its leader Sok Dara, 40.")
    found = facts(batch)
    assert ("ARRESTED", "arrest@", "Sok Dara", None) in found
    assert ("ARRESTED", "raid@2026-10-12", "Sok Dara", None) not in found
