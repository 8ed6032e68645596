"""Words other outlets use for things the reader knew by other words (audits 39F, 39G, 39H): goods
"impounded" are seized, "defendants" sentenced are people counted on the charge, and "Turkiye"
(the spelling Malaysian papers use) is Turkey."""

from tests.unit.test_news_extraction import events, facts, run


def test_goods_impounded_are_a_seizure() -> None:
    assert "seizure@2026-10-13" in events(run("Police impounded 40 bank books and 12 laptops on Tuesday."))


def test_defendants_sentenced_are_counted_on_the_charge() -> None:
    batch = run("The Kaiyang Intermediate People's Court on Tuesday sentenced six defendants to death.")
    assert events(batch)["charge@2026-10-13"]["count_charged"] == 6


def test_turkiye_is_turkey() -> None:
    batch = run("Police arrested eleven foreigners on Tuesday, namely four Turkiye men and seven Chinese men.")
    assert ("ARRESTED", "arrest@2026-10-13", "TR", 4) in facts(batch)
