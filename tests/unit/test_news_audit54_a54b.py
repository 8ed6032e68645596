"""Audit 54, auditor a54b: a second person whose verb is left out after a person's act "in" a
place is no town (made-up towns and people; Trang, a real province, as the known place)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_gapped_second_suspect_is_no_town() -> None:
    batch = run("Police named the suspects as Kasem Daruni, 31, and Boonmai Sorn, 28. Kasem was arrested "
                "in Trang and Boonmee in Tamsa province on Monday.")
    assert "Boonmee" not in names(batch, Label.LOCATION)
    assert "Trang" in names(batch, Label.LOCATION)  # (a name spelt apart, as news does)


def test_a_pronoun_subject_makes_the_second_name_a_person_too() -> None:
    batch = run("He was arrested in Trang and Boonmee in Tamsa province on Monday.")
    assert "Boonmee" not in names(batch, Label.LOCATION)


def test_towns_raided_under_one_in_stay_places() -> None:
    batch = run("Police conducted raids in Vorla and Kethra in Tamsa province on Monday.")
    assert {"Vorla", "Kethra"} <= names(batch, Label.LOCATION)
    listed = run("Kasem Daruni was arrested in Trang and Kethra on Monday.")
    assert "Kethra" in names(listed, Label.LOCATION)  # (no place of its own after it: a list of towns)
