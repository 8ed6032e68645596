"""The day a statement was made is not the day of the act it reports, unless the speaker reports
its own act or the story tells the act's own day."""

from tests.unit.test_news_extraction import events, run


def test_a_third_partys_act_reported_on_a_day_stays_undated() -> None:
    assert set(events(run("Police in Bangkok said on Monday that Cambodian police had raided a casino in Poipet."))) \
        == {"raid@"}
    assert set(events(run("The ministry on Wednesday said that 212 Chinese nationals have been transferred to China."))) \
        == {"repatriation@"}


def test_a_speaker_telling_its_own_act_dates_it_by_the_telling() -> None:
    assert set(events(run("The military said on Monday it had raided a compound in Myawaddy."))) == {"raid@2026-10-12"}


def test_the_acts_own_day_told_later_wins() -> None:
    found = events(run("Police said on Monday that 45 Chinese nationals were arrested. The arrests took place on "
                       "Saturday in Poipet."))
    assert set(found) == {"arrest@2026-10-10"}


def test_the_day_a_news_agency_learned_of_an_act_does_not_date_it() -> None:
    assert set(events(run("Eleven Vietnamese nationals were detained by the police in Lusaka over a loan scam, "
                          "the state news agency learned on Monday."))) == {"detention@"}


def test_the_day_a_note_was_released_is_the_tellings() -> None:
    assert set(events(run("Police arrested four agents who sent jobless youths to fraud compounds in Laos, according to "
                          "a note released on Tuesday."))) == {"arrest@"}
