"""An evacuation is a rescue however it is named (the convention the phrase "evacuation operation"
already kept): "evacuated 549 Indian nationals from Lotown" rescued them. A verb of crossing after
the act word owns the place after it ("The families evacuated crossed into Lotland from X")."""

from tests.unit.test_news_extraction import counts_of, facts, run



def test_evacuated_people_were_rescued() -> None:
    assert ("RESCUED", "IN", 549) in counts_of("India evacuated 549 Indian nationals from a compound near Lotown on Monday.\n")


def test_soldiers_evacuating_foreigners_rescued_them() -> None:
    assert ("RESCUED", "ID", 52) in counts_of("Soldiers evacuated 52 Indonesians from the compound on Monday.\n")


def test_told_to_evacuate_is_no_rescue_of_anyone() -> None:
    assert not any(rel == "RESCUED" for rel, _, _ in counts_of("Residents were told to evacuate before the raid.\n"))


def test_the_place_after_a_crossing_is_the_crossings() -> None:
    found = facts(run("The families being evacuated crossed into Lotland from the town of Laukkai.\n"))
    assert not any(rel == "OCCURRED_AT" and target == "Laukkaing" for rel, _, target, _ in found)
