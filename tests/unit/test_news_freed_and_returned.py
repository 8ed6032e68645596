"""People freed and, in the same breath, taken to a country were sent home: the second verb tells a
sending home of its own, and a named person told with unnamed others ("<name> and several other
victims") takes both acts, even in a sentence the generic screen would otherwise pass over."""

from tests.unit.test_news_extraction import events, facts, run


def test_freed_and_returned_to_a_country_is_a_sending_home() -> None:
    for verb in ("returned to Ghana", "sent back to Ghana"):
        kinds = {key.split("@")[0] for key in events(run(f"Nine workers were rescued and {verb} on Friday."))}
        assert {"rescue", "repatriation"} <= kinds, verb


def test_freed_and_returned_to_a_place_that_is_no_country_is_no_sending_home() -> None:
    kinds = {key.split("@")[0] for key in events(run("Nine workers were rescued and returned to the compound "
                                                     "on Friday."))}
    assert "repatriation" not in kinds


def test_a_named_person_told_with_unnamed_others_takes_both_acts() -> None:
    found = facts(run("Li Varen and a few other workers had been rescued and returned to Kenya on the same day."))
    assert {("RESCUED", "rescue@", "Li Varen", None), ("REPATRIATED", "repatriation@", "Li Varen", None)} <= found


def test_a_sentence_of_many_unnamed_others_stays_generic() -> None:
    assert not events(run("Many other victims are rescued from such compounds."))


def test_victims_arriving_home_make_no_official_visit() -> None:
    assert not [key for key in events(run("The ministry said 31 Ghanaians who fell victim to a job scam in Laos "
                                          "will arrive home on Friday."))
                if key.startswith("visit")]
    assert [key for key in events(run("A delegation from the ministry arrived in Myawaddy on Monday."))
            if key.startswith("visit")]
