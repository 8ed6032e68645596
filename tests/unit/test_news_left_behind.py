"""People left behind are no part of the act told before them (audit 30, page g12: those sent away
first, then a participle of leaving whose own object is the people kept in a cell, read as one list
and summed onto the sending away). A count after "leaving" or "left" in the gap is no further item of
the list before it; a list with no such word still adds up. Sentences are made up."""

from tests.unit.test_news_extraction import facts, run


def _deported(text: str) -> set[tuple[str, object]]:
    return {(target, count) for rel, _, target, count in facts(run(text)) if rel == "DEPORTED"}


def test_people_left_in_a_cell_are_not_added_to_those_sent_away() -> None:
    text = ("Officials in Jambi expelled 41 Chinese and seven Laotians on Friday, leaving 13 Chinese "
            "and nine Laotians in a cell at the local immigration office.")
    sent = _deported(text)
    assert ("CN", 41) in sent and ("LA", 7) in sent
    assert ("CN", 54) not in sent and ("LA", 16) not in sent


def test_people_left_behind_get_no_count_of_the_sending_away() -> None:
    text = "Officials in Jambi deported 41 Chinese on Friday, leaving 13 Laotians behind."
    sent = _deported(text)
    assert ("CN", 41) in sent
    assert not any(target == "LA" for target, _ in sent)


def test_a_plain_list_of_those_sent_away_still_counts_every_item() -> None:
    text = "Officials in Jambi deported 41 Chinese, seven Laotians and 13 Nepalis on Friday."
    assert {("CN", 41), ("LA", 7), ("NP", 13)} <= _deported(text)
