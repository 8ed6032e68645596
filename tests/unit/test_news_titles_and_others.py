"""A rank written with "Police" in full before a name ("Police Col. X of the Lotown immigration
police said") keeps the person and the body, as an agent's role before a name does; "X and ten
others" counts the one named too; "31 local men and 22 local women" are the story's own people."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import events, facts, names, run


def test_police_and_an_abbreviated_rank_before_a_name() -> None:
    found = run("Police Col. Anucha Sukjai of the Tak immigration police said 40 Chinese were deported.\n")
    assert "Anucha Sukjai" in names(found, Label.PERSON)
    assert any("immigration police" in name for name in names(found, Label.AGENCY))


def test_one_named_and_ten_others_are_eleven() -> None:
    found = events(run("A court in Lotown sentenced Bai Mingde and ten others to death on Monday.\n"))
    assert [props.get("count_charged") for props in found.values()] == [11]


def test_an_agent_before_a_name_is_a_role() -> None:
    found = run("Police arrested agent Ramesh Kumar in Lotown on Monday.\n")
    assert "Ramesh Kumar" in names(found, Label.PERSON)


def test_local_men_and_women_are_the_storys_own_people() -> None:
    text = ("KUALA LUMPUR: Officers held 64 people, consisting of 31 local men and 22 local women, and eleven "
            "workers from abroad.\n")
    assert ("DETAINED", "MY", 53) in {(f[0], f[2], f[3]) for f in facts(run(text))}


def test_a_city_state_listed_with_a_count_in_brackets_is_a_people() -> None:
    found = run("Police detained 12 people from China (nine) and Singapore (three).\n")
    assert "Singapore" in names(found, Label.NATIONALITY) and "Singapore" not in names(found, Label.LOCATION)


def test_a_prosecutors_office_named_in_full_indicts() -> None:
    for name in ("Busan District Prosecutors Office", "Busan District Prosecutors' Office"):
        found = facts(run(f"The {name} indicted 40 South Koreans on Monday.\n"))
        assert ("CONDUCTED", name, "charge@2026-10-12", None) in found
