"""Counted people whose own verb comes after a long aside: a participle phrase set off by commas
("Six Thais, held for months in a compound and forced to ..., have been rescued"), a list of their
ages before a relative clause, and a relative clause after a two-word noun the people's phrase
did not take in ("Four Laotian job seekers who ... were deported")."""

from tests.unit.test_news_extraction import facts, run


def test_a_long_participle_aside_leaves_the_verb_after_it_to_the_people() -> None:
    found = facts(run("Six Thai citizens, kept locked inside a guarded building near the river and made to "
                      "run romance scams for most of the year, have been rescued by the army."))
    assert any(f[0] == "RESCUED" and f[2:] == ("TH", 6) for f in found)


def test_an_aside_opened_by_a_regular_participle_is_read_the_same_way() -> None:
    found = facts(run("Eleven Vietnamese nationals, promised work in hotels and casinos by a broker and "
                      "then smuggled across the river at night, were deported on Friday."))
    assert any(f[0] == "DEPORTED" and f[2:] == ("VN", 11) for f in found)


def test_their_ages_before_a_relative_clause_are_no_other_count() -> None:
    found = facts(run("Two Ghanaians, aged 19 and 23, who were taken to Myanmar with offers of jobs in "
                      "Thailand, have been rescued and will fly home next week."))
    assert any(f[0] == "RESCUED" and f[2:] == ("GH", 2) for f in found)
    assert not any(f[3] in {19, 23} for f in found)


def test_another_number_inside_the_aside_opens_another_subject() -> None:
    found = facts(run("Nine Chinese nationals, arrested together with their manager and 30 workers from "
                      "several countries, were deported on Friday."))
    assert not any(f[0] == "DEPORTED" and f[2:] == ("CN", 9) for f in found)


def test_an_aside_without_an_auxiliary_after_it_gives_no_verb() -> None:
    found = facts(run("Seven Indonesians, held in a compound for months, told reporters they were beaten."))
    assert not any(f[2:] == ("ID", 7) and f[0] in {"RESCUED", "DETAINED", "ARRESTED"} for f in found)


def test_a_relative_clause_after_a_two_word_noun_still_leaves_the_main_verb() -> None:
    found = facts(run("Four Laotian job seekers who said they had been tricked into working for a gang in "
                      "the special zone were deported on Tuesday."))
    assert any(f[0] == "DEPORTED" and f[2:] == ("LA", 4) for f in found)
