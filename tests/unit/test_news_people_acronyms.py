"""An acronym the press uses for its own people names a nationality: the Philippine "OFWs"
(overseas Filipino workers); a people's acronym in the plural is one, unlike a body's ("MPs" is
no "MPS"). Made-up figures (a probe of a form seen on 5 of 65 real pages)."""

from tests.unit.test_news_extraction import facts, run


def test_the_acronyms_for_a_countrys_own_people_count_that_people() -> None:
    assert {(f[2], f[3]) for f in facts(run("Forty-one OFWs were repatriated from Cambodia on Wednesday."))
            if f[0] == "REPATRIATED"} == {("PH", 41)}
    assert not facts(run("MPs said the men were questioned on Monday."))
