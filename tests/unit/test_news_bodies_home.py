"""A body every country has ("the Department of Justice") in a story with no dateline is of the
one country whose known bodies the story names ("PNP", "PAOCC": the Philippines), not the
country the gazetteer lists that name under; a story that names the gazetteer's country (a US
indictment beside the Treasury) keeps it. With no known body either, a story whose places are in a
country that has a body of that name too gives it that country, and so does a part of the body
("Department of Justice Office of Cybercrime"); a Cambodian story's is still the US one."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _justice(text: str) -> str | None:
    graph = run(text)
    found = [n for n in graph.nodes.values() if n.label is Label.AGENCY and n.name == "Department of Justice"]
    assert len(found) == 1
    return found[0].properties.get("country")


def test_the_justice_department_of_a_philippine_story_is_the_philippines() -> None:
    text = ("The PNP and the PAOCC raided a scam hub in Bamban, Tarlac, on Monday. The Department of Justice "
            "filed charges against 12 Chinese nationals.")
    assert _justice(text) == "PH"


def test_a_story_naming_the_united_states_keeps_its_justice_department() -> None:
    text = ("The US Department of the Treasury sanctioned the Prince Group on Tuesday. The Department of Justice "
            "in the United States charged its chairman.")
    assert _justice(text) == "US"


def test_a_story_of_philippine_places_and_no_known_body_gives_its_justice_department_the_philippines() -> None:
    assert _justice("The Department of Justice filed charges against 40 Chinese arrested in a raid in Makati.") == "PH"
    graph = run("Department of Justice Office of Cybercrime agents took part in the Makati raid where 31 Chinese "
                "were arrested.")
    office = [n for n in graph.nodes.values() if n.label is Label.AGENCY and n.name.endswith("Office of Cybercrime")]
    assert [n.properties.get("country") for n in office] == ["PH"]


def test_a_cambodian_story_keeps_the_known_justice_department() -> None:
    assert _justice("The Department of Justice charged the owner of a scam compound in Sihanoukville, "
                    "Cambodia.") == "US"


def _bodies(text: str) -> dict[str, str | None]:
    return {n.name: n.properties.get("country") for n in run(text).nodes.values() if n.label is Label.AGENCY}


def test_a_bureau_of_immigration_in_an_indian_story_is_indias() -> None:
    bodies = _bodies("About 900 Indians are stranded in Cambodia. The Bureau of Immigration on Friday stopped two "
                     "agents, Suresh Menon and Vijay Rao, at the Kochi airport as they returned from Cambodia.")
    assert bodies.get("Bureau of Immigration") == "IN"
    assert "Philippine Bureau of Immigration" not in bodies


def test_a_ministry_in_a_capital_is_that_countrys() -> None:
    bodies = _bodies("A court in Myanmar jailed 14 Bangladeshi nationals for illegal entry, the foreign ministry "
                     "in Dhaka said.")
    assert bodies.get("Foreign Ministry") == "BD"
