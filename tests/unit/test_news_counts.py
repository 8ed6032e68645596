"""Counts and nationalities in generic sentences: every kind of phrasing the real articles used."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def test_a_list_of_demonyms_with_counts_after_a_total() -> None:
    batch = run("412 detained on Monday: 268 Chinese, 71 Vietnamese, 43 Indonesians, 30 Malaysians.")
    found = facts(batch)
    for code, count in [("CN", 268), ("VN", 71), ("ID", 43), ("MY", 30)]:
        assert ("DETAINED", "detention@2026-10-12", code, count) in found


def test_a_demonym_that_ends_its_phrase_is_the_people_counted() -> None:
    batch = run("Police arrested 40 people on Monday, including 13 Nepalese, 9 Thai and four Malaysians.")
    found = facts(batch)
    assert {("ARRESTED", "arrest@2026-10-12", "NP", 13), ("ARRESTED", "arrest@2026-10-12", "TH", 9),
            ("ARRESTED", "arrest@2026-10-12", "MY", 4)} <= found


def test_people_from_a_list_of_countries_are_nationalities_without_a_count() -> None:
    batch = run("Police arrested 57 people from China, Vietnam and Laos on Monday.")
    found = facts(batch)
    assert {("ARRESTED", "arrest@2026-10-12", code, None) for code in ("CN", "VN", "LA")} <= found
    assert names(batch, Label.LOCATION) == set()  # the countries name where people come from
    assert {n.properties["iso2"] for n in batch.nodes.values() if n.label is Label.NATIONALITY} == {"CN", "VN", "LA"}


def test_a_list_of_demonyms_before_a_people_noun() -> None:
    batch = run("The foreigners arrested on Monday comprised Chinese, Vietnamese, Thai and Lao nationals.")
    assert {("ARRESTED", "arrest@2026-10-12", code, None) for code in ("CN", "VN", "TH", "LA")} <= facts(batch)


def test_others_from_a_list_after_counted_ones() -> None:
    batch = run("On Monday 500 suspects were arrested, including 300 Chinese, and others from the Philippines and Nigeria.")
    found = facts(batch)
    assert ("ARRESTED", "raid@2026-10-12", "CN", 300) in found or ("ARRESTED", "arrest@2026-10-12", "CN", 300) in found
    assert {code for (_rel, _ev, code, count) in found if count is None} >= {"PH", "NG"}


def test_one_each_from_two_countries_gives_both_the_count() -> None:
    batch = run("Border guards rescued 9 people on Monday: seven from Myanmar, and one each from Malaysia and Russia.")
    found = facts(batch)
    assert {("RESCUED", "rescue@2026-10-12", "MY", 1), ("RESCUED", "rescue@2026-10-12", "RU", 1),
            ("RESCUED", "rescue@2026-10-12", "MM", 7)} <= found


def test_a_part_of_the_counted_people_is_no_nationality() -> None:
    batch = run("Police arrested 20 Malaysians on Monday. In all, 300 suspects (120 of them female) were held.")
    counts = {(code, count) for (_rel, _ev, code, count) in facts(batch)}
    assert ("MY", 20) in counts and ("MY", 120) not in counts


def test_a_rescuing_clause_gives_rescued_edges_with_counts() -> None:
    batch = run("Officers raided a building on Sunday, rescuing 109 Thai nationals, 54 of whom were women, "
                "along with 50 Pakistanis and 48 Indians.")
    found = facts(batch)
    assert {("RESCUED", "raid@2026-10-11", "TH", 109), ("RESCUED", "raid@2026-10-11", "PK", 50),
            ("RESCUED", "raid@2026-10-11", "IN", 48)} <= found


def test_a_rescue_operation_is_a_rescue_and_a_patrol_operation_no_raid() -> None:
    rescue = run("Soldiers freed 12 Kenyans in a rescue operation on Monday.")
    assert {n.properties["type"] for n in rescue.nodes.values() if n.label is Label.EVENT} == {"rescue"}
    patrol = run("Thirty foreigners were rescued by officers during a border patrol operation on Monday.")
    assert {n.properties["type"] for n in patrol.nodes.values() if n.label is Label.EVENT} == {"rescue"}


def test_countries_listed_after_a_count_of_countries_are_nationalities() -> None:
    batch = run("On Monday a militia handed over 260 workers from a dozen countries, including the Philippines, "
                "Ethiopia and Brazil, to Thailand.")
    assert {n.properties["iso2"] for n in batch.nodes.values() if n.label is Label.NATIONALITY} == {"PH", "ET", "BR"}
    assert names(batch, Label.LOCATION) == {"Thailand"}


def test_an_apposition_after_a_count_does_not_hide_its_verb() -> None:
    batch = run("Eight Indian nationals, victims of a scam centre in Hpa Lu, Myawaddy, were successfully "
                "rescued on Monday.")
    assert ("RESCUED", "rescue@2026-10-12", "IN", 8) in facts(batch)
