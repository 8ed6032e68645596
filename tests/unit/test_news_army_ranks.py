"""A rank armies and police share ("Col", "Maj Gen", "commander") held by one who commands or speaks
for an armed force (a task force, an army, a defence ministry) is an army officer's; a rank written
as the police's ("Pol Col", "Police Maj Gen") or held in a police force stays a police officer's."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _roles(text: str) -> dict[str, str | None]:
    return {n.name: n.properties.get("role") for n in run(text).nodes.values() if n.label is Label.PERSON}


def test_officers_of_a_task_force_and_a_defence_ministry_are_soldiers() -> None:
    roles = _roles("Col Wichai Thongdee, commander of the Salween Task Force, led 60 soldiers to receive the group. "
                   "Maj Gen Prasit Kaewmanee, spokesman for the Defence Ministry, said they would be screened.")
    assert roles["Wichai Thongdee"] == "military officer"
    assert roles["Prasit Kaewmanee"] == "military officer"


def test_police_ranks_and_police_forces_stay_the_police() -> None:
    roles = _roles("Pol Col Somsak Deemak, commander of the Tak immigration police, said 20 were held. "
                   "Col Anek Srisawat, commander of the Border Patrol Police forces, said the men were charged.")
    assert roles["Somsak Deemak"] == "police officer"
    assert roles["Anek Srisawat"] == "police officer"


def test_officers_of_a_strategic_force_and_a_military_government_are_soldiers() -> None:
    roles = _roles("Colonel Aung Kyaw Min, commander of the Loilem strategic force, said 30 workers were freed. "
                   "Major General Than Zaw Myo, spokesman for the military government, said they were sent home.")
    assert roles["Aung Kyaw Min"] == "military officer"
    assert roles["Than Zaw Myo"] == "military officer"


def test_a_rank_after_an_office_leaves_the_office_as_the_role() -> None:
    roles = _roles("The handover was overseen by Border Affairs Minister Colonel Myint Thura Oo on Monday.")
    assert roles["Myint Thura Oo"] == "minister"
