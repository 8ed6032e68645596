"""A number with no noun as the subject opening a sentence ("Four were later detained", "The
three had been taken into custody") names people just counted: it takes their nationality, but
only where they are of one nationality, at least as many, and on the same side of the law."""

from tests.unit.test_news_extraction import facts, run


def test_a_bare_number_opening_a_sentence_takes_the_nationality_counted_before() -> None:
    batch = run("Police in Osaka arrested five Korean men on Monday. Three had been detained by "
                "Lao police in August.")
    detained = [f for f in facts(batch) if f[0] == "DETAINED"]
    assert detained and all(f[2] == "KR" and f[3] == 3 for f in detained)


def test_the_bare_number_in_a_passive_phrase_of_custody() -> None:
    batch = run("Police in Manila arrested six Thai nationals on Monday. The six were taken into custody "
                "at a hotel in Pasay.")
    assert any(f[0] == "DETAINED" and f[2] == "TH" and f[3] == 6 for f in facts(batch))


def test_more_people_than_were_counted_are_other_people() -> None:
    batch = run("Police in Osaka arrested five Korean men on Monday. Nine had been detained by "
                "Lao police in August.")
    assert not any(f[0] == "DETAINED" and f[2] == "KR" for f in facts(batch))


def test_victims_counted_before_are_not_the_suspects_of_a_later_arrest() -> None:
    batch = run("Soldiers rescued 30 Thai workers from a compound on Monday. Four were arrested on Tuesday.")
    assert not any(f[0] == "ARRESTED" and f[2] == "TH" for f in facts(batch))


def test_two_nationalities_counted_before_leave_the_number_with_none() -> None:
    batch = run("Police arrested 14 Vietnamese and 9 Chinese men on Monday. Five were detained in August.")
    assert not any(f[0] == "DETAINED" and f[2] in {"VN", "CN"} for f in facts(batch))


def test_a_number_inside_the_sentence_is_not_read_as_a_bare_subject() -> None:
    batch = run("Police arrested 14 Vietnamese men on Monday. Police said that on Tuesday five were detained.")
    assert not any(f[0] == "DETAINED" and f[2] == "VN" and f[3] == 5 for f in facts(batch))


def test_of_them_are_the_people_counted_last_with_their_nationality() -> None:
    batch = run("Police arrested five Japanese men on Monday. Two of them were deported on Friday.")
    assert any(f[0] == "DEPORTED" and f[2] == "JP" and f[3] == 2 for f in facts(batch))


def test_of_them_after_people_of_no_told_nationality_names_none() -> None:
    batch = run("Police arrested 30 Korean nationals in January. Police arrested 13 members of a ring "
                "on Monday. Four of them were deported on Friday.")
    assert not any(f[0] == "DEPORTED" and f[2] == "KR" and f[3] == 4 for f in facts(batch))
