"""A title's possessive before a body's head word names the office the title holder leads, never a
person: "the Prosecutor General's Office", "the Attorney General's Office" of a city, "the Chief
Minister's Office"; a prosecutor's office is a prosecution body. "Public Prosecution" after a place
is that place's prosecutors; a brigade, a precinct or a crime branch is a police unit, and an
honorific ("Alhaji") is no part of a name. Names and places are made up or common."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _agencies(text: str) -> dict[str, object]:
    return {n.name: n.properties.get("kind") for n in run(text).nodes.values() if n.label is Label.AGENCY}


def test_a_prosecutor_generals_office_is_a_prosecution_body_and_no_person() -> None:
    batch = run("The Prosecutor General's Office said six suspects were charged with fraud in Kyiv.")
    assert {n.name: n.properties.get("kind") for n in batch.nodes.values() if n.label is Label.AGENCY} \
        == {"Prosecutor General's Office": "prosecution"}
    assert not [n for n in batch.nodes.values() if n.label is Label.PERSON]


def test_a_citys_attorney_generals_office_written_with_a_curly_apostrophe_is_one_body() -> None:
    agencies = _agencies("Ana Ruiz, spokesperson for the Monterrey Attorney General\u2019s Office, said 27 people "
                         "were arrested in the office tower.")
    assert agencies.get("Monterrey Attorney General\u2019s Office") == "prosecution"


def test_a_ministers_office_is_a_body() -> None:
    assert "Chief Minister's Office" in _agencies("The Chief Minister's Office said 40 workers were rescued.")


def test_a_places_public_prosecution_is_a_body() -> None:
    assert _agencies("The 40 suspects were referred to Sharjah Public Prosecution on Monday.") \
        == {"Sharjah Public Prosecution": "prosecution"}


def test_a_brigade_or_a_precinct_after_a_title_is_a_police_unit_not_a_person() -> None:
    batch = run("Lin Wei-ting, Deputy Chief, Criminal Investigation Brigade, Banqiao Precinct: \u201cThe task force "
                "arrested three people on the 15th.\u201d")
    people = {n.name for n in batch.nodes.values() if n.label is Label.PERSON}
    assert people == {"Lin Wei-ting"}
    assert {"Criminal Investigation Brigade", "Banqiao Precinct"} <= \
        {n.name for n in batch.nodes.values() if n.label is Label.AGENCY}


def test_a_crime_branch_is_a_police_body_and_an_honorific_is_no_part_of_a_name() -> None:
    batch = run("The Surat Crime Branch arrested two agents on Monday. Alhaji Musa Bangura, the envoy, met the "
                "victims in Dakar.")
    assert {n.name: n.properties.get("kind") for n in batch.nodes.values() if n.label is Label.AGENCY} \
        .get("Surat Crime Branch") == "police"
    assert {n.name for n in batch.nodes.values() if n.label is Label.PERSON} == {"Musa Bangura"}


def test_a_places_immigration_office_in_lower_case_is_one_body() -> None:
    agencies = _agencies("The nine returned on Tuesday, said the chief of Surin\u2019s immigration office, Pol Col "
                         "Anan Srisuk.")
    assert agencies.get("Surin immigration office") == "immigration"


def test_romance_schemes_are_romance_scams() -> None:
    batch = run("Police arrested 40 foreigners who ran fake shopping and romance schemes from a condominium in Pasay.")
    assert "romance scam" in {n.name for n in batch.nodes.values() if n.label is Label.SCAM_TYPE}
