"""Counted people who open their sentence, with words describing them between their noun and their
own verb: a phrase of where they were before a relative clause ("Five Nepalis in Laos who ...
were freed"), a participle phrase or a relative clause before an active verb of coming home
("30 Laotians held in ... came back"), and "more" with a word before the demonym ("12 more
overseas Nepali workers")."""

from tests.unit.test_news_extraction import facts, run


def test_a_place_between_the_people_and_their_relative_clause_leaves_the_main_verb_theirs() -> None:
    found = facts(run("Five Nepalis in Laos who answered an advert for hotel jobs were freed by soldiers "
                      "last week, the embassy said."))
    assert any(f[0] == "RESCUED" and f[2:] == ("NP", 5) for f in found)


def test_a_place_phrase_without_a_relative_clause_after_it_is_read_as_before() -> None:
    found = facts(run("Police in Vientiane said 14 Nepalis in Laos were detained on Tuesday."))
    assert any(f[0] == "DETAINED" and f[2:] == ("NP", 14) for f in found)


def test_a_verb_before_the_people_keeps_them_its_object() -> None:
    found = facts(run("Soldiers freed 17 Bhutanese in Laos who had been forced to run online scams."))
    assert any(f[0] == "RESCUED" and f[2:] == ("BT", 17) for f in found)


def test_people_described_by_a_participle_who_came_home_were_brought_home() -> None:
    found = facts(run("A batch of 26 Laotians held in Myanmar on suspicion of fraud came home on Friday to "
                      "face questioning."))
    assert any(f[0] == "REPATRIATED" and f[2:] == ("LA", 26) for f in found)


def test_workers_whose_relative_clause_has_an_active_verb_came_home_after_it() -> None:
    found = facts(run("Around 30 Nepali workers who spent months in call centres in Laos returned home "
                      "on Sunday."))
    assert any(f[0] == "REPATRIATED" and f[2:] == ("NP", 30) for f in found)


def test_people_who_came_home_before_the_sentence_verb_are_not_brought_home_by_it() -> None:
    found = facts(run("Twelve Laotians who returned home last month were questioned by police on Monday."))
    assert not any(f[0] == "REPATRIATED" and f[2:] == ("LA", 12) for f in found)


def test_a_coming_home_told_after_another_clause_is_not_the_peoples() -> None:
    for text in ("Eight Nepalis held in a compound near the river said their guards came back every night.",
                 "Eight Nepalis held in a compound near the river saw guards who came back every night."):
        assert not any(f[0] == "REPATRIATED" and f[2:] == ("NP", 8) for f in facts(run(text)))


def test_more_with_a_word_before_the_demonym_still_names_their_nationality() -> None:
    found = facts(run("On Thursday 12 more overseas Nepali workers were repatriated from Laos."))
    assert any(f[0] == "REPATRIATED" and f[2:] == ("NP", 12) for f in found)
