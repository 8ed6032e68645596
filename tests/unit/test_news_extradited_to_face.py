""""Thailand extradited X to face charges of ...": the act done to X is the extradition; the charges
he goes to face are a prospect, no charge laid then. Tests in made-up words."""

from tests.unit.test_news_extraction import facts, run


def test_the_extradited_person_is_extradited_not_charged() -> None:
    found = facts(run("Thailand on Wednesday extradited Zhao Minghui to face charges of running illegal online "
                      "casinos."))
    assert ("EXTRADITED", "extradition@2026-10-14", "Zhao Minghui", None) in found
    assert not any(f[0] == "CHARGED" for f in found)


def test_people_who_face_charges_are_still_charged() -> None:
    found = facts(run("Zhao Minghui and Li Wei face charges of fraud."))
    assert ("CHARGED", "charge@", "Zhao Minghui", None) in found
