""""A Chinese national" is a person of that nationality; "the Spanish national court" is a body, and
"national" there only says whose state it serves (development text 199). The demonym before it
makes no Nationality when no people are told."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_demonym_before_national_and_a_body_is_no_nationality() -> None:
    batch = run("The Spanish national court approved the extradition of the suspects on Friday.")
    assert not names(batch, Label.NATIONALITY)


def test_a_demonym_before_national_alone_is_a_person_s_nationality() -> None:
    assert names(run("Police arrested a Chinese national in Kep on Monday."), Label.NATIONALITY) == {"China"}
