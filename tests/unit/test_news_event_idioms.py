"""A government "seized of the matter" or "fully seized with the issue" is dealing with it (an idiom of
official statements, closed class: seized/seised + of/with + a word for the business at hand), not
seizing anything (article 112); money or phones seized stay a seizure."""

from tests.unit.test_news_extraction import events, run


def kinds(text: str) -> set[str]:
    return {key.split("@")[0] for key in events(run(text))}


def test_a_ministry_seized_with_the_matter_tells_no_seizure() -> None:
    assert "seizure" not in kinds("The foreign ministry said it was fully seized with the matter of the 12 Zambians.")


def test_seized_of_the_issue_tells_no_seizure() -> None:
    assert "seizure" not in kinds("The council remains seized of this issue, the envoy told reporters in Lusaka.")


def test_phones_seized_with_the_suspects_stay_a_seizure() -> None:
    assert "seizure" in kinds("Police seized 40 phones with the suspects in a raid in Kampot on Monday.")


def test_the_name_of_the_digital_arrest_scam_is_no_arrest() -> None:
    assert not events(run("Callers ran 'digital arrest' scams from a compound in Kampot, the report said."))
    assert not events(run("Investigators warned of digital arrest frauds aimed at retirees."))
