"""Scam types and scam sites as outlets in many countries write them (session 57, probes in made-up words):
- a site named for two trades ("the Velmora Hotel and Casino", "... Hotel & Resort") is one site, placed
  where the text puts it, not a hotel cut off before "and";
- a scam site in apposition to a town ("Pavor, a notorious scam hub in X") describes the town: no
  second, described site;
- one head shared by two kinds of scam joined by a hyphen or slash ("romance-investment scams") names
  both, but a single scam's name written with a hyphen ("crypto-investment scams") stays one;
- the verb of an accusation is its own opener: "were charged with human trafficking", "charged 14
  people with fraud", "convicted X of money laundering" tie the charge to the scam in a story that
  names no site (where it names one, the scam is the site's, as the real-article golds read it);
- parcel and tech-support scams impersonate couriers or support staff, and "pose as a romantic
  partner" is a romance scam, as the table's other forms of those scams read."""

from __future__ import annotations

import pytest

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


@pytest.mark.parametrize("text, site, town", [
    ("Soldiers searched the Velmora Hotel and Casino in Bavet late on Thursday.", "Velmora Hotel and Casino", "Bavet"),
    ("Guards at the Orrin Bay Hotel & Resort in Kampot let the inspectors in.", "Orrin Bay Hotel & Resort", "Kampot"),
])
def test_a_site_named_for_two_trades_is_one_placed_site(text: str, site: str, town: str) -> None:
    batch = run(text)
    assert names(batch, Label.SITE) == {site}
    assert ("LOCATED_IN", site, town, None) in facts(batch)


def test_a_site_named_head_first_after_and_stays_a_second_site() -> None:
    """(A guard: passes on the pristine code too.)"""
    batch = run("The recruits were moved from the Tessaly Casino and Hotel Lotus near Bavet to a farm.")
    assert {"Tessaly Casino", "Hotel Lotus"} <= names(batch, Label.SITE)


@pytest.mark.parametrize("text", [
    "Some 300 workers fled Shwe Kokko, a scam compound in Myawaddy, during the night of Friday.",
    "About 4,100 foreigners were found in Shwe Kokko, a notorious scam hub on the Moei River, officials said.",
])
def test_a_scam_site_in_apposition_to_a_town_is_that_town(text: str) -> None:
    assert names(run(text), Label.SITE) == set()


def test_a_named_site_in_apposition_keeps_its_place() -> None:
    """(A guard: passes on the pristine code too.)"""
    batch = run("Troops raided the Quorra Palms Casino, a notorious scam hub in Tachileik, at dawn on Friday.")
    assert names(batch, Label.SITE) == {"Quorra Palms Casino"}
    assert ("LOCATED_IN", "Quorra Palms Casino", "Tachileik", None) in facts(batch)


def test_two_scams_sharing_a_head_across_a_hyphen_are_both_named() -> None:
    scams = names(run("Detectives in Orvella said the pensioners had been drawn into romance-investment scams by "
                      "callers posing as rich traders."), Label.SCAM_TYPE)
    assert {"romance scam", "investment fraud"} <= scams, scams


def test_one_scam_written_with_a_hyphen_stays_one() -> None:
    """(A guard: passes on the pristine code too.)"""
    scams = names(run("The savers in Dravnik lost 9 million to crypto-investment scams run by a gang from Orvella."),
                  Label.SCAM_TYPE)
    assert scams == {"investment fraud"}, scams


@pytest.mark.parametrize("text, scam", [
    ("The three brokers from Orvella were charged with human trafficking after 18 Dravnikans were freed.",
     "human trafficking"),
    ("Prosecutors in Dravnik charged 14 people with human trafficking on Monday.", "human trafficking"),
    ("A court in Dravnik convicted Marlo Vesh of money laundering on Monday.", "money laundering"),
])
def test_the_verb_of_an_accusation_opens_its_ground(text: str, scam: str) -> None:
    assert any(rel == "ENGAGED_IN" and src.startswith("charge@") and dst == scam for rel, src, dst, _ in facts(run(text)))


@pytest.mark.parametrize("text, scam", [
    ("Police in Dravnik arrested five men who ran parcel scams from a rented flat.", "impersonation scam"),
    ("The office in Orvella ran a tech support scam aimed at elderly savers abroad.", "impersonation scam"),
    ("The gang used faked video calls to pose as a romantic partner and cheat widows in Dravnik.", "romance scam"),
])
def test_scams_named_by_what_the_scammer_poses_as(text: str, scam: str) -> None:
    assert scam in names(run(text), Label.SCAM_TYPE)
