"""A court told first by its country alone ("jailed by a Chinese court this week") and then
by its name ("the Wenzhou Intermediate People's Court") is one court: its facts move onto the
named one (audit 11: l16, l27, with e05, e06 and j12 on earlier audit pages). Two named courts
of that country leave the general one alone; a court of another country is never folded in."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_general_court_is_the_one_named_court_of_its_country() -> None:
    batch = run("Fourteen Kokang gang members were jailed by a Chinese court this week. "
                "The Kunming Intermediate People's Court ruled that they ran scams.")
    assert "Chinese court" not in names(batch, Label.AGENCY)
    assert "Kunming Intermediate People's Court" in names(batch, Label.AGENCY)


def test_two_named_courts_leave_the_general_one() -> None:
    batch = run("Fourteen Kokang gang members were jailed by a Chinese court this week. "
                "The Kunming Intermediate People's Court heard the case and the Yunnan High People's Court "
                "will hear the appeal.")
    assert "Chinese court" in names(batch, Label.AGENCY)


def test_a_court_of_another_country_is_not_folded_in() -> None:
    batch = run("Six recruiters were jailed by a Thai court this week. "
                "The Phnom Penh Municipal Court charged nine more on Tuesday.")
    assert "Thai court" in names(batch, Label.AGENCY)
