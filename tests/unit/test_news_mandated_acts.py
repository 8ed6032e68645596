"""An act a court, a minister or an envoy requires is not told done: the bare "be" after the
subject of a that-clause is the mandative subjunctive (audit 32, page i06: a call for some
suspects to be sent home read as their deportation). The act gets no count and no event of its own
from it; a that-clause with a finite verb or a modal, and another act told in the same sentence,
are read as before. Sentences are made up."""

from tests.unit.test_news_extraction import events, facts, run


def _deported(text: str) -> set[tuple[str, object]]:
    return {(target, count) for rel, _, target, count in facts(run(text)) if rel == "DEPORTED"}


def test_a_deportation_ruled_is_not_done() -> None:
    batch = run("The minister in Velmora ruled that the 11 Bolivians be deported to La Paz.")
    assert not any(rel == "DEPORTED" for rel, _, _, _ in facts(batch))
    assert not any(key.startswith("deportation@") for key in events(batch))


def test_an_adverb_before_the_participle_changes_nothing() -> None:
    assert not _deported("A magistrate in Velmora insisted that the seven Bolivians be swiftly deported.")


def test_a_deportation_said_done_is_still_read() -> None:
    assert ("PE", 6) in _deported("Officials said on Tuesday that the six Peruvians were deported to Lima.")


def test_an_act_done_beside_a_request_keeps_its_count() -> None:
    text = "The envoy asked that the six Peruvians be deported to Lima, and officers deported 12 Laotians on Tuesday."
    assert ("LA", 12) in _deported(text)
    assert ("PE", 6) not in _deported(text)
