"""Where missions stand (convention 1): a consulate general is a mission like an embassy ("the
Vietnamese Consulate General in Battambang"), and a country's missions named together stand in each
town listed after them ("the Indonesian embassies in Hanoi and Bangkok": one node, an edge to
each). Made-up sentences (a probe of forms seen on 4 of 75 real pages)."""

from tests.unit.test_news_extraction import facts, run


def _seats(text: str) -> set[tuple[str, str]]:
    return {(f[1], f[2]) for f in facts(run(text)) if f[0] == "LOCATED_IN"}


def test_a_consulate_general_stands_where_the_text_puts_it() -> None:
    assert _seats("The Vietnamese Consulate General in Battambang said 63 citizens were handed over.") \
        == {("Vietnamese Consulate General", "Battambang")}


def test_missions_named_together_stand_in_each_town_listed() -> None:
    assert _seats("The Indonesian embassies in Hanoi and Bangkok helped the workers on Monday.") \
        == {("Indonesian embassy", "Hanoi"), ("Indonesian embassy", "Bangkok")}
