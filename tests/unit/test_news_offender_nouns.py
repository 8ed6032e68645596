"""Nouns for offenders ("scammers", "fraudsters", "criminals") close a counted phrase as "suspects"
does: "300 scammers from Peru were arrested" counts 300 Peruvians arrested."""

from tests.unit.test_news_extraction import facts, run


def _arrested(text: str) -> set[tuple[str, object]]:
    return {(f[2], f[3]) for f in facts(run(text)) if f[0] == "ARRESTED"}


def test_scammers_from_a_country_are_counted() -> None:
    assert ("PE", 300) in _arrested("Police said 300 scammers from Peru were arrested in Lima on Monday.\n")


def test_a_demonym_before_fraudsters_names_them() -> None:
    assert ("PE", 45) in _arrested("Officers arrested 45 Peruvian fraudsters at a villa near Cusco.\n")


def test_criminals_are_counted_too() -> None:
    assert ("CL", 12) in _arrested("The agency arrested 12 Chilean criminals in a raid on Tuesday.\n")
