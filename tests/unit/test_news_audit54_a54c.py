"""Audit 54, auditor a54c: a two-word acronym in brackets read as a second body beside the one it
stands for, and a verdict's "found her guilty" read as a person found in a raid (made-up towns,
bodies and people)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def test_a_two_word_bracketed_acronym_is_the_body_just_named() -> None:
    batch = run("Officers of the Philippine National Police Criminal Investigation and Detection Group (PNP CIDG) "
                "raided a condominium in Marikit on Monday.")
    assert names(batch, Label.AGENCY) == {"Philippine National Police Criminal Investigation and Detection Group"}
    assert any(f[0] == "CONDUCTED" and f[1] == "Philippine National Police Criminal Investigation and Detection Group"
               for f in facts(batch))


def test_a_two_word_acronym_told_again_is_the_same_body() -> None:
    batch = run("Officers of the Philippine National Police Anti-Cybercrime Group (PNP ACG) raided a house in Marikit "
                "on Monday. The PNP ACG said 20 Chinese nationals were arrested.")
    assert names(batch, Label.AGENCY) == {"Philippine National Police Anti-Cybercrime Group"}
    single = run("Officers of the Criminal Investigation and Detection Group (CIDG) raided a house in Marikit.")
    assert names(single, Label.AGENCY) == {"Criminal Investigation and Detection Group"}


def test_found_her_guilty_is_a_conviction_not_a_finding() -> None:
    batch = run("Police arrested Lina Sora in May. The Tabon court found her guilty of fraud on Monday.")
    assert not any(f[0] == "FOUND" for f in facts(batch))
    assert any(f[0] == "CHARGED" and f[2] == "Lina Sora" for f in facts(batch))
    assert any(f[0] == "ARRESTED" and f[2] == "Lina Sora" for f in facts(batch))
