"""A participle right after people a verb acts on tells an earlier act done to the same people:
"arrested nine Korean men deported from Laos" is an arrest and a deportation of nine Koreans."""

from tests.unit.test_news_extraction import facts, run


def test_a_participle_after_the_object_is_a_second_act_on_the_same_people() -> None:
    found = facts(run("Police in Seoul arrested nine Korean men deported from Laos on Monday."))
    assert any(f[0] == "ARRESTED" and f[2] == "KR" and f[3] == 9 for f in found)
    assert any(f[0] == "DEPORTED" and f[2] == "KR" and f[3] == 9 for f in found)


def test_an_extradition_told_by_a_participle() -> None:
    found = facts(run("Police in Tokyo arrested 12 Japanese nationals extradited from Cambodia."))
    assert any(f[0] == "EXTRADITED" and f[2] == "JP" and f[3] == 12 for f in found)


def test_people_held_after_their_rescue_were_held_by_their_captors() -> None:
    found = facts(run("Soldiers rescued 40 Thai workers detained in a compound in Myawaddy."))
    assert any(f[0] == "RESCUED" and f[2] == "TH" and f[3] == 40 for f in found)
    assert not any(f[0] == "DETAINED" and f[2] == "TH" for f in found)


def test_a_transfer_to_a_cell_is_no_move_between_states() -> None:
    found = facts(run("Police in Manila arrested 15 Chinese nationals transferred to a detention centre."))
    assert not any(f[0] == "DEPORTED" and f[2] == "CN" for f in found)


def test_a_participle_of_the_same_act_adds_nothing() -> None:
    found = facts(run("Police in Hanoi received 63 Vietnamese citizens repatriated from Cambodia."))
    assert [f for f in found if f[2] == "VN" and f[3] == 63 and f[0] != "REPATRIATED"] == []
