"""People named by nationality with a number that is not stated ("a large number of Peruvian
nationals", "Several Bolivians were freed", "..., including many Chileans") get the edge of what
was done to them, without a count; a stated number keeps its count. Sentences are made up."""

from tests.unit.test_news_extraction import facts, run

_RAID = "Officers raided a tower in Dili on Monday. "


def _edges(text: str) -> set[tuple[str, str, object]]:
    return {(f[0], f[2], f[3]) for f in facts(run(text))}


def test_a_large_number_of_people_of_a_nationality_as_the_object() -> None:
    assert ("ARRESTED", "PE", None) in _edges(_RAID + "Officers apprehended a large number of Peruvian nationals.")


def test_several_people_named_by_a_plural_demonym_as_the_passive_subject() -> None:
    assert ("RESCUED", "BO", None) in _edges(_RAID + "Several Bolivians were rescued.")


def test_some_people_of_a_nationality_were_also_detained() -> None:
    assert ("DETAINED", "CL", None) in _edges(_RAID + "Some Chileans were also detained.")


def test_many_people_of_one_nationality_included_in_a_group() -> None:
    text = "Hundreds of foreign workers were repatriated on Friday, including many Ecuadorians."
    assert ("REPATRIATED", "EC", None) in _edges(text)


def test_a_stated_number_keeps_its_count() -> None:
    found = _edges(_RAID + "Twenty Bolivians were rescued.")
    assert ("RESCUED", "BO", 20) in found
    assert ("RESCUED", "BO", None) not in found


def test_officials_of_a_state_named_by_its_demonym_are_no_people_of_that_nationality() -> None:
    found = _edges(_RAID + "Several Bolivian officials were arrested.")
    assert not any(code == "BO" for _rel, code, _count in found)
