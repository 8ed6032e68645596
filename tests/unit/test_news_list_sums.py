"""An act told only as a list of people by nationality counts every item: its number is the sum of
the list, not its largest item; a total told beside the list is never lowered."""

from tests.unit.test_news_extraction import run


def _counts(text: str, kind: str) -> dict[str, int]:
    nodes = run(text).to_dict()["nodes"]
    return next(n["properties"]["counts"] for n in nodes if n["label"] == "Event" and n["properties"]["type"] == kind)


def test_a_list_with_no_total_counts_its_sum() -> None:
    text = "Officers raided a villa in Cusco on Monday, arresting 30 Bolivians and four Chileans.\n"
    assert _counts(text, "raid")["arrested"] == 34


def test_a_total_told_before_the_list_stands() -> None:
    text = ("Police in Lima arrested 50 foreigners on Tuesday, including 30 Bolivians and four Chileans.\n")
    assert _counts(text, "arrest")["arrested"] == 50
