"""An act told in an infinitive after a past verb of working together or of going on was carried
out ("the ministry had cooperated with Lao police to rescue 21 citizens", "troops continued to
free three more"); the same infinitive after a present effort or a plan is still an aim."""

from tests.unit.test_news_extraction import facts, run


def test_an_act_done_together_with_another_body_was_carried_out() -> None:
    found = facts(run("The foreign ministry said it had worked with Thai police to free 23 Bhutanese "
                      "nationals held in a compound near the border."))
    assert any(f[0] == "RESCUED" and f[2:] == ("BT", 23) for f in found)


def test_an_act_coordinated_by_missions_was_carried_out() -> None:
    found = facts(run("Officials said the two embassies coordinated to repatriate 44 Nepali citizens last month."))
    assert any(f[0] == "REPATRIATED" and f[2:] == ("NP", 44) for f in found)


def test_going_on_with_an_act_carries_it_out() -> None:
    found = facts(run("Lao soldiers later continued to rescue five more Malawian citizens."))
    assert any(f[0] == "RESCUED" and f[2:] == ("MW", 5) for f in found)


def test_a_present_effort_is_still_an_aim() -> None:
    found = facts(run("Nepal is working with Lao authorities to repatriate 150 Nepali citizens."))
    assert not any(f[2:] == ("NP", 150) for f in found)


def test_a_plan_to_work_together_is_still_an_aim() -> None:
    found = facts(run("The two governments agreed to cooperate to rescue 60 Nepali citizens next month."))
    assert not any(f[2:] == ("NP", 60) for f in found)


def test_a_clause_between_the_verb_and_the_infinitive_leaves_it_an_aim() -> None:
    found = facts(run("Officials who had worked on the case said they hoped to rescue 70 Nepali citizens."))
    assert not any(f[2:] == ("NP", 70) for f in found)


def test_more_after_a_number_counts_people_not_an_act_to_come() -> None:
    found = facts(run("38 More Malawians Freed From Laos Compounds"))
    assert any(f[0] == "RESCUED" and f[2:] == ("MW", 38) for f in found)


def test_more_without_a_number_before_it_is_still_an_act_to_come() -> None:
    found = facts(run("The ministry called for more rescues of Malawians held in 12 compounds."))
    assert not any(f[0] == "RESCUED" for f in found)
