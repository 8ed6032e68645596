"""A person told with an age and a demonym right before the name ("a 41-year-old Chilean Tomas
Arriaga Vidal was arrested") is a person of that nationality, as "Chilean national Tomas Arriaga
Vidal" is; a lower-case noun after the run makes it a modifier instead ("a 30-year-old Chinese
New Year reveller"). Two people with acts of one kind on two days in one sentence each go with
the act of their own verb."""

from tests.unit.test_news_extraction import facts, names, run
from scamgraph.model import Label


def test_an_age_and_a_demonym_before_a_name_make_a_person() -> None:
    batch = run("Police said 41-year-old Chilean Tomas Arriaga Vidal was arrested on Monday in Arica.\n")
    assert "Tomas Arriaga Vidal" in names(batch, Label.PERSON)
    assert ("HAS_NATIONALITY", "Tomas Arriaga Vidal", "CL", None) in facts(batch)


def test_a_run_before_a_lower_case_noun_is_no_name() -> None:
    batch = run("A 30-year-old Chinese New Year reveller was arrested on Monday.\n")
    assert not names(batch, Label.PERSON)


def test_each_person_goes_with_the_act_of_their_own_verb() -> None:
    text = ("Police said Bolivian national Ana Quispe Mamani was arrested in Arica on October 5 while "
            "Chilean national Tomas Arriaga Vidal was apprehended on October 6 in Iquique.\n")
    found = {f for f in facts(run(text)) if f[0] == "ARRESTED"}
    assert found == {("ARRESTED", "arrest@2026-10-05", "Ana Quispe Mamani", None),
                     ("ARRESTED", "arrest@2026-10-06", "Tomas Arriaga Vidal", None)}


def test_a_pages_picture_slots_name_nobody() -> None:
    batch = run("Content Partner Cover Image\nContent Partner Profile Image\n\nPolice arrested 40 Chilean nationals on Monday.\n")
    assert not names(batch, Label.PERSON)


def test_a_suffix_after_a_comma_is_the_names() -> None:
    batch = run("The order came from President Tomas R. Arriaga, Jr. on Monday, police said.\n")
    assert "Tomas R. Arriaga, Jr" in names(batch, Label.PERSON)  # (the full stop ends the sentence)


def test_a_title_names_a_person_whatever_word_ends_the_name() -> None:
    batch = run("The embassy thanked Consul Minho Park for his help on Monday.\n")
    assert "Minho Park" in names(batch, Label.PERSON)
    assert not names(batch, Label.SITE)


def test_a_hyphened_given_name_after_a_body_and_a_title() -> None:
    batch = run("Arica District Court Judge Chen Mei-ling said one worker managed to escape on Monday.\n")
    assert "Chen Mei-ling" in names(batch, Label.PERSON)
    assert "Arica District Court" in names(batch, Label.AGENCY)


def test_a_demonym_before_a_name_with_its_age_after_names_a_person() -> None:
    """Session 27 (a Malaysian outlet's style): "arrested Malaysian Tan Ah Kow, 41, on Monday": an age
    set off by commas after the run names one person, as an age before it did; "The Chinese New
    Year, 2026," is a year, no age."""
    batch = run("Police arrested Malaysian Tan Ah Kow, 41, in Lotus City on Monday.")
    assert "Tan Ah Kow" in names(batch, Label.PERSON)
    assert ("HAS_NATIONALITY", "Tan Ah Kow", "MY", None) in facts(batch)
    assert not names(run("The Chinese New Year, 2026, was quiet in Lotus City."), Label.PERSON)
