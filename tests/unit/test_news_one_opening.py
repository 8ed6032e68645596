"""One person of a nationality who opens a sentence as its subject ("A Peruvian woman was freed
...", "A Peruvian in her 30s who ... has been freed"): the indefinite article is the number one,
and the sentence's own passive verb says what was done to that person. A demonym before another
noun ("A Peruvian syndicate") names no one, nor does a witness telling of an act on others."""

from tests.unit.test_news_extraction import facts, run


def test_an_opening_demonym_and_person_noun_count_one() -> None:
    found = facts(run("A Peruvian woman was deported by Thai police on Sunday."))
    assert any(f[0] == "DEPORTED" and f[2:] == ("PE", 1) for f in found)


def test_an_age_and_a_relative_clause_before_the_verb_still_count_one() -> None:
    found = facts(run("A Nepali in his late 40s who had answered an advert for a farm job has been freed."))
    assert any(f[0] == "RESCUED" and f[2:] == ("NP", 1) for f in found)


def test_a_demonym_before_another_noun_counts_no_one() -> None:
    found = facts(run("A Peruvian syndicate was broken up and its bosses were arrested on Sunday."))
    assert not any(f[2] == "PE" and f[3] == 1 for f in found)


def test_a_witness_who_tells_of_an_act_on_others_counts_no_one() -> None:
    for text in ("A Peruvian man said police arrested traffickers on Sunday.",
                 "A Peruvian woman helped police arrest the gang on Sunday."):
        assert not any(f[2] == "PE" and f[3] == 1 for f in facts(run(text)))
