"""People seized by others than the state were kidnapped: "Gunmen seized 20 Kenyans from a bus" is
a kidnapping, not a seizure (of money, assets or equipment, by authorities). Made-up sentences (a
probe of a general English form)."""

from tests.unit.test_news_extraction import events, run


def test_people_seized_by_others_than_the_state_were_kidnapped() -> None:
    assert "kidnapping@2026-10-11" in events(run("Gunmen seized 20 Kenyans from a bus near Mae Sot on Sunday."))
    assert not [k for k in events(run("The gang seized the workers' passports.")) if k.startswith("kidnapping")]
    assert [k for k in events(run("Police seized 20 phones in Mae Sot on Sunday.")) if k.startswith("seizure")]
