"""A return told first and named "the rescue" after it is one act (audit 36e): "Indonesia repatriated 64
citizens on Thursday. The rescue was coordinated by the embassy" gives the embassy the repatriation,
never a second, empty rescue event. A rescue told with its own people stays the raid's or its own."""

from tests.unit.test_news_extraction import events, facts, run


def test_the_rescue_named_after_a_return_is_the_return() -> None:
    batch = run("Vietnam repatriated 58 citizens from Mae Sot on Thursday. The rescue was coordinated by the "
                "Vietnamese Embassy in Bangkok, working with Thai authorities.")
    assert list(events(batch)) == ["repatriation@2026-10-15"]
    assert ("CONDUCTED", "Vietnamese Embassy", "repatriation@2026-10-15", None) in facts(batch)


def test_a_body_that_coordinated_the_rescue_is_credited_with_the_return() -> None:
    batch = run("Kenya flew 41 citizens home from Bangkok on Thursday. The Kenyan Embassy coordinated the rescue.")
    assert list(events(batch)) == ["repatriation@2026-10-15"]
    assert ("CONDUCTED", "Kenyan Embassy", "repatriation@2026-10-15", None) in facts(batch)


def test_a_rescue_with_people_of_its_own_is_no_return() -> None:
    found = events(run("Police raided a compound on Monday and arrested 40 Chinese. The rescue of 12 Thais was led "
                       "by the army."))
    assert found["raid@2026-10-12"]["count_rescued"] == 12  # (a guard: the raid's rescue, as before)
