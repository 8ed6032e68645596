"""A body's name right before a lower-case facility noun ("a Ruritanian Immigration centre", "the
Atlantis Police depot") names the building, not the body: the head of the compound noun is the
facility, as with "police uniforms" (audit 18, page s11: people held in a foreign immigration
centre gave an agency). Sentences and names are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _agencies(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label is Label.AGENCY}


def test_an_immigration_centre_is_no_agency() -> None:
    agencies = _agencies("Seven Kenyans are still held in a Laotian Immigration centre after fleeing a scam compound.")
    assert not [name for name in agencies if "Immigration" in name]


def test_the_body_itself_stays_an_agency() -> None:
    agencies = _agencies("Seven Kenyans were detained by Laotian Immigration after fleeing a scam compound on Monday.")
    assert [name for name in agencies if "Immigration" in name]
