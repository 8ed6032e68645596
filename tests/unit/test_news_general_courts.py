"""A court told first by its country alone ("A Chinese court on Monday sentenced ...") and then
by its name ("the Wenzhou Intermediate People's Court") is one court: its facts move onto the
named one (audit 11: l16, l27, with e05, e06 and j12 on earlier audit pages). Two named courts
of that country leave the general one alone; a court of another country is never folded in."""

from scamgraph.model import Label, RelType
from tests.unit.test_news_extraction import names, run


def _conductors(batch) -> set[str]:
    return {batch.nodes[e.source].name for e in batch.edges if e.type is RelType.CONDUCTED}


def test_a_general_court_is_the_one_named_court_of_its_country() -> None:
    batch = run("A Chinese court on Monday sentenced 14 members of a Kokang gang to prison. "
                "The Kunming Intermediate People's Court found them guilty of fraud.")
    assert "Chinese court" not in names(batch, Label.AGENCY)
    assert "Kunming Intermediate People's Court" in _conductors(batch)


def test_two_named_courts_leave_the_general_one() -> None:
    batch = run("A Chinese court on Monday sentenced 14 members of a Kokang gang to prison. "
                "The Kunming Intermediate People's Court heard the case and the Yunnan High People's Court "
                "will hear the appeal.")
    assert "Chinese court" in names(batch, Label.AGENCY)


def test_a_court_of_another_country_is_not_folded_in() -> None:
    batch = run("A Thai court on Monday sentenced six recruiters to prison. "
                "The Phnom Penh Municipal Court charged nine more on Tuesday.")
    assert "Thai court" in names(batch, Label.AGENCY)
