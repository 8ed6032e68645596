"""People a scam harmed ("trafficked 20 Lao workers", "defrauding 869 Koreans") are counted as
victims on a case (an investigation, a charge, a kidnapping), never on an act done to people such
as their rescue, return or an arrest told in the same sentence."""

from tests.unit.test_news_extraction import events, facts, run


def test_victims_told_beside_an_arrest_are_no_count_of_the_arrest() -> None:
    batch = run("Police arrested two men who allegedly trafficked 20 Lao workers to Myanmar.")
    assert not any(f[0] == "AFFECTED" and f[2] == "LA" for f in facts(batch))
    assert all("count_victims" not in e for e in events(batch).values())


def test_victims_told_beside_a_return_are_no_count_of_the_return() -> None:
    batch = run("The suspects are accused of swindling 869 Korean victims, in the largest repatriation "
                "of suspects from Cambodia.")
    assert not any(f[0] == "AFFECTED" and f[1].startswith("repatriation") for f in facts(batch))


def test_victims_told_with_a_charge_are_its_count() -> None:
    batch = run("Prosecutors charged Lee with trafficking 88 Taiwanese nationals to Cambodia.")
    assert any(f[0] == "AFFECTED" and f[1].startswith("charge") and f[2] == "TW" and f[3] == 88 for f in facts(batch))
