"""Numbers before "from" and a country part a group: by nationality where none was told for the
group ("120 people: 45 from China, 40 from Vietnam"), by where they were where the group's
nationality is told ("3,000 Indians: 1,091 from Cambodia, 770 from Laos")."""

from tests.unit.test_news_extraction import facts, run


def test_parts_of_people_of_a_told_nationality_are_parted_by_place() -> None:
    found = facts(run("Soldiers rescued 3,000 Indonesians: 1,091 from Cambodia, 770 from Laos and 1,046 from Myanmar."))
    assert ("RESCUED", "rescue@", "ID", 3000) in found
    assert not [f for f in found if f[2] in {"KH", "LA", "MM"}]


def test_a_breakdown_told_after_the_group_was_counted_is_parted_by_place() -> None:
    found = facts(run("Over 900 Nepalis were rescued from scam centres. The breakdown of the rescued includes "
                      "265 from Cambodia, 290 from Laos, and 165 from Myanmar."))
    assert not [f for f in found if f[2] in {"KH", "LA", "MM"}]


def test_own_citizens_brought_back_from_several_countries() -> None:
    found = facts(run("The embassy said 2,310 citizens were brought back from Laos, 615 from Cambodia, "
                      "and 980 from Myanmar."))
    assert not [f for f in found if f[2] in {"KH", "LA", "MM"}]


def test_parts_of_people_of_no_told_nationality_are_parted_by_nationality() -> None:
    found = facts(run("Police deported 120 people: 45 from China, 40 from Vietnam and 35 from Laos."))
    assert {("DEPORTED", "deportation@", code, n) for code, n in (("CN", 45), ("VN", 40), ("LA", 35))} <= found


def test_one_part_after_another_group_keeps_its_nationality() -> None:
    found = facts(run("Police rescued 30 Thais on Monday. Soldiers freed 25 from Laos on Tuesday."))
    assert ("RESCUED", "rescue@2026-10-13", "LA", 25) in found


def test_people_from_a_country_parting_the_nationals_told_before_are_where_they_were() -> None:
    batch = run("Over 300 Nepalis who fell for job offers have been rescued, the ministry said on Thursday. "
                "A spokesman said about 45 people from Laos and 70 people from Vietnam have also been rescued.")
    rescued = {code for rel, _event, code, _count in facts(batch) if rel == "RESCUED"}
    assert rescued == {"NP"}
