"""People counted as a whole, then a part of them told with "including" ("The suspects, including 22
from Taiwan, ..."), are all still the people that "the suspects" points back to after that: an
act told of them takes both, each with its number. "China's Taiwan", as Chinese outlets write it,
is Taiwan. Names and places are made up or common."""

from tests.unit.test_news_extraction import facts, run


def test_a_whole_and_its_included_part_are_both_pointed_back_to() -> None:
    batch = run("Malaysia returned 120 Chinese suspected of phone fraud to the Chinese police on Thursday. "
                "The suspects, including 18 from Taiwan, were handed over at the airport. The suspects, most of them young "
                "men, were detained in a raid on houses in Ipoh and Penang.")
    detained = {(f[2], f[3]) for f in facts(batch) if f[0] == "DETAINED"}
    assert {("CN", 120), ("TW", 18)} <= detained


def test_two_groups_told_apart_are_not_both_pointed_back_to() -> None:
    batch = run("Police arrested 40 Chinese in Ipoh on Monday. Officers arrested 12 Thais in Penang on Tuesday. "
                "The suspects were detained in a raid on a hotel.")
    assert not [f for f in facts(batch) if f[0] == "DETAINED"]


def test_chinas_taiwan_is_taiwan() -> None:
    batch = run("Cambodia deported 45 suspects on Tuesday. The deportees, including 17 from China's Taiwan, were "
                "flown to Nanjing.")
    assert any(f[0] == "DEPORTED" and f[2] == "TW" and f[3] == 17 for f in facts(batch))
