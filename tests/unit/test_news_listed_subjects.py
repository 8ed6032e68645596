"""Counted people listed as the subject of one verb told after the last of them: every item of
the list takes that verb, not only the last one. And a relative clause about counted people ("45
citizens who had travelled to Cambodia") does not tell where they were sent home to."""

from tests.unit.test_news_extraction import facts, run


def test_every_item_of_a_listed_subject_takes_the_verb_after_the_list() -> None:
    batch = run("On Monday 40 Thais, 25 Laotians, six Malaysians and two Kenyans were rescued from a compound.")
    found = {(rel, code, count) for rel, _ev, code, count in facts(batch)}
    assert {("RESCUED", "TH", 40), ("RESCUED", "LA", 25), ("RESCUED", "MY", 6), ("RESCUED", "KE", 2)} <= found


def test_a_list_without_and_gives_its_first_items_no_verb() -> None:
    batch = run("On Monday police said 40 Thais, 25 Laotians were rescued from a compound.")
    found = {(rel, code, count) for rel, _ev, code, count in facts(batch)}
    assert ("RESCUED", "TH", 40) not in found  # no "and" closes the list: "40 Thais" may be another clause's


def test_a_list_before_a_word_that_opens_no_predicate_gives_no_verb() -> None:
    batch = run("On Monday 40 Thais, 25 Laotians and six Malaysians in the compound told reporters they were hungry.")
    assert not {rel for rel, _ev, _code, _count in facts(batch)} & {"RESCUED", "ARRESTED", "DETAINED", "DEPORTED"}


def test_a_country_in_a_clause_about_the_people_is_not_the_home_they_were_sent_to() -> None:
    batch = run("Police repatriated 45 citizens who had travelled to Cambodia.")
    assert "KH" not in {code for _rel, _ev, code, _count in facts(batch)}  # whose citizens: not told
