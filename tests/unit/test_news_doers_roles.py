"""A body the story tells carried an event out is not also one of its helpers: where a later sentence
names it among those an event was done "with the support of", or among a government's partners, its
CONDUCTED edge stands and no PARTICIPATED_IN edge is added. The other helpers keep theirs."""

from tests.unit.test_news_extraction import facts, run

_DONE = "The Kestrel Immigration Department repatriated 23 Peruvians on Monday. "


def _roles(text: str) -> set[tuple[str, str]]:
    return {(fact[0], fact[1]) for fact in facts(run(text)) if fact[0] in {"CONDUCTED", "PARTICIPATED_IN"}}


def test_the_doer_named_among_partners_keeps_only_its_own_role() -> None:
    text = _DONE + ("Atlantis is working with the Kestrel Immigration Department and the Harbour Commission on "
                    "the repatriation.")
    assert _roles(text) == {("CONDUCTED", "Kestrel Immigration Department"), ("PARTICIPATED_IN", "Harbour Commission")}


def test_the_doer_named_among_supporters_keeps_only_its_own_role() -> None:
    text = _DONE + ("The returnees were brought home with the support of the Kestrel Immigration Department and the "
                    "Harbour Commission.")
    assert _roles(text) == {("CONDUCTED", "Kestrel Immigration Department"), ("PARTICIPATED_IN", "Harbour Commission")}
