"""News outlets a story cites by name (English grammar of citing a source): the one "told" at the
end of a clause, the name before "reported", the source named last after "per", and a name right
before a medium's common noun ("... television") are media organizations; a person's name in the
same places, a body's head word and a sentence's capital are not."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def _media(text: str) -> set[str]:
    batch = run(text)
    return {n.name for n in batch.nodes.values() if n.label == Label.ORGANIZATION
            and n.properties.get("kind") == "media"}


def test_the_outlet_told_is_an_organization() -> None:
    assert "Nordpress" in _media("'We sent a plane for them,' the consul told Nordpress. Forty Chinese men were deported.")
    assert "Delta Courier" in _media("An official told the Delta Courier that 12 Thai workers had been freed.")


def test_the_outlet_that_reported_is_an_organization() -> None:
    assert "Borneo Courier" in _media("Police detained 15 Malaysians in Poipet, the Borneo Courier reported on Friday.")
    assert "Kanthara" in _media("The raid freed 80 Kenyans, Kanthara reported.")
    assert "Lanna Insight" in _media("The court upheld the ruling on Monday, per Lanna Insight.")


def test_a_name_before_a_mediums_noun_is_an_outlet() -> None:
    assert "KTVN" in _media("Footage aired on KTVN television showed 300 foreigners detained in Myawaddy.")


def test_a_person_a_body_and_a_sentence_capital_are_not_outlets() -> None:
    batch = run("Officer Arun Wattana questioned the suspects. The victims told Arun Wattana that they were beaten.")
    assert "Arun Wattana" in names(batch, Label.PERSON)
    assert not _media("Officer Arun Wattana questioned the suspects. The victims told Arun Wattana that they were beaten.")
    assert not _media("The Ministry reports that 40 Lao workers came home. Media reports say more are held.")
    assert not _media("The rescue was confirmed to English newspaper Daily Courier by the embassy.") - {"Daily Courier"}


def test_a_name_before_and_other_newspapers_is_an_outlet() -> None:
    assert "Kyemon Daily" in _media("The raids were reported in Kyemon Daily and other state-run newspapers on Friday.")
