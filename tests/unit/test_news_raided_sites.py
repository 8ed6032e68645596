"""Places counted by a word for a dwelling ("four houses", "five spots") are a raid's or an
arrest's sites, and targets ("targets", "organizations") a sanction's; with another act in the
sentence they count nothing."""

from tests.unit.test_news_extraction import events, run


def _counts(text: str, kind: str) -> list[dict[str, object]]:
    return [{k: v for k, v in props.items() if k.startswith("count_")}
            for key, props in events(run(text)).items() if key.startswith(kind + "@")]


def test_houses_searched_in_a_raid_are_its_sites() -> None:
    text = "Police in Lima raided nine houses on Monday and arrested 30 suspects.\n"
    assert _counts(text, "raid") == [{"count_sites": 9, "count_arrested": 30}]


def test_spots_of_an_arrest_are_its_sites() -> None:
    text = "Police cracked down on six fraud spots in Lima in May, arresting 40 suspects.\n"
    assert [c.get("count_sites") for c in _counts(text, "arrest") + _counts(text, "raid")] == [6]


def test_houses_told_beside_a_return_home_count_nothing() -> None:
    text = ("The 50 Peruvians were flown home on Monday after a tip about activities in 12 houses "
            "in an estate.\n")
    assert all("count_sites" not in c for c in _counts(text, "repatriation"))


def test_targets_of_a_sanction_told_in_parts_add_up() -> None:
    text = ("Chile imposed sanctions on seven targets operating in Lima, as well as eleven targets "
            "based in Cusco.\n")
    assert [c.get("count_targets") for c in _counts(text, "sanction")] == [18]


def test_organizations_sanctioned_are_targets_not_sites() -> None:
    text = "Chile said on Monday that it has sanctioned four organizations behind fraud centers in Peru.\n"
    assert _counts(text, "sanction") == [{"count_targets": 4}]


def test_targets_of_another_act_count_nothing() -> None:
    text = "Police in Lima arrested 12 suspects on Monday who had 300 targets abroad.\n"
    assert all("count_targets" not in c for c in _counts(text, "arrest"))


def test_sites_a_suspect_ran_count_no_act() -> None:
    text = ("The Bureau of Immigration sent home 24 Korean fugitives on Wednesday.\nAmong those sent home was "
            "41-year-old Kang Jiho, who was caught in Makati in May for allegedly operating 14 illegal betting sites.\n")
    assert not any("count_sites" in e for e in events(run(text)).values())


def test_people_sanctioned_beside_entities_are_targets_too() -> None:
    text = "The treasury on Tuesday sanctioned 27 individuals and 11 entities tied to fraud centres in Laos.\n"
    assert _counts(text, "sanction") == [{"count_targets": 38}]
    text = "Canada imposed sanctions on 8 entities and 5 individuals linked to a casino in Myanmar on Monday.\n"
    assert _counts(text, "sanction") == [{"count_targets": 13}]


def test_people_sanctioned_alone_are_no_targets() -> None:
    text = "The treasury on Tuesday sanctioned 27 individuals tied to fraud centres in Laos.\n"
    assert all("count_targets" not in c for c in _counts(text, "sanction"))
