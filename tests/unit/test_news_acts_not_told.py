"""Words that look like an act and tell none, and a deputy who leads nothing (probes of Philippine,
Chinese, Cambodian and Vietnamese outlets' style, session 26; made-up names):
- people who "remain inside" a compound were found by no one: captives still held, no raid;
- "sentenced 12 members of the gang, including X, to death": a penalty, no death, past an aside;
- "anti-kidnapping police", "the anti-trafficking unit": a unit named for the crime it fights;
- a count "of them" set off in brackets parts the group ("300 suspects (45 of them women)");
- "X, deputy head of the Y": X works for Y and leads it not."""

from tests.unit.test_news_extraction import facts, run


def _events(text: str) -> list[str]:
    return sorted(str(n.properties["type"]) for n in run(text).nodes.values() if n.label.value == "Event")


def test_people_still_inside_a_compound_were_found_by_no_one() -> None:
    assert _events("About 40 Kenyans remain inside a compound in Lotus City, the ministry said.") == []
    assert _events("At least 60 Kenyans are still inside the compound in Lotus City.") == []
    assert _events("Police raided a compound in Lotus City on Monday and found 40 Kenyans inside the building.") == ["raid"]


def test_a_death_sentence_past_an_aside_is_no_death() -> None:
    text = "The court on Tuesday sentenced 12 members of the gang, including ringleader Wei Lan, to death."
    assert _events(text) == ["charge"]


def test_a_unit_named_for_the_crime_it_fights_tells_no_act_of_it() -> None:
    assert _events("Anti-kidnapping police freed two Kenyans held in a house in Lotus City on Friday.") == ["rescue"]
    assert _events("The anti-trafficking unit raided a house in Lotus City on Friday.") == ["raid"]


def test_a_deputy_head_works_for_the_body_and_leads_it_not() -> None:
    text = "Sok Vanna, deputy head of the Lotus Immigration Department, said 35 Kenyans were deported on Friday."
    found = {f[0] for f in facts(run(text))}
    assert "WORKS_FOR" in found and "LEADS" not in found
    assert "LEADS" in {f[0] for f in facts(run(text.replace("deputy head", "head")))}


def test_others_still_stranded_add_nothing_to_the_act() -> None:
    assert [n.properties.get("count_repatriated") for n in run("Kenya has repatriated 104 citizens, while 150 others "
            "remain stranded.").nodes.values() if n.label.value == "Event"] == [104]


def test_an_official_telling_of_an_arrival_makes_no_visit() -> None:
    assert _events("The minister said the 109 Kenyans arrived in Nairobi on Friday.") == ["repatriation"]
    assert _events("The minister arrived in Lotus City on Friday.") == ["visit"]


def test_a_participle_describing_listed_deportees_is_their_past() -> None:
    # (probes of Nigerian outlets, session 26: the last item of the list went to a charge event, which took the day)
    found = facts(run("Immigration officers deported 38 Chinese and 12 Kenyans convicted of internet fraud on Monday."))
    assert ("DEPORTED", "deportation@2026-10-12", "KE", 12) in found
    assert not any(f[0] == "CHARGED" for f in found)
    assert "charge@2026-10-12" not in {f[1] for f in found}


def test_acts_counted_by_their_noun_count_their_people() -> None:
    # (probes of Lao and Cambodian outlets, session 26: "281 arrests" counted no one)
    found = facts(run("Police carried out three operations in Lotus Province on Monday, resulting in 281 arrests, "
                      "including 64 Kenyan nationals."))
    assert any(f[0] == "ARRESTED" and f[2:] == ("KE", 64) for f in found)
    assert [n.properties.get("count_arrested") for n in run("Police raided two call centres, making two arrests.").nodes.values()
            if n.label.value == "Event"] == [2]


def test_people_staying_in_shelters_inside_a_country_were_found_by_no_one() -> None:
    assert _events("Some 180 Kenyans remain in shelters inside Myanmar.") == []
