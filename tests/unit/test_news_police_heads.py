"""A civil title held in a police body is a police office: the director of a police station, the
deputy director of a force's Criminal Investigation Department, the chief of a crime investigations
unit are police officers, not civil officials (audit 38 pages o09 and o10, audit 31 pages h03-h05).
The same titles in a civil body stay civil, and so does the head of an immigration service."""

from tests.unit.test_news_extraction import run


def _role(text: str, key: str) -> tuple[object, object]:
    person = run(text).nodes[key].properties
    return person.get("role"), person.get("role_class")


def test_the_director_of_a_police_station_is_a_police_officer() -> None:
    text = ("Brigadier Omar Haddadi, director of Port Sulen police station, said 16 suspects were held in a flat "
            "on Monday.")
    assert _role(text, "person:omar-haddadi") == ("police officer", "police")


def test_the_deputy_director_of_a_criminal_investigation_department_is_a_police_officer() -> None:
    text = ("The Criminal Investigation Department's deputy director Farid Osmani said 14 people were arrested "
            "at a hotel in Port Sulen on Friday.")
    assert _role(text, "person:farid-osmani")[1] == "police"


def test_the_director_of_a_civil_body_stays_an_official() -> None:
    text = "Farid Osmani, director of the Department of Labour, said 14 workers were sent home on Friday."
    assert _role(text, "person:farid-osmani") == ("official", "official")
