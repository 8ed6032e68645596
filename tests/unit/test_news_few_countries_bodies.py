"""A body named so in only a few countries ("Department of Foreign Affairs", "National Police
Agency") belongs to the one of them the story names, not to the country its places are in."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _countries(text: str) -> dict[str, str | None]:
    return {n.name: n.properties.get("country") for n in run(text).nodes.values() if n.label is Label.AGENCY}


def test_a_foreign_affairs_department_beside_filipinos_is_the_philippines() -> None:
    bodies = _countries("The Department of Foreign Affairs said on Sunday that 60 Filipino workers at a hub in "
                        "Shwe Kokko, Myanmar, had asked the embassy in Yangon for help.")
    assert bodies["Department of Foreign Affairs"] == "PH"


def test_a_national_police_agency_beside_seoul_is_koreas() -> None:
    bodies = _countries("Seoul sent a team to Phnom Penh in Cambodia on Monday. Its members come from the National "
                        "Police Agency.")
    assert [c for n, c in bodies.items() if n.endswith("National Police Agency")] == ["KR"]


def test_local_police_beside_a_foreign_consulate_are_no_ones_named() -> None:
    bodies = _countries("The Consulate General of Viet Nam in Battambang, Cambodia asked the provinces to notify "
                        "relevant authorities, including local police.")
    assert "Cambodian National Police" not in bodies
    assert _countries("He was arrested by local police in Poipet, Cambodia.").get("Cambodian National Police") == "KH"
