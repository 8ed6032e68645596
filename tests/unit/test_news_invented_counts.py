"""Counts that were invented for a people: things a demonym describes ("seized 45 Indonesian
passports"), a hedged nationality ("40 workers, mostly from Kenya"; "40 mostly Kenyan victims":
most of them, not each), the sender's own nationality for foreigners it sends home
("Myanmar repatriated 250 foreigners"), and the country men and women were brought back from
("Kenya repatriated 31 men and 9 women from Myanmar": Kenyans). Made-up figures (a probe of forms
seen on 2 to 10 of 65 real pages)."""

from tests.unit.test_news_extraction import facts, run


def _people(text: str, rel: str) -> set[tuple[object, object]]:
    return {(f[2], f[3]) for f in facts(run(text)) if f[0] == rel}


def test_things_of_a_people_count_no_people() -> None:
    assert _people("Police arrested 30 people and seized 45 Indonesian passports in a raid in Kampot on Monday.",
                   "ARRESTED") == set()
    assert _people("Police arrested 30 people working for 4 Vietnamese firms on Monday.", "ARRESTED") == set()


def test_a_hedged_nationality_is_no_count_of_that_people() -> None:
    # (most of them, not each: no number of theirs, as test_news_events pins for ", mainly Chinese and Koreans,")
    assert not {c for _code, c in _people("Police rescued 40 workers, mostly from Kenya, in a raid in Kampot on Monday.",
                                           "RESCUED") if c}
    assert _people("Police rescued 40 mostly Kenyan victims in Kampot on Monday.", "RESCUED") == set()
    assert _people("Police arrested 17 suspects, all Chinese nationals, in a raid in Kampot on Monday.", "ARRESTED") \
        == {("CN", 17)}


def test_foreigners_a_country_sends_home_are_not_its_own() -> None:
    assert _people("Myanmar repatriated 250 foreigners on Monday, including 180 Chinese and 40 Vietnamese.",
                   "REPATRIATED") == {("CN", 180), ("VN", 40)}
    assert _people("On Monday Kenya repatriated 31 men and 9 women from Myanmar.", "REPATRIATED") == {("KE", 40)}
    assert _people("The Border Guard Force handed 260 foreigners over to Thailand on Tuesday.", "REPATRIATED") == set()
    assert _people("Thailand repatriated 73 people to Myanmar on Monday.", "REPATRIATED") == {("MM", 73)}


def test_a_part_of_a_rounded_whole_never_adds_the_whole() -> None:
    assert not {c for _code, c in _people("Police rescued 17 of the more than 40 Indonesians held in the compound.",
                                           "RESCUED") if c and c != 17}
    assert _people("Seventeen out of more than 25 Ugandans have been freed.", "RESCUED") == {("UG", 17)}


def test_an_amount_in_a_local_currency_is_no_count_of_people() -> None:
    found = facts(run("DCI detectives arrested two suspects linked to a KSh 2.5 million job scam on Monday."))
    assert not [f for f in found if f[3] and f[3] > 2]
    batch = run("Police arrested two agents in a Rs 25 lakh job scam on Monday.")
    assert [n.properties.get("count_arrested") for n in batch.nodes.values() if n.label.value == "Event"] == [2]


def test_the_people_a_recruiter_sent_are_no_count_of_the_recruiters_arrest() -> None:
    assert _people("Eight people were arrested for allegedly sending 40 Indians to Cambodia.", "ARRESTED") == set()
    assert _people("Police arrested two agents who sent 56 Sri Lankans to Myanmar.", "ARRESTED") == set()
    assert _people("Police sent 40 Indians home on Monday.", "REPATRIATED") == {("IN", 40)}
