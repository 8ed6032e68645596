"""Two demonyms sharing one number with no people noun after them ("41 Ruritanians and Freedonians")
are one group of that number, no one's count: both peoples get the act, and a further item of the
list ("and three Bolivians") adds to the act's total. An act noun "of" a number the act told before
did not count ("the arrest of almost 50 Taiwanese") is an act of its own, not that one."""

from tests.unit.test_news_extraction import events, facts, run


def test_a_pair_of_demonyms_sharing_a_number_with_no_noun_are_both_acted_on() -> None:
    batch = run("On Tuesday officers held 37 Chinese and Taiwanese and seven Vietnamese people for fraud.")
    found = facts(batch)
    assert {("DETAINED", "detention@2026-10-13", "CN", None), ("DETAINED", "detention@2026-10-13", "TW", None),
            ("DETAINED", "detention@2026-10-13", "VN", 7)} <= found
    assert events(batch)["detention@2026-10-13"]["count_detained"] == 44


def test_the_act_noun_of_a_number_not_told_before_is_an_act_of_its_own() -> None:
    batch = run("Officers raided four guest houses on Monday. In June, police rounded up nearly 600 people. "
                "Their first sweep came in July last year and led to the arrest of nearly 50 Taiwanese and Chinese.")
    assert [key for key, props in events(batch).items() if key.endswith("@2025-07") and props.get("count_arrested") == 50]
    assert "count_arrested" not in events(batch)["raid@2026-10-12"]


def test_the_act_noun_of_the_number_told_before_is_that_act() -> None:
    batch = run("A plane brought home 191 Indian nationals on Monday. Embassies had helped to secure the "
                "repatriation of 191 Indian nationals, the ministry said.")
    assert [key for key in events(batch) if key.startswith("repatriation")] == ["repatriation@2026-10-12"]
