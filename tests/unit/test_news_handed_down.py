""""Handed down the ultimate penalty to X" is a court's ruling, whatever the penalty is called: no
one is handed over or sent home. Tests in made-up words."""

from tests.unit.test_news_extraction import facts, run


def test_a_penalty_handed_down_sends_no_one_home() -> None:
    found = facts(run("The Zarnov Intermediate People's Court handed down the ultimate penalty to gang boss Liu "
                      "Dekang, his nephew Liu Hao and two aides for running compounds that caused the deaths of "
                      "four Chinese citizens."))
    assert not any(f[0] in {"REPATRIATED", "DEPORTED"} for f in found)
