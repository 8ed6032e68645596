"""Audit 51, fixer events: event identity. A relative clause that dates the act its headline told
past a place phrase, an inquiry's finding whose day is the finding's, and acts a future governs
past "proceed with" or a laying verb (convention 8). Made-up people, places and numbers."""

from tests.unit.test_news_extraction import events, run


def test_a_relative_clause_dates_the_headlines_act_past_its_place() -> None:
    text = ("Zorvan police free 20 suspects deported from Lotland\n\n"
            "Zorvan police on Saturday freed 20 suspects who were deported from Lotland Friday evening, "
            "citing a lack of evidence.")
    found = events(run(text))
    assert [k for k in found if k.startswith("deportation@")] == ["deportation@2026-10-09"]
    on_day = events(run(text.replace("Lotland Friday evening", "Lotland on Friday")))
    assert [k for k in on_day if k.startswith("deportation@")] == ["deportation@2026-10-09"]


def test_the_day_of_what_an_inquiry_found_is_not_the_inquirys() -> None:
    found = events(run("Police in Dorran arrested three recruiters on Monday. Investigations have revealed that "
                       "one of them, Pell Varo, travelled to Lotland in 2021 to work for a fraud ring."))
    assert "investigation@" in found
    assert "investigation@2021" not in found


def test_proceeding_with_an_act_under_a_future_is_no_event() -> None:
    found = events(run('"Soon we will proceed with deporting the 40 foreign workers," the minister said.'))
    assert not [k for k in found if k.startswith("deportation")]
    ahead = events(run("The agency will go ahead with the repatriation of the 12 Zorvanians."))
    assert not [k for k in ahead if k.startswith("repatriation")]
    done = events(run("Police proceeded with deporting the 40 foreigners on Monday."))
    assert "deportation@2026-10-12" in done


def test_charges_a_future_governs_are_not_laid() -> None:
    found = events(run('"We will take the statements of the workers to find those who hired them, and file the '
                       'necessary charges with prosecutors," Mr. Dorran said.'))
    assert not [k for k in found if k.startswith("charge")]
    laid = events(run("Police said the men will be deported after prosecutors filed charges against them on Monday."))
    assert "charge@2026-10-12" in laid
