"""An act done to a named person is a case, not a generic statement: a sentence with "many" or
"these" in it still tells an arrest or a warrant when a person's name is the act's object. Made-up
texts."""

from tests.unit.test_news_extraction import events, facts, run


def test_an_arrest_of_a_named_boss_in_a_sentence_with_many_is_told() -> None:
    batch = run("Many workers fled the compound after police arrested its suspected owner, businessman Sok Dara.")
    assert any(key.startswith(("arrest", "raid")) for key in events(batch))
    assert any(edge[0] == "ARRESTED" and edge[2] == "Sok Dara" for edge in facts(batch))


def test_warrants_for_a_named_man_beside_these_operations_are_told() -> None:
    batch = run("Police said arrest warrants have been issued for Chan Vibol and his partners in these scam "
                "operations.")
    assert "warrant@" in events(batch)


def test_a_generic_sentence_naming_nobody_still_makes_no_event() -> None:
    assert not events(run("Many workers rescued from such compounds describe beatings."))


def test_a_name_after_a_clause_break_is_no_object() -> None:
    assert not events(run("Such raids often end quickly, officials told Sok Dara."))
