"""Whole made-up articles read by the news reader (session 56; made-up names, places and numbers):
what a story tells across its sentences and around them, read as the conventions read it.
- abbreviated saints' names of Philippine places ("Sta.", "Sto.") stay one name;
- an act that is only ordered or approved ("ordered their deportation") is no act done;
- "the March raid" after a raid on a day of March is that raid, and its month dates no other act;
- a two-word place named again without its cue stays the place, not a person;
- a list of places with each one's count in brackets, closed by "provinces", names places;
- "WNI" are Indonesian citizens; a figure date written "01-09-2026" is the first of September;
- an outlet's own e-mail address, a bar-separated byline, a wire's sign-off or bracketed credit name nothing;
- a numbered army unit before ", Col. X said" is the unit; a group named again is that group;
- a dateline with the day first ("Surabaya, 13 August 2026") names no place;
- "a compound of six buildings" is one site; a participle on people handed over is their past;
- scams of people told at another place are not the story's site's; "the resort" is the named resort;
- "the suspects" after a count of suspects are those, not victims counted earlier."""

from __future__ import annotations

from datetime import date

from scamgraph.model import Label
from tests.unit.test_news_extraction import events, facts, names, run

PUBLISHED = date(2026, 7, 8)


def test_abbreviated_saints_names_stay_one_place() -> None:
    batch = run("The 40 deportees boarded flights at the Sto. Vemora International Airport on Monday.", PUBLISHED)
    places = names(batch, Label.LOCATION)
    assert "Sto. Vemora International Airport" in places, places
    assert not {"Sto", "Vemora International Airport"} & places, places


def test_an_ordered_deportation_is_no_deportation() -> None:
    batch = run("The board of commissioners ordered their deportation in May for working without permits. "
                "A magistrate approved the extradition of 14 Zorvanian suspects in June.", PUBLISHED)
    assert not {"deportation", "extradition"} & {p["type"] for p in events(batch).values()}, events(batch)


def test_a_deportation_done_is_still_one() -> None:
    """Guard (passes on the pristine code too): the act told done stays an act."""
    batch = run("The bureau deported 14 Zorvanian workers in June.", PUBLISHED)
    assert "deportation@2026-06" in events(batch), events(batch)


def test_the_month_raid_is_the_raid_told_on_its_day() -> None:
    batch = run("The 63 were among 187 foreigners arrested on March 14 when police raided the Kelvane Resort in "
                "Dorvik. Of the other foreigners arrested in the March raid, 52 Zorvanians are still awaiting "
                "deportation, while 72 others are facing charges of fraud before the Dorvik court.", PUBLISHED)
    found = events(batch)
    assert [k for k in found if k.startswith("raid@")] == ["raid@2026-03-14"], found
    assert "charge@" in found, found


def test_a_place_named_again_is_no_person() -> None:
    batch = run("Police raided a compound in Vrell Dom commune on Monday. Residents of Vrell Dom told reporters "
                "that vans came and went at night.", PUBLISHED)
    assert "Vrell Dom" not in names(batch, Label.PERSON), names(batch, Label.PERSON)
    assert "Vrell Dom" in names(batch, Label.LOCATION), names(batch, Label.LOCATION)


def test_places_listed_with_their_counts_in_brackets() -> None:
    batch = run("The largest groups came from Tamar Jaya (29), Lembu Hilir (22) and Sikar Emas (11) provinces.",
                PUBLISHED)
    assert not names(batch, Label.PERSON), names(batch, Label.PERSON)
    assert {"Lembu Hilir", "Sikar Emas"} <= names(batch, Label.LOCATION), names(batch, Label.LOCATION)


def test_wni_are_indonesian_citizens() -> None:
    batch = run("The 86 WNI were flown home from Dorvik on 11 August 2026.", date(2026, 8, 13))
    assert ("REPATRIATED", "repatriation@2026-08-11", "ID", 86) in facts(batch), facts(batch)


def test_a_date_written_in_figures_day_first() -> None:
    batch = run("The Velmora Cyber Crime Police on 01-09-2026 arrested three agents of a job racket.", date(2026, 9, 2))
    assert "arrest@2026-09-01" in events(batch), events(batch)


def test_the_outlets_own_addresses_are_no_identifiers() -> None:
    batch = run("Police raided a call centre in Dorvik on Monday.\n\nkjlee@dorvikwire.co.kr\n(END)\n\n"
                "Have a story to tell? Email desk@lakeshoreherald.co.ke", PUBLISHED)
    assert not names(batch, Label.IDENTIFIER), names(batch, Label.IDENTIFIER)


def test_a_scams_address_stays_an_identifier() -> None:
    """Guard (passes on the pristine code too): an address the scammers used is one."""
    batch = run("The gang wrote to victims from the address help@velmora-fx.com every week.", PUBLISHED)
    assert "email:help@velmora-fx.com" in names(batch, Label.IDENTIFIER), names(batch, Label.IDENTIFIER)


def test_bylines_and_sign_offs_name_no_outlet() -> None:
    batch = run("Police raided a call centre in Dorvik on Tuesday.\n\n"
                "Dara Venn | Orchid Morning Courier | Publication date 16 April 2026 | 09:42 ICT\n\n"
                "Pictures: Workers wait at the gate after the raid on Tuesday. (ZNA)\n\n"
                "-- ZNA\n\n© Zorvan News Agency. All rights reserved.", PUBLISHED)
    assert not names(batch, Label.ORGANIZATION), names(batch, Label.ORGANIZATION)


def test_a_numbered_unit_before_an_officer_is_the_unit() -> None:
    batch = run("The group was received by officers of the Velm Immigration Office and the 9th Infantry Regiment, "
                "Col. Darel Voss said.", PUBLISHED)
    assert "9th Infantry Regiment" in names(batch, Label.AGENCY), names(batch, Label.AGENCY)
    assert "Infantry Regiment" not in names(batch, Label.PERSON), names(batch, Label.PERSON)


def test_a_group_named_again_is_the_group() -> None:
    batch = run("The workers were freed by fighters of the Mon Unity Guard, an armed group that holds the hills. "
                "The handover was the third by the Mon Unity Guard this year.", PUBLISHED)
    assert "Mon" not in names(batch, Label.LOCATION), names(batch, Label.LOCATION)


def test_a_dateline_with_the_day_first_names_no_place() -> None:
    batch = run("Surabaya, 13 August 2026\n\nThe ministry has brought home 86 Indonesian citizens.", date(2026, 8, 13))
    assert "Surabaya" not in names(batch, Label.LOCATION), names(batch, Label.LOCATION)


def test_a_compound_of_buildings_is_one_site() -> None:
    batch = run("Police detained 318 foreigners on Tuesday during a raid on the Jade Lantern Plaza, a fenced compound "
                "of six buildings in Vrell Dom commune.", date(2026, 4, 16))
    assert names(batch, Label.SITE) == {"Jade Lantern Plaza"}, names(batch, Label.SITE)
    assert "count_sites" not in events(batch)["raid@2026-04-14"], events(batch)


def test_a_participle_on_people_handed_over_is_their_past() -> None:
    batch = run("An armed group handed over 207 foreign nationals rescued from scam compounds to Thai authorities at "
                "the Velm Friendship Bridge on Wednesday for repatriation.", date(2026, 5, 21))
    found = events(batch)
    assert "rescue@" in found and "rescue@2026-05-20" not in found, found
    assert not [f for f in facts(batch) if f[0] == "OCCURRED_AT" and f[1].startswith("rescue")], facts(batch)


def test_scams_told_at_another_place_are_not_the_sites() -> None:
    batch = run("Police raided a rented villa in Chamkar Dorn, Velm province, in August and arrested 41 South "
                "Koreans. In May, Laos deported 19 South Koreans suspected of running a romance scam from the "
                "border town of Ban Velm Noi.", date(2026, 11, 19))
    assert not [f for f in facts(batch) if f[0] == "ENGAGED_IN" and f[1].startswith("villa")], facts(batch)


def test_the_resort_is_the_named_resort() -> None:
    batch = run("The bureau deported 63 workers on Monday who were caught working for an illegal gaming hub in Dorvik "
                "province. The 63 were among 187 foreigners arrested on March 14 when agents raided the Kelvane "
                "Resort in Barangay Tulay. The resort, which ran without a license, was found to be running love "
                "scams.", PUBLISHED)
    scams = {f[1] for f in facts(batch) if f[0] == "ENGAGED_IN"}
    assert scams == {"Kelvane Resort"}, facts(batch)


def test_the_suspects_are_those_counted_as_suspects() -> None:
    batch = run("The government has repatriated 86 Indonesian citizens who were victims of scam companies in "
                "Cambodia. Police on 7 August named seven Indonesians as suspects for recruiting them. The "
                "suspects face charges of trafficking in persons.", date(2026, 8, 13))
    assert not [f for f in facts(batch) if f[0] == "CHARGED" and f[3] == 86], facts(batch)
