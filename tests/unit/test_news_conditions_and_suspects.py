"""A sentence opened by a condition tells a hypothetical outcome ("If they are found to be
involved, they will be charged"): no event. People counted after an act's verb and described by a
participle ("intercepted 14 Bolivians suspected of being trafficked") are that act's, not the
harm the participle names. An operation that "netted" people arrested them."""

from tests.unit.test_news_extraction import events, facts, run


def test_a_conditions_outcome_is_no_event() -> None:
    assert events(run("If they are found to be involved in the scheme, they will be charged in court.\n")) == {}
    assert "charge@2026-10-12" in events(run("The five were charged on Monday.\n"))


def test_people_described_after_the_verb_take_the_verb() -> None:
    found = facts(run("The immigration bureau said it intercepted 14 Bolivians suspected of being trafficked by syndicates.\n"))
    assert ("DETAINED", "detention@", "BO", 14) in found


def test_an_operation_that_netted_people_arrested_them() -> None:
    found = facts(run("Police raided a villa on Thursday. The operation netted 14 Bolivian men.\n"))
    assert ("ARRESTED", "raid@2026-10-15", "BO", 14) in found
    assert events(run("The scheme netted the gang 5 million pesos.\n")) == {}
