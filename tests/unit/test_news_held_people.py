"""People "held in <town>" with no state holder in the sentence are the gangs' captives, not a
detention ("the release of 60 Kenyans held in Myawaddy"); a state word keeps it a detention
("held at the immigration centre"). A plural demonym before a participle ("60 Kenyans held ...")
names the people, as before an ordinary verb. Made-up sentences (a probe of forms seen in real
reporting on trafficked workers, session 25)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def _rels(text: str) -> set[str]:
    return {e.type.value for e in run(text).edges}


def test_people_held_in_a_town_by_no_state_holder_are_no_detention() -> None:
    assert "DETAINED" not in _rels("The embassy is seeking the release of 60 Kenyans held in Myawaddy.")
    assert "DETAINED" not in _rels("The 60 Kenyans held in Myawaddy were forced to work 16 hours a day.")
    assert "Kenya" in names(run("The embassy is seeking the release of 60 Kenyans held in Myawaddy."), Label.NATIONALITY)


def test_people_held_by_the_state_are_detained() -> None:
    assert "DETAINED" in _rels("Police said 60 Kenyans were held at the immigration centre in Mae Sot.")
    assert "DETAINED" in _rels("Sixty Kenyans were held in Mae Sot on Monday after crossing the border illegally.")


def test_people_a_crime_moved_are_no_count_of_the_arrest_but_keep_their_nationality() -> None:
    batch = run("Two soldiers were arrested on Monday for smuggling 15 Indonesians into Malaysia.")
    assert "ARRESTED" not in {e.type.value for e in batch.edges if e.properties.get("count")}
    assert "Indonesia" in names(batch, Label.NATIONALITY)
    batch = run("Somchai Deeprom was arrested for helping smuggle 20 Chinese across the border.")
    assert "China" in names(batch, Label.NATIONALITY)
    assert not [e for e in batch.edges if e.type.value == "ARRESTED" and e.properties.get("count")]


def test_people_taken_to_a_shelter_are_kept_safe_not_detained() -> None:
    assert "DETAINED" not in _rels("The 58 rescued Indonesians were taken to a shelter in Mae Sot on Monday.")
    assert "DETAINED" in _rels("The 58 Indonesians were taken to an immigration detention centre in Bangkok on Monday.")


def test_people_held_by_armed_groups_or_a_criminal_operation_are_captives() -> None:
    assert _rels("Forty Ethiopians held by armed groups in Myanmar have been freed.") >= {"RESCUED"}
    assert "DETAINED" not in _rels("Forty Ethiopians held by armed groups in Myanmar have been freed.")
    assert "DETAINED" not in _rels("The 23 South Africans had been held by a criminal operation in Myanmar.")
    assert "DETAINED" in _rels("Forty Ethiopians were held by armed police in Mae Sot on Monday.")
