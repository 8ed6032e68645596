"""A post numbered with a Roman numeral after its title ("Minister II") keeps the numeral in the
title, so honorifics after it are dropped from the name as they are after any title. Sentences
are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _people(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.PERSON}


def test_honorifics_after_a_numbered_title_leave_the_name() -> None:
    people = _people("On Monday the envoy met Deputy Minister II Datuk Seri Amir Hamzah in Nairobi to discuss 40 deportees.")
    assert "Amir Hamzah" in people
    assert not any(name.startswith(("Datuk", "II")) for name in people)


def test_a_numbered_title_before_a_bare_name_still_gives_the_name() -> None:
    people = _people("On Monday the envoy met Minister II Ahmad Zahid in Nairobi to discuss 40 deportees.")
    assert "Ahmad Zahid" in people
