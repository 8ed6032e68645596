""""Regency" is Indonesia's second-level division (kabupaten): an unknown name before it is a
district, like one before "district", and a site in it lies there. A closed class: one row of the
place-kind words. Made-up texts."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_name_before_regency_is_a_place() -> None:
    batch = run("Immigration officers raided a villa in Sukamaju Regency on Wednesday and held 40 Koreans.")
    assert "Sukamaju" in names(batch, Label.LOCATION)
    assert "villa in Sukamaju" in names(batch, Label.SITE)
