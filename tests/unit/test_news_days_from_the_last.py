"""Days reckoned from the act told last (audit 36e): "Laos handed over 120 Chinese on Friday. ... an
initial batch of 40 had been flown out a day earlier" dates the batch on Thursday; "the day before" and
"the previous day" as well."""

from tests.unit.test_news_extraction import facts, run


def test_a_day_earlier_is_the_day_before_the_act_told_last() -> None:
    for when in ("a day earlier", "the day before", "the previous day"):
        found = facts(run(f"Laos handed over 120 Chinese on Friday. An initial batch of 35 Chinese had been flown out "
                          f"{when}."))
        assert ("REPATRIATED", "repatriation@2026-10-08", "CN", 35) in found, when
