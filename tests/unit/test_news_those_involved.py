"""A sentence opening "Those involved include ..." (or "concerned", "affected") breaks down the
people counted just before, as "They included ..." does, and so do "This group included ..." and "The
50 suspects comprised ..."; "Madagascan" names Madagascar's people."""

from tests.unit.test_news_extraction import facts, run


def test_those_involved_are_the_people_counted_before() -> None:
    text = ("Thirty foreigners were deported from Lima on Friday. Those involved include 14 Bolivians, "
            "9 Chileans and 7 Madagascans.\n")
    deported = {(f[2], f[3]) for f in facts(run(text)) if f[0] == "DEPORTED"}
    assert {("BO", 14), ("CL", 9), ("MG", 7)} <= deported


def test_this_group_and_a_number_told_again_open_a_breakdown_too() -> None:
    for opening in ("This group included", "The 50 suspects comprised"):
        text = f"Police in Lima arrested 50 suspects on Monday. {opening} 30 Peruvians and 20 Chileans.\n"
        arrested = {(f[2], f[3]) for f in facts(run(text)) if f[0] == "ARRESTED"}
        assert {("PE", 30), ("CL", 20)} <= arrested, opening
