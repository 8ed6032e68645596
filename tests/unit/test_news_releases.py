"""People released by those who held them were rescued; a release by the law, a thing released or
a release asked for is no rescue."""

from tests.unit.test_news_extraction import events, facts, run


def test_a_captive_released_is_a_rescue() -> None:
    assert "rescue@2026-09-28" in events(run("She was held captive for nearly ten days before being released on the "
                                              "28th of last month."))


def test_a_release_secured_from_a_compound_is_a_rescue() -> None:
    assert "rescue@" in events(run("Embassy staff secured the release of the 16 workers trapped in a compound."))


def test_release_by_the_law_a_thing_or_a_demand_is_no_rescue() -> None:
    assert not events(run("Five suspects were released on bail."))
    assert not events(run("Rights groups called for the release of the workers."))
    assert not events(run("The ministry released a statement on the trafficked workers."))


def test_a_release_still_sought_in_an_infinitive_is_no_rescue() -> None:
    sought = events(run("The consulate has asked the local police to secure the release of four Fijian workers "
                        "held by a gang."))
    assert not [key for key in sought if key.startswith("rescue")]
    assert "rescue@" in events(run("Diplomats managed to secure the release of four Fijian workers held by a gang."))


def test_a_release_from_a_place_whose_head_comes_late() -> None:
    """"released by the army from the illegal Golden Sands scam park": the park is where captors
    held them, though its head word stands five words after "from"."""
    found = events(run("About 1,500 people were released by the Lao army from the illegal Golden Sands scam park on Monday."))
    assert found["rescue@2026-10-12"]["count_rescued"] == 1500


def test_a_release_reported_is_a_rescue_unless_denied() -> None:
    """"has reported the release of two Uzbek nationals": a release told as done, their rescue."""
    batch = run("The Uzbek foreign ministry has reported the release of two Uzbek nationals from forced labor in Laos.")
    assert ("RESCUED", "UZ", 2) in {(f[0], f[2], f[3]) for f in facts(batch)}
    assert not events(run("The ministry has not confirmed the release of two Uzbek nationals."))
