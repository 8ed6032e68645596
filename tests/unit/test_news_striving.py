"""An act in the infinitive of a verb of striving ("working with the Thai police to repatriate
them", "work with charities to facilitate rescues") is an aim, not a thing done: no event and no
count of it (audit pages d09, d11, d26, g11). "to ensure the repatriation" after it still tells an
act already arranged."""

from scamgraph.loaders.news.demands import asked_for
from tests.unit.test_news_extraction import events, run


def test_working_with_others_to_repatriate_is_no_repatriation() -> None:
    batch = run("Nepal is working with authorities in Laos to repatriate about 60 of its citizens.")
    assert not any(key.startswith("repatriation") for key in events(batch))


def test_working_to_rescue_is_no_rescue() -> None:
    batch = run("Kenya working to rescue 31 nationals held in Laos")
    assert not any(key.startswith("rescue") for key in events(batch))


def test_a_return_done_after_work_is_still_told() -> None:
    batch = run("After weeks of work with Lao officials, the embassy repatriated 60 Nepalis on Friday.")
    assert any(key.startswith("repatriation") for key in events(batch))


def test_the_words_read_by_the_rule() -> None:
    lower = "the army would push to repatriate them".split()
    assert asked_for(lower, 5, 0)
    lower = "police work with charities to facilitate rescues".split()
    assert asked_for(lower, 6, 0)
    lower = "officials are working with the embassy to ensure the repatriation".split()
    assert not asked_for(lower, 9, 0)
    lower = "police said they rescued them".split()
    assert not asked_for(lower, 3, 0)
