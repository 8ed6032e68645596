"""A day told between the auxiliary and the participle ("were on Monday repatriated", "were
yesterday Thursday September 2, 2021 flown home"): the date's own comma opens no clause, so the
people counted before it keep their verb. Made-up names (probes of forms seen in real reporting,
session 26)."""

from tests.unit.test_news_extraction import facts, run


def test_a_full_date_between_auxiliary_and_participle_keeps_the_verb() -> None:
    found = facts(run("Twenty-nine Kenyans were yesterday Thursday September 2, 2021 repatriated from Lumora."))
    assert ("REPATRIATED", "repatriation@2021-09-02", "KE", 29) in found


def test_a_comma_that_is_no_date_still_ends_the_people_s_clause() -> None:
    found = facts(run("Thirty-two Kenyans lived in Lumora in 2021, and 12 were deported."))
    assert not any(f[2] == "KE" and f[3] == 32 for f in found)
