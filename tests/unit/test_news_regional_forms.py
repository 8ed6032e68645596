"""Forms of Philippine, Malaysian, Chinese and Indian reporting (probes, session 26; made-up
names): a Chinese name whose given name is "Gang" is a person, not a gang; "Bukit Aman" is the
Malaysian police's headquarters speaking; "Brgy." is a barangay written short, one place with
"Barangay"; flights counted before "of" carry people but are none; "N Kenyans and foreigners" is
no count of Kenyans; a body set off from its verb by an aside ("X, acting on a tip-off, raided")
still acts; "this morning" is the day of publication; "COLOMBO (Wire);" is a dateline."""

from scamgraph.loaders.dates import find_dates
from scamgraph.model import Label
from tests.unit.test_news_extraction import PUBLISHED, facts, names, run


def _events(text: str) -> list[dict[str, object]]:
    return [{k: v for k, v in n.properties.items() if k.startswith("count_")}
            for n in run(text).nodes.values() if n.label.value == "Event"]


def test_a_chinese_given_name_gang_is_a_person() -> None:
    batch = run("Police arrested Chinese national Li Gang, 41, in Lotus City on Monday.")
    assert names(batch, Label.PERSON) == {"Li Gang"} and names(batch, Label.ORGANIZATION) == set()
    assert names(run("The Sun Gang ran the compound in Lotus City."), Label.ORGANIZATION) == {"Sun Gang"}


def test_bukit_aman_is_the_malaysian_police() -> None:
    batch = run("Bukit Aman said 22 Malaysians were rescued from a syndicate in Myawaddy last week.")
    assert names(batch, Label.AGENCY) == {"Royal Malaysia Police"} and names(batch, Label.PERSON) == set()


def test_a_barangay_written_short_is_the_barangay() -> None:
    batch = run("Police raided a building in Brgy. San Roque, Lotus City on Friday, rescuing 35 Kenyans.")
    assert "Barangay San Roque" in names(batch, Label.LOCATION) and names(batch, Label.PERSON) == set()
    assert names(batch, Label.SITE) == {"building in Barangay San Roque"}


def test_flights_are_counted_as_no_people() -> None:
    assert _events("The rescue was carried out with two special flights of the air force from Lotus City.") == [{}]


def test_a_people_and_foreigners_counted_together_is_no_count_of_that_people() -> None:
    found = facts(run("The raid in Lotus City led to the rescue of over 800 Kenyans and foreigners."))
    assert not any(f[2] == "KE" and f[3] == 800 for f in found)
    assert _events("The raid in Lotus City led to the rescue of over 800 Kenyans and foreigners.") == [{"count_rescued": 800}]


def test_a_body_set_off_by_an_aside_before_its_verb_still_acts() -> None:
    found = facts(run("Lotus authorities, acting on a tip-off, raided a building in Lotus City on Monday."))
    assert any(f[0] == "CONDUCTED" for f in found)


def test_this_morning_and_last_night_are_days_of_publication() -> None:
    assert [d.value for d in find_dates("They arrived this morning (6).", 0, PUBLISHED)] == ["2026-10-15"]
    assert [d.value for d in find_dates("Police raided it last night.", 0, PUBLISHED)] == ["2026-10-14"]


def test_a_dateline_closed_by_a_semicolon_after_its_wire_names_no_place() -> None:
    batch = run("COLOMBO (Lotus Wire); Twelve Sri Lankans were repatriated on Monday.")
    assert names(batch, Label.LOCATION) == set()


def test_the_country_of_an_ambassadors_title_is_no_place() -> None:
    batch = run("The Ambassador of Kenya to Laos, Jane Wanjiru, met the group in Vientiane.")
    assert "Kenya" not in names(batch, Label.LOCATION)


def test_countries_counted_in_brackets_after_in_are_places() -> None:
    batch = run("A total of 14 Malaysians have been rescued in Laos, Thailand (22) and Myanmar (five), the ministry added.")
    assert names(batch, Label.NATIONALITY) == {"Malaysia"}
    batch = run("Police freed 200 people from Ethiopia (95), Uganda (31) and Sudan (74).")
    assert names(batch, Label.NATIONALITY) == {"Ethiopia", "Uganda", "Sudan"}


def test_deportees_flown_home_were_deported() -> None:
    assert any(f[0] == "DEPORTED" and f[2:] == ("KE", 87) for f in facts(run("Some 87 Kenyan deportees were flown to Nairobi on Monday night.")))


def test_a_states_citizens_taken_from_a_country_are_not_that_countrys_people() -> None:
    # (probes of Kenyan, Ethiopian and Nigerian outlets, session 26: "46 citizens from Myanmar" became 46 Myanmar people)
    found = facts(run("Kenya has rescued 46 citizens from Myanmar."))
    assert any(f[0] == "RESCUED" and f[2:] == ("KE", 46) for f in found) and not any(f[2] == "MM" for f in found)
    assert names(run("The embassy has rescued 14 nationals from Cambodia."), Label.NATIONALITY) == set()
    assert any(f[2:] == ("VN", 40) for f in facts(run("Police freed 40 nationals from Vietnam in a raid.")))
