"""A part told with "of" a whole ("nine of 73 Bolivian trafficking victims") takes the verb after
the whole's words: "arrived from Peru" brings the nine home. A clause after "said" may tell of
people landing ("The ministry on Monday said nine ... arrived from Peru on Sunday"), and the day
of that landing is the event's, not the day it was told. Two verbs joined inside quotes ('had
"freed and repatriated" 29 Bolivians') share the people after the quote."""

from tests.unit.test_news_extraction import facts, run


def _returned(text: str) -> set[tuple[str, str, object]]:
    return {(f[1], f[2], f[3]) for f in facts(run(text)) if f[0] == "REPATRIATED"}


def test_a_part_of_a_whole_takes_the_verb_after_the_whole() -> None:
    assert _returned("Nine of 73 Bolivian trafficking victims arrived from Peru on Sunday.\n") \
        == {("repatriation@2026-10-11", "BO", 9)}


def test_a_landing_told_after_said_is_dated_by_its_own_day() -> None:
    text = "The ministry on Monday said nine of 73 Bolivian trafficking victims arrived from Peru on Sunday evening.\n"
    assert _returned(text) == {("repatriation@2026-10-11", "BO", 9)}
    assert not _returned("A rights group says 200 Bolivians are trapped in Peru.\n")


def test_verbs_joined_inside_quotes_share_the_people_after_them() -> None:
    found = {(f[0], f[2], f[3]) for f in facts(run('Chile has also "freed and repatriated" 29 Bolivians from Peru.\n'))}
    assert {("RESCUED", "BO", 29), ("REPATRIATED", "BO", 29)} <= found
