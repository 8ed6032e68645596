"""Kinds found by the session-49 audit of stories on a Korean student's death and the scam crisis
that followed (aud-2), each shown here on made-up words: a death told by the finding of the dead,
a country's people told in the possessive, one death told twice, suspects let go by the law, a
charge whose subject refers back, and names listed after a colon."""

from tests.unit.test_news_extraction import events, facts, names, run
from scamgraph.model import Label


# --- a death told as "found dead", "discovered dead", "the remains of ... turned up" ---

def test_one_person_found_dead_is_the_deaths_affected_with_their_nationality() -> None:
    told = facts(run("Last heard from in Kampot, a Thai cook was later found dead near Poipet in May 2025."))
    assert ("AFFECTED", "death@2025-05", "TH", 1) in told
    assert ("OCCURRED_AT", "death@2025-05", "Poipet", None) in told


def test_a_person_discovered_dead_is_affected_not_found() -> None:
    told = facts(run("A Japanese engineer was discovered dead in a guesthouse in Kep in June 2025."))
    assert ("AFFECTED", "death@2025-06", "JP", 1) in told
    assert not any(f[0] == "FOUND" for f in told)


def test_a_named_person_found_dead_is_affected() -> None:
    told = facts(run("Seo Jin-ho, a 29-year-old South Korean, was found dead inside a van outside Kampot on Monday."))
    assert ("AFFECTED", "death@2026-10-12", "Seo Jin-ho", None) in told
    assert not any(f[0] == "FOUND" for f in told)


def test_remains_that_turned_up_tell_a_death_on_their_day_and_place() -> None:
    told = facts(run("On 2 May 2025, the remains of a 41-year-old Vietnamese farmer turned up in a ditch outside Poipet."))
    assert ("AFFECTED", "death@2025-05-02", "VN", 1) in told
    assert ("OCCURRED_AT", "death@2025-05-02", "Poipet", None) in told
    # the remains of a thing are no one's death
    assert events(run("The remains of a Khmer temple were found near Siem Reap on Monday.")) == {}


def test_a_body_found_by_officers_and_bodies_that_were_found() -> None:
    assert ("AFFECTED", "death@2026-10-13", "LA", 1) in facts(
        run("Officers found the body of a Laotian driver near Pakse on Tuesday."))
    told = facts(run("The bodies of two Thai labourers were found near Poipet in May 2025."))
    assert ("AFFECTED", "death@2025-05", "TH", 2) in told
    assert not any(f[1].startswith("raid") for f in told)


def test_one_person_who_died_is_the_deaths_affected() -> None:
    assert ("AFFECTED", "death@2025-03", "PH", 1) in facts(run("A Filipino nurse died in Bokeo in March 2025."))
    told = facts(run("Police said a university student from Busan died after a Chinese guard beat him in Kampot."))
    assert not any(f[0] == "AFFECTED" and f[2] == "CN" for f in told)  # (the guard is no one dead)


# --- "41 of Zorvania's citizens": a nationality, no place ---

def test_a_countrys_citizens_in_the_possessive_are_its_nationals() -> None:
    batch = run("Officers rescued 41 of Nepal's citizens from the Amber Wren compound in Laos.")
    assert ("RESCUED", "rescue@", "NP", 41) in facts(batch)
    assert "Nepal" not in names(batch, Label.LOCATION)
    # (a thing the country owns is no people: "Cambodia's national flags")
    assert names(run("Cambodia's national flags flew over the Amber Wren compound."), Label.NATIONALITY) == set()


def test_a_formal_state_name_in_the_possessive_gives_the_count() -> None:
    batch = run("Immigration officers arrested 12 of the Republic of Korea's nationals at a hotel in Manila on 4 March 2025.")
    assert ("ARRESTED", "arrest@2025-03-04", "KR", 12) in facts(batch)
    assert "South Korea" not in names(batch, Label.LOCATION)
    landed = run("Altogether 38 Republic of Korea's nationals reached Incheon International Airport late on Saturday.")
    assert ("REPATRIATED", "repatriation@2026-10-10", "KR", 38) in facts(landed)


# --- one death told twice ---

def test_a_death_mourned_then_told_with_its_day_and_place_is_one_death() -> None:
    batch = run("The minister mourned the killing of a Kenyan teacher in Myanmar. The teacher was found dead near "
                "Myawaddy in June 2025.")
    assert list(events(batch)) == ["death@2025-06"]
    assert ("AFFECTED", "death@2025-06", "KE", 1) in facts(batch)
    assert ("OCCURRED_AT", "death@2025-06", "Myawaddy", None) in facts(batch)


def test_a_death_told_again_by_a_pronoun_after_a_relative_day_is_one_death() -> None:
    batch = run("Officials deplored the death of a Korean student in Cambodia. Ten days later, he was found dead "
                "beside a road near Bokor Mountain.")
    assert list(events(batch)) == ["death@"]
    # two deaths of two peoples stay two
    two = run("A Thai worker died in Laos in May 2025. A Kenyan teacher was killed in Myanmar in June 2025. "
              "The teacher was found near Myawaddy.")
    assert set(events(two)) == {"death@2025-05", "death@2025-06"}
    assert ("AFFECTED", "death@2025-06", "KE", 1) in facts(two)


# --- suspects let go by the law are not rescued ---

def test_suspects_freed_for_lack_of_evidence_are_no_rescue() -> None:
    assert events(run("Police questioned 12 Indonesian suspects; five were freed for lack of evidence.")) == {}
    assert events(run("Investigators questioned 30 returnees on Monday; six others were released without charge.")) == {}
    assert "rescue@" in events(run("Police freed 40 Thai workers from the Amber Wren compound after a tip."))


def test_suspects_freed_after_a_judge_refused_their_arrest_were_neither_rescued_nor_arrested() -> None:
    told = events(run("Two of the detained Vietnamese men were freed after a judge refused to approve their arrest."))
    assert not any(k.startswith(("rescue", "arrest")) for k in told)


def test_suspects_freed_because_no_warrant_was_sought_are_no_rescue() -> None:
    told = events(run("Police have sought warrants for 40 of the deported men. Of the others, three were freed because "
                      "prosecutors did not seek arrest warrants."))
    assert not any(k.startswith("rescue") for k in told)


# --- a charge whose subject refers back ---

def test_both_men_facing_charges_are_the_two_named_before() -> None:
    told = facts(run("Lao police arrested two Vietnamese nationals, Nguyen Van Binh and Pham Quoc Huy, on 5 May 2025. "
                     "Both men now face fraud charges."))
    assert {("CHARGED", "charge@", "Nguyen Van Binh", None), ("CHARGED", "charge@", "Pham Quoc Huy", None),
            ("CHARGED", "charge@", "VN", 2)} <= told
    later = facts(run("Lao police arrested two Vietnamese nationals, Nguyen Van Binh and Pham Quoc Huy, on 5 May 2025. "
                      "Both men will face fraud charges."))
    assert not any(f[0] == "CHARGED" for f in later)  # (still to come)


def test_the_suspects_facing_charges_are_the_people_named_and_counted_before() -> None:
    told = facts(run("Cambodian police arrested three Chinese nationals: Wang Lei (35), Zhou Kai (43) and Ma Jun (29). "
                     "The suspects face charges of fraud and illegal confinement."))
    assert {("CHARGED", "charge@", "CN", 3), ("CHARGED", "charge@", "Wang Lei", None),
            ("CHARGED", "charge@", "Zhou Kai", None), ("CHARGED", "charge@", "Ma Jun", None)} <= told


def test_people_told_again_by_they_take_the_act_by_name() -> None:
    told = facts(run("Lao police arrested two Vietnamese nationals, Nguyen Van Binh and Pham Quoc Huy, on 5 May 2025. "
                     "They were deported on Friday."))
    assert ("DEPORTED", "deportation@2026-10-09", "Pham Quoc Huy", None) in told


# --- names listed after a colon ---

def test_names_listed_after_a_colon_take_the_groups_nationality() -> None:
    told = facts(run("Officers detained three Indonesian recruiters: Budi Hartono, Sari Lestari and Agus Wibowo."))
    assert {("HAS_NATIONALITY", name, "ID", None) for name in ("Budi Hartono", "Sari Lestari", "Agus Wibowo")} <= told
