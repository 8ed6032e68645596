""""Operation" told after a deportation, repatriation or extradition in the same sentence, with no
raid, arrest, rescue or seizure word, names that act again ("deported on a charter, the largest
operation so far"); an operation the act comes "after" is an earlier act of its own; "operating an
online operation" is the criminals' business (audit pages b06, m02, a35)."""

from scamgraph.loaders.news.operation_again import sending_home_again
from tests.unit.test_news_extraction import events, run


def test_a_deportation_named_again_as_an_operation_makes_no_raid() -> None:
    batch = run("Laos deported 41 Vietnamese on Monday in a large operation.")
    assert any(key.startswith("deportation") for key in events(batch))
    assert not any(key.startswith("raid") for key in events(batch))


def test_running_an_online_operation_is_no_raid() -> None:
    batch = run("Police said the 30 men had been operating a cyber operation in Bavet.")
    assert not any(key.startswith("raid") for key in events(batch))


def test_the_sentence_words_read_by_the_rule() -> None:
    lower = "they were deported on monday , the largest operation yet".split()
    assert sending_home_again(lower, 7, {2: "deportation", 7: "raid"}) == "deportation"
    lower = "they were flown home after a joint operation".split()
    assert sending_home_again(lower, 7, {2: "repatriation", 7: "raid"}) is None
    lower = "they were deported after being arrested in an operation".split()
    assert sending_home_again(lower, 9, {2: "deportation", 5: "arrest", 9: "raid"}) is None
    lower = "an operation was held and 20 were deported".split()
    assert sending_home_again(lower, 1, {1: "raid", 7: "deportation"}) is None
