"""The formal name of North Korea, with a straight or a curly apostrophe, is North Korea, never
the South. Tests in made-up words."""

import pytest

from tests.unit.test_news_extraction import run


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_the_democratic_peoples_republic_is_north_korea(apostrophe: str) -> None:
    batch = run(f"Zarnov Pay moved coins for hacking crews of the Democratic People{apostrophe}s Republic of Korea, "
                "the regulator said.")
    codes = {n.properties.get("country") or n.properties.get("iso2") for n in batch.nodes.values()}
    assert "KP" in codes and "KR" not in codes
