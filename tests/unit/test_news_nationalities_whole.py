""""The nationalities included: Ruritania (40), ...": the noun "nationalities" names the people the
story counted last by what they are of, so a list after it parts them by country as "the group
comprises" does, even with another sentence between the count and the list."""

from tests.unit.test_news_extraction import facts, run


def _rescued(text: str) -> set[tuple[str, object]]:
    return {(f[2], f[3]) for f in facts(run(text)) if f[0] == "RESCUED"}


def test_nationalities_open_a_list_of_countries_in_brackets() -> None:
    text = ("Soldiers in Lima rescued 70 foreigners from a fraud compound on Sunday. They were taken to a "
            "shelter by bus. The nationalities included: Bolivia (40), Chile (20) and Peru (10).\n")
    assert {("BO", 40), ("CL", 20), ("PE", 10)} <= _rescued(text)


def test_nationalities_open_a_list_of_demonyms_in_brackets() -> None:
    text = ("Soldiers in Lima rescued 70 foreigners from a fraud compound on Sunday. "
            "The nationalities included Bolivians (40) and Chileans (30).\n")
    assert {("BO", 40), ("CL", 30)} <= _rescued(text)


def test_nationalities_with_no_count_before_take_no_act() -> None:
    text = ("The embassy in Lima held a meeting on Sunday. "
            "The nationalities included: Bolivia (40), Chile (20).\n")
    assert not _rescued(text)


def _arrested(text: str) -> set[tuple[str, object]]:
    return {(f[2], f[3]) for f in facts(run(text)) if f[0] == "ARRESTED"}


def test_a_relative_clause_parts_the_people_its_antecedent_counts() -> None:
    """"... an inquiry into the 50 foreigners, which include 30 Bolivians and 20 from Chile": the
    relative clause parts the people an act counted 50 of, though the sentence tells an inquiry."""
    text = ("Police in Lima arrested 50 foreigners in a raid on Monday. Prosecutors will open an inquiry "
            "into the 50 foreigners, which include 30 Bolivian nationals and 20 from Chile.\n")
    assert {("BO", 30), ("CL", 20)} <= _arrested(text)


def test_a_relative_clause_whose_number_no_act_counted_takes_no_act() -> None:
    text = ("Police in Lima arrested 50 foreigners in a raid on Monday. Prosecutors will open an inquiry "
            "into the 80 suspects, which include 30 Bolivian nationals and 20 from Chile.\n")
    assert not {("BO", 30), ("CL", 20)} & _arrested(text)
