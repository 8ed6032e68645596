"""English's verbs of composition open a breakdown as "included" does ("comprises", "consisted of",
"were composed of", "was made up of"), also after "X said (that)"; an opening naming its whole again
("the group", "the 60 foreigners") takes the act that counted them even with other sentences between."""

from tests.unit.test_news_extraction import facts, run


def _arrested(text: str) -> set[tuple[str, object]]:
    return {(f[2], f[3]) for f in facts(run(text)) if f[0] == "ARRESTED"}


def test_verbs_of_composition_open_a_breakdown() -> None:
    for opening in ("The group comprises", "The 50 suspects consisted of", "They were made up of"):
        text = f"Police in Lima arrested 50 suspects on Monday. {opening} 30 Peruvians and 20 Chileans.\n"
        assert {("PE", 30), ("CL", 20)} <= _arrested(text), opening


def test_a_reported_breakdown_names_its_whole_again() -> None:
    text = ("Officers in Quito arrested 60 foreigners in a raid on a call centre on Tuesday. The building "
            "had been shut last year. Its owner will also be questioned. Ortiz said the 60 foreigners were "
            "composed of 45 Peruvians and 15 Bolivians.\n")
    assert {("PE", 45), ("BO", 15)} <= _arrested(text)


def test_the_group_is_the_people_counted_last() -> None:
    text = ("Police in Lima arrested 18 foreign nationals on Friday. They had crossed the border by boat. "
            "The group comprises 12 Bolivians and six Chileans.\n")
    assert {("BO", 12), ("CL", 6)} <= _arrested(text)


def test_an_opening_whose_number_no_act_counted_takes_no_act() -> None:
    text = ("Police in Lima arrested 18 foreign nationals on Friday. They had crossed the border by boat. "
            "The 40 members consisted of 30 Bolivians and ten Chileans.\n")
    assert not {("BO", 30), ("CL", 10)} & _arrested(text)


def test_made_without_up_of_opens_nothing() -> None:
    text = ("Police in Lima arrested 18 foreign nationals on Friday. They had crossed the border by boat. "
            "The group made 30 calls to Bolivians.\n")
    assert ("BO", 30) not in _arrested(text)


def test_the_suspects_again_are_the_people_an_arrest_counted() -> None:
    text = ("Detectives in Windhoek arrested 14 foreign nationals on Tuesday. The officers also searched "
            "four flats in Eros and an office in the city centre. Shikongo said the suspects included "
            "nine Chinese, three Zambians and two Angolans.\n")
    assert {("CN", 9), ("ZM", 3), ("AO", 2)} <= _arrested(text)


def test_the_victims_again_are_not_the_people_arrested() -> None:
    text = ("Detectives in Windhoek arrested 14 foreign nationals on Tuesday. The officers also searched "
            "four flats in Eros. Shikongo said the victims included nine Chinese and three Zambians.\n")
    assert not {("CN", 9), ("ZM", 3)} & _arrested(text)
