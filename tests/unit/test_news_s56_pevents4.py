"""Running totals and a single day's act (session 56; made-up names, places and numbers).
"Lotland has expelled 2,750 workers via Zorvania since February 12, including 310 Chinese on
Sunday": the comma inside "2,750" is the number's, not a clause's, so "since February 12" stays the
total's own period and the total never lands on Sunday's act."""

from datetime import date


_TUESDAY = date(2026, 3, 10)


def _counts(text: str) -> dict[str, set[int]]:
    """Each event key's count properties (the running total must never sit on the day's event)."""
    from scamgraph.loaders.news import extract
    from scamgraph.loaders.text import Article
    from scamgraph.model import Label
    batch = extract(Article(text=text, title="t", published=_TUESDAY))
    out: dict[str, set[int]] = {}
    for node in batch.nodes.values():
        if node.label is Label.EVENT:
            key = f"{node.properties['type']}@{node.properties.get('date', '')}"
            out.setdefault(key, set()).update(v for p, v in node.properties.items() if p.startswith("count_"))
    return out


def test_a_thousands_comma_is_no_clause_before_a_since_day() -> None:
    text = "Lotland has expelled 2,750 workers via Zorvania since February 12, including 310 Chinese on Sunday."
    counts = _counts(text)
    assert 2750 not in counts.get("deportation@2026-03-08", set()), counts
    assert 2750 in counts.get("deportation@2026-02-12/2026-03-10", set()), counts
    text = "Lotland has expelled 2,750 workers since February 12, including 310 on Sunday."
    assert 2750 in _counts(text).get("deportation@2026-02-12/2026-03-10", set()), _counts(text)
