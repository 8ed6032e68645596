"""People found guilty are convicted, which the golds count as a charge (audit 37l): "Four Chinese were
found guilty on Thursday", "the court found four Chinese nationals guilty" count four; people found
innocent are counted by no act."""

from tests.unit.test_news_extraction import events, facts, run


def test_people_found_guilty_are_counted_on_the_charge() -> None:
    for text in ("Six Chinese were found guilty on Thursday.",
                 "On Thursday the court found six Chinese nationals guilty of qualified trafficking."):
        assert ("CHARGED", "charge@2026-10-15", "CN", 6) in facts(run(text))


def test_people_found_innocent_are_counted_by_no_act() -> None:
    assert events(run("The court found nine Laotians innocent on Thursday.")) == {}  # (a guard)


def test_a_person_found_guilty_is_charged_never_found() -> None:
    found = facts(run("China executed three members of the Pan crime family on Monday. Pan Wei, Shi Lan and Gu Tao had "
                      "been found guilty of homicide and fraud, crimes that killed six Chinese citizens."))
    assert not any(f[0] == "FOUND" for f in found)
    assert any(f[0] == "CHARGED" and f[2] == "Pan Wei" for f in found)
