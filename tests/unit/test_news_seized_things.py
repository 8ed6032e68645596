"""A seizure's participle used as an adjective ("the confiscated ledgers", "checks of seized
laptops") names things by what was done to them and makes no seizure of its own; the verb
("officers seized laptops", "and seized cash") still tells one (grammar: the attributive
participle; fresh4 93, audit pages j23 and i33)."""

from tests.unit.test_news_extraction import events, run


def test_things_named_by_their_seizure_make_no_seizure() -> None:
    found = events(run("Checks of seized laptops led detectives to believe the gang took 5 million baht."))
    assert not any(key.startswith("seizure") for key in found)


def test_things_seized_named_after_an_arrest_add_no_seizure_on_its_day() -> None:
    found = events(run("Police arrested six men in Hat Yai on Monday. Detectives will ask the Cyber Crime Bureau "
                       "to examine the seized ledgers."))
    assert not any(key.startswith("seizure") for key in found)


def test_the_verb_still_tells_a_seizure() -> None:
    found = events(run("Officers seized laptops and cash from the office on Monday."))
    assert any(key.startswith("seizure") for key in found)


def test_things_named_by_their_seizure_at_the_head_of_a_sentence_make_no_seizure() -> None:
    found = events(run("Confiscated ledgers are being examined by the cyber unit in Davao."))
    assert not any(key.startswith("seizure") for key in found)
