"""Nationalities named without a count of their own: the part of a counted group left after a
breakdown ("..., while the rest were Ruritanians", "The others were from A and B", "Other
nationalities included A and B") shares the act of the group broken down; the origins of people
counted just before ("the workers, who came from A and B, ...") share it where their own sentence
tells no act; the countries a group's people come from, listed after "including nationals from",
are nationalities even where the sentence tells no act. Sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def _uncounted(text: str, rel: str) -> set[str]:
    return {f[2] for f in facts(run(text)) if f[0] == rel and f[3] is None}


def test_the_rest_of_a_breakdown_in_the_same_sentence_gets_the_whole_groups_act() -> None:
    text = ("Officers raided a tower in Dili on Monday. Of the 610 workers freed, 240 were foreigners, "
            "while the rest were Bolivians.")
    assert "BO" in _uncounted(text, "RESCUED")


def test_the_rest_with_the_verb_of_the_part_before_left_out_gets_the_act() -> None:
    text = ("Soldiers freed 52 workers from a tower in Dili on Monday. Of those freed, 30 were Chileans "
            "and the rest Bolivians, an officer said.")
    assert "BO" in _uncounted(text, "RESCUED")


def test_the_others_in_the_sentence_after_the_breakdown_get_the_act_of_the_people_counted() -> None:
    text = ("Police raided a compound in Dili on Friday and detained 90 foreigners. Of them, 50 were "
            "Peruvian. The others were from Chile and Ecuador.")
    found = facts(run(text))
    assert ("DETAINED", "CL", None) in {(f[0], f[2], f[3]) for f in found}
    assert ("DETAINED", "EC", None) in {(f[0], f[2], f[3]) for f in found}
    assert any(f[0] == "DETAINED" and f[2:] == ("PE", 50) for f in found)


def test_other_nationalities_included_get_the_act_of_the_people_counted_before() -> None:
    text = ("Soldiers stormed the site in Dili on Tuesday and freed 700 people from 14 countries. "
            "Of them, 210 were from Peru. Other nationalities included Chileans and Bolivians.")
    assert {"CL", "BO"} <= _uncounted(text, "RESCUED")


def test_origins_of_the_people_counted_just_before_get_their_act() -> None:
    text = ("Guards detained more than 40 foreigners at the port of Suai on Sunday. Officials said the "
            "workers, who came from Chile, Peru and Bolivia, may have been deceived.")
    assert {"CL", "PE", "BO"} <= _uncounted(text, "DETAINED")


def test_origins_told_with_an_act_of_their_own_keep_that_act() -> None:
    text = ("Guards detained more than 40 foreigners at the port of Suai on Sunday. The workers, who "
            "came from Chile and Peru, were deported on Friday.")
    found = facts(run(text))
    assert any(f[0] == "DEPORTED" and f[2] == "CL" for f in found)
    assert not any(f[0] == "DETAINED" and f[2] == "CL" for f in found)


def test_the_rest_told_with_no_group_counted_before_gets_no_edge() -> None:
    text = "The tower in Dili housed many workers. The others were Bolivians."
    batch = run(text)
    assert "Bolivia" in names(batch, Label.NATIONALITY)
    assert not any(f[2] == "BO" for f in facts(batch))


def test_nationals_from_a_list_of_countries_are_nationalities_whatever_the_verb() -> None:
    text = ("More than 900 people, including nationals from Chile, Peru and Bolivia, crossed the river "
            "into Tumbes on Sunday.")
    batch = run(text)
    assert {"Chile", "Peru", "Bolivia"} <= names(batch, Label.NATIONALITY)
    assert not {"Chile", "Peru", "Bolivia"} & names(batch, Label.LOCATION)


def test_the_rest_named_with_a_noun_of_office_are_no_people_of_that_nationality() -> None:
    text = ("Police raided a compound in Dili on Friday and detained 90 people. Of them, 50 were "
            "Peruvian and the others were Bolivian officials.")
    assert not any(f[2] == "BO" for f in facts(run(text)))
