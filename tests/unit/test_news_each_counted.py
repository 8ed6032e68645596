"""One number told for a pair of peoples with "each" after them counts that many of every people
of the pair; without "each", or with "each" before a verb, the pair shares one number and
neither people has a count of its own. Sentences are made up."""

from tests.unit.test_news_extraction import facts, run


def _counted(text: str) -> dict[str, int]:
    """The counted nationality edges of a text: nationality code -> count."""
    return {target: count for _rel, _source, target, count in facts(run(text))
            if isinstance(count, int) and len(target) == 2 and target.isupper()}


def test_a_pair_with_each_counts_both_peoples() -> None:
    text = ("Police in Lima arrested 40 people on Monday. Of that total, 30 are Peruvians, "
            "two Bolivians and Chilean each and six Ecuadorians.\n")
    counted = _counted(text)
    assert counted.get("BO") == 2 and counted.get("CL") == 2


def test_a_pair_with_a_people_noun_before_each() -> None:
    text = "Soldiers rescued three Bolivian and Chilean nationals each, and 12 Peruvians, on Tuesday.\n"
    counted = _counted(text)
    assert counted.get("BO") == 3 and counted.get("CL") == 3 and counted.get("PE") == 12


def test_a_pair_without_each_shares_its_number() -> None:
    text = "Soldiers rescued 14 Bolivian and Chilean nationals in Cusco on Tuesday.\n"
    counted = _counted(text)
    assert "BO" not in counted and "CL" not in counted


def test_each_before_a_verb_counts_no_one() -> None:
    text = "The 20 Bolivians and Chilean each received a fine in Cusco on Tuesday.\n"
    counted = _counted(text)
    assert counted.get("CL") is None


def test_one_person_from_each_country_of_a_list() -> None:
    text = ("Police in Lima arrested 40 people on Monday. Of that total, 30 are Peruvians and one "
            "individual from Bolivia, Chile and Ecuador respectively.\n")
    counted = _counted(text)
    assert counted.get("BO") == 1 and counted.get("CL") == 1 and counted.get("EC") == 1


def test_a_number_above_one_with_respectively_is_not_shared_out() -> None:
    text = "Officers deported two people from Bolivia and Chile respectively on Saturday.\n"
    counted = _counted(text)
    assert "BO" not in counted and "CL" not in counted


def test_two_numbers_with_respectively_are_not_shared_out() -> None:
    text = "Guards freed 20 and 30 people from Bolivia and Chile respectively on Sunday.\n"
    counted = _counted(text)
    assert counted.get("BO") != 30 and counted.get("CL") != 30


def test_a_noun_for_one_person_before_each_from_counts_one_of_every_country() -> None:
    text = ("Among the 22 suspects detained in Lima on Monday were 20 Peruvians and one individual "
            "each from Chile and Bolivia.\n")
    counted = _counted(text)
    assert counted.get("CL") == 1 and counted.get("BO") == 1 and counted.get("PE") == 20
