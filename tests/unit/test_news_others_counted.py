"""People counted as "N other <people>" after one person told first take that one in: "Chinese
national Li Wei and 12 other Chinese were arrested" arrested 13 Chinese; a group told first adds
nothing of its own. Made-up names (a probe of general English forms)."""

from tests.unit.test_news_extraction import facts, run


def _count(text: str, rel: str) -> set[object]:
    return {f[3] for f in facts(run(text)) if f[0] == rel}


def test_n_others_after_one_person_count_that_person_too() -> None:
    assert _count("Chinese national Li Wei and 12 other Chinese were arrested in Bavet on Monday.", "ARRESTED") == {13}
    assert _count("A Malaysian teenager was rescued on Monday along with seven other Malaysians.", "RESCUED") == {8}
    assert _count("Police arrested the Chinese boss and 20 other Chinese workers on Monday.", "ARRESTED") == {21}


def test_others_after_a_group_are_only_the_group_and_them() -> None:
    assert _count("Police rescued 30 Thai workers and 12 other Thais on Monday.", "RESCUED") == {42}



def test_a_bare_demonym_closing_a_list_of_counted_people_is_one_person() -> None:
    found = facts(run("Police arrested 11 Nigerians and a Liberian in a raid in Banjul on Friday."))
    assert {(f[2], f[3]) for f in found if f[0] == "ARRESTED"} == {("NG", 11), ("LR", 1)}


def test_people_told_beside_the_counted_ones_share_their_verb_and_add_to_the_total() -> None:
    batch = run("Thirty Chinese nationals, together with four Cambodians, were arrested in a raid in Kampot on Monday.")
    assert {(f[2], f[3]) for f in facts(batch) if f[0] == "ARRESTED"} == {("CN", 30), ("KH", 4)}
    assert [n.properties.get("count_arrested") for n in batch.nodes.values() if n.label.value == "Event"] == [34]


def test_a_part_of_the_people_told_before_named_by_its_copula_gets_their_act() -> None:
    found = facts(run("Police rescued 90 people in a raid in Bacoor on Monday. Sixty of the victims were Indonesians."))
    assert ("RESCUED", "raid@2026-10-12", "ID", 60) in found


def test_an_aside_of_ages_between_the_counted_people_and_their_verb_keeps_their_count() -> None:
    assert ("DETAINED", "VN", 23) in {(f[0], f[2], f[3]) for f in facts(run(
        "The 23 Vietnamese, aged 18-30, were detained at a casino in Bavet on Monday."))}
