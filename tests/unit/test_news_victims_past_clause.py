"""People named by a noun for victims ("workers", "migrants", "victims") and described by a
relative clause: the verb after the clause is what was done to them ("63 Nepali workers who were
tricked into a compound flew home"), not the harm the noun implies; "N more <word> <demonym>"
keeps the demonym in the phrase."""

from tests.unit.test_news_extraction import facts, run


def test_the_main_verb_after_a_clause_on_victims_is_theirs() -> None:
    found = facts(run("On Sunday, 63 Nepali workers who were tricked into a compound returned home."))
    assert ("REPATRIATED", "repatriation@2026-10-11", "NP", 63) in found


def test_an_adjective_after_more_keeps_the_demonym_of_the_phrase() -> None:
    found = facts(run("On Sunday, 44 more migrant Nepali workers who had toiled in a compound returned home."))
    assert any(f[0] == "REPATRIATED" and f[2:] == ("NP", 44) for f in found)


def test_victims_with_no_act_after_their_clause_get_no_return() -> None:
    found = facts(run("The gang had trafficked 63 Nepali workers who were tricked into a compound in Laos."))
    assert not any(f[0] == "REPATRIATED" for f in found)
