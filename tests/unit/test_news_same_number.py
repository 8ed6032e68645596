"""People told again by a definite number alone ("the 24 foreigners", "all 24") that equals the sum
of the people counted by nationality before: each nationality takes the act, with its own number."""

from tests.unit.test_news_extraction import events, facts, run


def _acts(text: str, rel: str) -> set[tuple[str, object]]:
    return {(f[2], f[3]) for f in facts(run(text)) if f[0] == rel}


def test_the_sum_told_again_names_every_nationality() -> None:
    text = ("Police rescued 20 Peruvians and 4 Chileans in Laos on Monday. The 24 foreigners returned "
            "home on Friday with the help of the embassy.\n")
    assert {("PE", 20), ("CL", 4)} <= _acts(text, "REPATRIATED")


def test_all_of_one_nationality_told_again() -> None:
    text = "Police arrested 12 Bolivians in Cusco on Monday. The court said all 12 were charged on Friday.\n"
    assert ("BO", 12) in _acts(text, "CHARGED")


def test_another_number_is_not_the_same_people() -> None:
    text = ("Police rescued 20 Peruvians and 4 Chileans in Laos on Monday. The 30 foreigners held in a "
            "second camp were freed on Friday.\n")
    assert _acts(text, "RESCUED") == {("PE", 20), ("CL", 4)}


def test_an_act_named_by_its_noun_is_left() -> None:
    text = ("Police rescued 20 Peruvians and 4 Chileans in Laos on Monday. No date is set so far for "
            "the return of the 24 foreigners.\n")
    assert not _acts(text, "REPATRIATED")


def test_the_people_of_an_earlier_act_told_again() -> None:
    text = ("Police rescued 18 Ghanaians in Laos on Monday. The ministry said police had freed 20 people, "
            "among them a Togolese and an Ivorian. The 20 West Africans returned home on Friday.\n")
    assert {("GH", 18), ("TG", 1), ("CI", 1)} <= _acts(text, "REPATRIATED")


def test_a_region_of_people_is_no_nationality() -> None:
    text = "Police in Vientiane rescued 40 West Africans on Monday.\n"
    rescues = [props for key, props in events(run(text)).items() if key.startswith("rescue@")]
    assert [props.get("count_rescued") for props in rescues] == [40]
    assert not _acts(text, "RESCUED")
