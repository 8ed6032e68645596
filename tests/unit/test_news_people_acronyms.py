"""Short forms the press uses for a people name a nationality: the Philippine "OFWs" (overseas
Filipino workers; a people's acronym in the plural is one, unlike a body's: "MPs" is no "MPS"),
the Korean headlines' "S. Koreans" and the Sri Lankan papers' "Lankans". Made-up figures (a probe
of forms seen on 2 to 5 of 65-100 real pages)."""

from tests.unit.test_news_extraction import facts, run


def test_the_acronyms_for_a_countrys_own_people_count_that_people() -> None:
    assert {(f[2], f[3]) for f in facts(run("Forty-one OFWs were repatriated from Cambodia on Wednesday."))
            if f[0] == "REPATRIATED"} == {("PH", 41)}
    assert not facts(run("MPs said the men were questioned on Monday."))


def test_short_forms_of_a_peoples_name_count_that_people() -> None:
    assert {(f[2], f[3]) for f in facts(run("Cambodian police arrested 15 S. Koreans in Sihanoukville on Monday."))
            if f[0] == "ARRESTED"} == {("KR", 15)}
    assert {(f[2], f[3]) for f in facts(run("Eight Lankans were rescued in Myawaddy on Monday.")) if f[0] == "RESCUED"} \
        == {("LK", 8)}
