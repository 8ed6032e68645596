"""A body that speaks only inside a relative clause announces none of the sentence's acts (audit 37p):
"workers have fled compounds this month ..., a trade which the United Nations says employs tens of
thousands" gives the UN no ANNOUNCED edge; "X said" after a sentence still announces."""

from tests.unit.test_news_extraction import facts, run


def test_a_speaker_inside_a_relative_clause_announces_nothing() -> None:
    found = facts(run("Some foreign workers fled compounds around Cambodia this month as officials vowed to end the "
                      "trade, which the United Nations says employs tens of thousands of people."))
    assert not any(f[0] == "ANNOUNCED" and f[1] == "United Nations" for f in found)


def test_a_speaker_of_the_sentence_announces() -> None:
    found = facts(run("Police arrested 40 Chinese on Monday, the Interior Ministry said."))
    assert ("ANNOUNCED", "Interior Ministry", "arrest@2026-10-12", None) in found  # (a guard)
