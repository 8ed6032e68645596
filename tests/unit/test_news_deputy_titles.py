"""A deputy's or an assistant's title names the office held, not an aide's job: "Deputy Director",
"Assistant Director", "Associate Director", "Deputy Executive Director" are officials, "Assistant
Secretary" and "Deputy Secretary" hold a secretary's office, "Assistant Superintendent" is a police
rank and "First Secretary" an embassy's diplomat (audit 38 page o06, audit 35 page l07, audit
pages fb07 and m01, development texts 57, 64, 85, 101, 109, 116, 137, 161 and 165). A bare "deputy"
or "assistant" stays an aide."""

from tests.unit.test_news_extraction import run


def _role(text: str, key: str) -> tuple[object, object]:
    person = run(text).nodes[key].properties
    return person.get("role"), person.get("role_class")


def test_a_deputy_director_is_an_official() -> None:
    text = "Mira Tanaka, Deputy Director of the Consular Department, said 40 citizens would fly home on Friday."
    assert _role(text, "person:mira-tanaka") == ("official", "official")


def test_an_assistant_secretary_holds_a_secretarys_office() -> None:
    text = "Assistant Secretary Paolo Reyes said 27 workers landed in Manila on Sunday."
    assert _role(text, "person:paolo-reyes") == ("secretary of state", "official")


def test_a_first_secretary_is_a_diplomat() -> None:
    text = "First Secretary Tran Van Minh of the embassy received 25 citizens at the border gate on Tuesday."
    assert _role(text, "person:tran-van-minh")[1] == "diplomat"


def test_an_assistant_superintendent_is_police() -> None:
    text = "Karim Uddin, an assistant superintendent at the detective branch, said two brokers were arrested."
    assert _role(text, "person:karim-uddin")[1] == "police"


def test_a_director_at_a_union_of_police_forces_stays_an_official() -> None:
    text = "Helen Okoth, Assistant Director of Outreach at Interpol, said 90 victims were freed in the operation."
    assert _role(text, "person:helen-okoth") == ("official", "official")
