"""A border post named by its acronym (ICQS, CIQ: immigration, customs, quarantine and security)
before 'Complex' is a place where people cross, not a compound where scams are run."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def _landmarks(batch) -> list[dict]:
    return [dict(n.properties) for n in batch.nodes.values()
            if n.label == Label.LOCATION and n.properties.get("kind") == "landmark"]


def test_an_icqs_complex_is_a_malaysian_landmark_not_a_site() -> None:
    batch = run("The 17 Malaysians arrived at the ICQS Complex in Lembah Seruni on Sunday evening.")
    assert names(batch, Label.SITE) == set()
    assert "ICQS Complex" in names(batch, Label.LOCATION)
    assert {"kind": "landmark", "country": "MY"}.items() <= _landmarks(batch)[0].items()


def test_a_ciq_complex_after_a_town_is_a_landmark() -> None:
    batch = run("Officers met the 9 returning workers at the Lembah Seruni CIQ Complex after their release.")
    assert names(batch, Label.SITE) == set()
    assert _landmarks(batch)


def test_a_named_compound_complex_stays_a_site() -> None:
    batch = run("Police raided the Golden Lotus Complex in Port Aurel and held 40 workers.")
    assert "Golden Lotus Complex" in names(batch, Label.SITE)
