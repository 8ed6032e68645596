"""The named subject of an active "trafficked" with people as its object engaged in human
trafficking; the passive tells of victims."""

from tests.unit.test_news_extraction import facts, run


def engaged(batch) -> set[tuple[str, str]]:
    return {(f[1], f[2]) for f in facts(batch) if f[0] == "ENGAGED_IN"}


def test_people_named_before_an_active_trafficked_engaged_in_trafficking() -> None:
    batch = run("Police said the accused, identified as Arjun Mehta and Kiran Rao, trafficked victims from Gujarat "
                "to Myanmar.")
    assert {("Arjun Mehta", "human trafficking"), ("Kiran Rao", "human trafficking")} <= engaged(batch)


def test_a_subject_with_accomplices_and_an_adverb_still_counts() -> None:
    batch = run("Prosecutors said Chen Wei-lun and his accomplices ultimately trafficked 40 Taiwanese nationals "
                "to Cambodia.")
    assert ("Chen Wei-lun", "human trafficking") in engaged(batch)


def test_people_who_were_trafficked_are_victims_not_traffickers() -> None:
    batch = run("Police said Arjun Mehta and Kiran Rao were trafficked to Myanmar in 2023.")
    assert not [pair for pair in engaged(batch) if pair[0] in {"Arjun Mehta", "Kiran Rao"}]


def test_a_person_who_speaks_of_trafficking_is_no_trafficker() -> None:
    batch = run("Arjun Mehta said gangs trafficked victims from Gujarat to Myanmar.")
    assert not [pair for pair in engaged(batch) if pair[0] == "Arjun Mehta"]
