"""A common modifier of a body's lower-case head that opens a sentence ("Government authorities
said ...") is written with a capital for its place, not as a name: no agency of that name."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _agencies(text: str) -> set[str]:
    return {n.name.lower() for n in run(text).nodes.values() if n.label == Label.AGENCY}


def test_government_opening_a_sentence_names_no_body() -> None:
    names = _agencies("Government authorities stopped 31 travellers bound for scam hubs in Laos, the Bureau of "
                      "Immigration said on Friday.")
    assert "government authorities" not in names
    assert any(name.endswith("bureau of immigration") for name in names)
