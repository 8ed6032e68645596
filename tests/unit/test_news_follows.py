"""An event told as following another ("The raid follows a crackdown in March, when police arrested
60 ...", "This sweep follows a lead in April 2026, when police detained five ...", "The
operation followed a rescue effort involving 1,500 people") names, after "follows", another and
earlier happening: its people, places and date are no part of the event told before (article 66,
audit pages d10 and b15; 17 such sentences among the development and audit texts). Tests in
made-up words."""

from tests.unit.test_news_extraction import facts, run


def test_what_a_raid_follows_is_another_event() -> None:
    found = facts(run("Police raided a compound in Bavet on Monday and arrested 40 Chinese nationals. The raid "
                      "follows a crackdown in March 2026, when police arrested 60 Vietnamese nationals in Poipet."))
    assert ("ARRESTED", "raid@2026-10-12", "CN", 40) in found
    assert ("ARRESTED", "arrest@2026-03", "VN", 60) in found
    assert not any(f[1].startswith("raid@2026-10-12") and f[2] in {"VN", "Poipet"} for f in found)


def test_an_operation_told_again_keeps_its_arrests_and_no_date_of_the_earlier_one() -> None:
    found = facts(run("Police in Kampot have dismantled a ring of 40 Vietnamese nationals. All 40 suspects were "
                      "apprehended in Bokor. This operation follows a breakthrough in May 2026, when police "
                      "arrested three recruiters in Hanoi."))
    assert not any(f[1].startswith("raid@2026-05") for f in found)
    assert any(f[1] == "arrest@2026-05" for f in found)


def test_a_subject_that_is_no_event_splits_nothing() -> None:
    found = facts(run("The discovery followed the arrest of 52 Thai nationals in Poipet on Monday."))
    assert ("ARRESTED", "arrest@2026-10-12", "TH", 52) in found
