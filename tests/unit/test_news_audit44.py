"""Kinds found by the session-44 audits of real stories (South Asian outlets, Taiwan, Hong Kong and
Macau, Malaysia and Singapore, sanctions and indictments abroad, Central Asian and Latin American
victims, the 2025 raids on the Myawaddy compounds), each shown here on made-up words."""

from scamgraph.model import GraphBatch, Label
from tests.unit.test_news_extraction import events, facts, run


def _people(batch: GraphBatch) -> set[str]:
    return {node.name for node in batch.nodes.values() if node.label is Label.PERSON}


def test_a_city_state_before_a_noun_of_its_people_is_their_nationality() -> None:
    batch = run("Four Macau residents were freed from a Dastran compound on Thursday.")
    assert ("RESCUED", "rescue@2026-10-15", "MO", 4) in facts(batch)
    batch = run("Two Singapore citizens were arrested in Velmora on Thursday.")
    assert ("ARRESTED", "arrest@2026-10-15", "SG", 2) in facts(batch)
    assert not any(f[2] == "SG" for f in facts(run("Singapore police arrested two men on Thursday.")))


def test_one_person_of_the_other_sex_adds_one_to_the_count() -> None:
    assert events(run("Police detained three men and a woman on Monday."))["detention@2026-10-12"]["count_detained"] == 4
    assert events(run("Police detained three men and one woman on Monday."))["detention@2026-10-12"]["count_detained"] == 4
    told = events(run("Officers searched two flats in Velmora on June 12 and made the arrest of a woman and eight men."))
    assert told["raid@2026-06-12"]["count_arrested"] == 9
    assert events(run("One woman and two men were arrested on Monday."))["arrest@2026-10-12"]["count_arrested"] == 3


def test_a_breakdown_by_sex_set_off_after_a_count_is_that_count() -> None:
    for breakdown in ("three men and one woman", "three men and a woman"):
        batch = run(f"Four Macau residents, {breakdown}, were detained by Dastran police on Monday.")
        assert events(batch)["detention@2026-10-12"]["count_detained"] == 4
        assert ("DETAINED", "detention@2026-10-12", "MO", 4) in facts(batch)


def test_an_age_told_before_each_listed_name_keeps_the_list_acted_on() -> None:
    batch = run("Police arrested 30-year-old Tomar Velik and 45-year-old Dano Rastiv in Velmora on Tuesday.")
    assert {("ARRESTED", "arrest@2026-10-13", "Tomar Velik", None),
            ("ARRESTED", "arrest@2026-10-13", "Dano Rastiv", None)} <= facts(batch)


def test_myanmar_troops_are_the_myanmar_military() -> None:
    batch = run("Nine Dastrans were freed from the Velm compound, the ambassador said. He said the rescue had been "
                "done by Myanmar troops.")
    assert ("CONDUCTED", "Myanmar military", "rescue@", None) in facts(batch)
    assert ("CONDUCTED", "Myanmar military", "raid@2026-10-12", None) in facts(
        run("Myanmar soldiers raided the Velm compound on Monday."))


def test_bodies_that_joined_forces_or_teamed_up_to_act_both_carried_it_out() -> None:
    for joined in ("joined forces with the Border Guard Force to carry out a raid on", "teamed up with the Border "
                   "Guard Force to raid"):
        told = facts(run(f"Thai police {joined} the Velm compound on Monday."))
        assert {("CONDUCTED", "Border Guard Force", "raid@2026-10-12", None),
                ("CONDUCTED", "Royal Thai Police", "raid@2026-10-12", None)} <= told


def test_the_day_of_a_release_or_of_a_newspaper_is_when_it_was_told() -> None:
    told = events(run("A ring that cheated Dastrans was broken up in a joint operation alongside Malaysian "
                      "officers, Singapore's police force said in a release on Sunday."))
    assert "raid@2026-10-11" not in told
    told = events(run("According to a report in Monday's Velmora Herald newspaper, the army raided the Velm compound "
                      "during operations that began in early September."))
    assert "raid@2026-10-12" not in told and "raid@" in told


def test_one_of_a_counted_group_is_one_and_the_group_no_count_of_the_act() -> None:
    assert events(run("One of the seven suspects was charged."))["charge@"]["count_charged"] == 1
    told = events(run("Tomar Velik was one of 120 Dastran citizens who were rescued by police in a raid on Monday."))
    assert told["raid@2026-10-12"]["count_rescued"] == 120
    assert "count_found" not in events(run("A Malaysian was held inside one of the 36 towers of the Velm company."
                                            )).get("raid@", {})


def test_an_act_done_to_people_after_their_escape_counts_them() -> None:
    batch = run("Two Peruvians escaped, were held by the Dastran army for crossing the border, and were later sent "
                "away.")
    assert events(batch)["detention@"]["count_detained"] == 2
    assert ("DETAINED", "detention@", "PE", 2) in facts(batch)
    told = events(run("Police held the owner after 42 Vietnamese workers fled and were sheltered by a temple."))
    assert not any("count_arrested" in e for e in told.values())


def test_each_name_of_a_list_of_aliases_is_the_same_person() -> None:
    batch = run("Wei Lonko, also known by aliases such as Wei Lon, Danny Weo, and Tan Kiat Lom, was arrested in "
                "Velmora in August 2022.")
    assert _people(batch) == {"Wei Lonko"}
    assert ("ARRESTED", "arrest@2022-08", "Wei Lonko", None) in facts(batch)
    batch = run("Wei Lonko, also known as Boss Wei, and Chen Haoro were arrested in Velmora in August 2022.")
    assert {"Wei Lonko", "Chen Haoro"} <= _people(batch)


def test_a_two_word_site_is_one_site_and_its_price_no_part_of_its_name() -> None:
    sites = {n.name for n in run("Police searched a $40 million office building in Phnom Penh on Monday.").nodes.values()
             if n.label is Label.SITE}
    assert sites == {"office building in Phnom Penh"}
