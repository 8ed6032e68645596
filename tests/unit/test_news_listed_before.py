"""A participle of listing hyphened to the body that listed ("the OFAC-designated X", "a
UN-sanctioned firm") describes X by a designation made before: it is no new sanction, and X is
no target of a sanction the same sentence tells."""

from tests.unit.test_news_extraction import events, facts, run


def test_a_hyphened_designation_makes_no_sanction() -> None:
    found = events(run("Soldiers raided a depot of the OFAC-designated Copper Ridge Army on Monday, "
                       "arresting 14 Laotian nationals."))
    assert not any(key.startswith("sanction") for key in found)
    assert any(key.startswith("raid") for key in found)


def test_a_group_listed_before_is_no_target_of_the_new_sanction() -> None:
    found = facts(run("The Treasury on Monday sanctioned six firms that work under the protection of the "
                      "Treasury-designated Copper Ridge Army (CRA)."))
    assert not any(rel == "TARGETED" and "Copper Ridge" in target for rel, _source, target, _count in found)


def test_one_word_compound_is_read_the_same_way() -> None:
    found = facts(run("The Treasury on Monday sanctioned six firms tied to the U.S.-sanctioned Velmora Holdings."))
    assert not any(rel == "TARGETED" and "Velmora" in target for rel, _source, target, _count in found)


def test_a_group_sanctioned_now_is_still_the_target() -> None:
    found = facts(run("The Treasury on Monday sanctioned the Copper Ridge Army (CRA) and two of its commanders."))
    assert any(rel == "TARGETED" and "Copper Ridge" in target for rel, _source, target, _count in found)


def test_a_newly_designated_group_is_the_target_of_the_act_told() -> None:
    found = facts(run("The Treasury on Monday named six firms and the newly-designated Copper Ridge Army "
                      "in a new round of sanctions."))
    assert any(rel == "TARGETED" and "Copper Ridge" in target for rel, _source, target, _count in found)
