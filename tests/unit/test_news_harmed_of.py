"""A person named after "the death of", "the murder of" is the one harmed, not the people of
an act told before in the sentence: "the repatriation came after the death of X" sends X nowhere;
"the repatriation of X" still does."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, run


def _people_acted_on(text: str) -> set[tuple[str, str]]:
    batch = run(text)
    people = {n.name for n in batch.nodes.values() if n.label is Label.PERSON}
    return {(f[0], f[2]) for f in facts(batch) if f[2] in people}


def test_the_one_whose_death_is_told_is_not_repatriated() -> None:
    text = ("A charter flight brought 30 Korean workers home from Phnom Penh on March 3. The repatriation came "
            "after the death of Kang Min-seok, a student beaten at a compound near Kampot.\n")
    assert not any(rel == "REPATRIATED" for rel, _ in _people_acted_on(text))


def test_the_one_whose_repatriation_is_told_is_repatriated() -> None:
    text = "Police said on Monday they had arranged the repatriation of Kang Min-seok to Seoul.\n"
    assert ("REPATRIATED", "Kang Min-seok") in _people_acted_on(text)
