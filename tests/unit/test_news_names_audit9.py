"""Entities seen wrong on a ninth set of unseen reports (prefix i), where the cause is a closed
class: a noun that describes people ("fugitive", "victim", "suspect") opening a title-case run
that ends in a body's head word names the unit's work ("the Fugitive Search Unit"); it is not a
title before a name, so the body keeps its first word. A dateline is found below a head whose
lines are spaced out by blank lines, and gives a bare "National Police" the story's country. The
Malaysian police's name written with the adjective ("Royal Malaysian Police", "PDRM") is the one
body the gazetteer knows. A body named "Department (Ministry, Bureau) of ..." followed by a title and
a name holds the person who has the title, not a longer body ("Department of Foreign Affairs
Undersecretary X"). A title told with no name ("the Foreign Minister said") names nobody. "University" heads an
organization (an academic one, which studies scams and runs none). A common modifier capitalized
only because it opens a sentence ("Local police said") names no body, as "local police" does not.
A person's family name told alone ("Santiago said") is no town whose country the story never names."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def test_a_describing_noun_opening_a_units_name_stays_in_it() -> None:
    for text in ("The Fugitive Search Unit of the immigration bureau raided a tower in Pasay on Monday.",
                 "Agents of the bureau's Fugitive Search Unit arrested two men in Manila last Friday.",
                 "The rescued girl was referred to the Victim Support Unit in Cebu."):
        batch = run(text)
        agencies = names(batch, Label.AGENCY)
        assert {"Fugitive Search Unit", "Victim Support Unit"} & agencies, text
        assert not {"Search Unit", "Support Unit"} & agencies, text


def test_a_describing_noun_before_a_persons_name_is_still_no_part_of_it() -> None:
    batch = run("Suspect Chen Wei was arrested in Phnom Penh on Monday.")
    assert "Chen Wei" in names(batch, Label.PERSON)
    assert not [n for n in names(batch, Label.AGENCY) if "Chen" in n]


def test_a_dateline_below_a_spaced_out_head_still_gives_the_storys_country() -> None:
    text = ("Police arrest two over trafficking of 20 Indonesians to Myanmar\n\n"
            "The president called the rescue in Myanmar hard.\n\n"
            "By a staff writer\n\n"
            "May 11, 2023\n\n"
            "JAKARTA – National Police detectives have arrested two men accused of "
            "sending 20 Indonesians to fraud centres in Myawaddy, Myanmar.\n")
    agencies = names(run(text), Label.AGENCY)
    assert "Indonesian National Police" in agencies
    assert "Myanmar Police Force" not in agencies


def test_the_malaysian_police_written_with_an_adjective_is_one_body() -> None:
    agencies = names(run("KUALA LUMPUR: Six Malaysians were rescued by the Royal Malaysian Police (PDRM) and the "
                         "Royal Malaysia Police said they were safe."), Label.AGENCY)
    assert "Royal Malaysia Police" in agencies
    assert "Royal Malaysian Police" not in agencies


def test_a_department_of_something_then_a_title_then_a_name_is_a_body_and_a_person() -> None:
    for text, body, person in (
            ("\"They were moved again,\" Department of Foreign Affairs Undersecretary Ramon de Lara told reporters.",
             "Department of Foreign Affairs", "Ramon de Lara"),
            ("Department of Migrant Workers Undersecretary Bernardo Olano said the workers were safe.",
             "Department of Migrant Workers", "Bernardo Olano")):
        batch = run(text)
        assert body in names(batch, Label.AGENCY), text
        assert person in names(batch, Label.PERSON), text
        assert ("WORKS_FOR", person, body) in {f[:3] for f in facts(batch)}, text


def test_a_title_with_no_name_is_no_person() -> None:
    for text in ("The Interior Minister had ordered the police to act in Phnom Penh.",
                 "An aide said the Foreign Minister had told the consulate to step in."):
        assert not names(run(text), Label.PERSON), text
    assert "Retno Marsudi" in names(run("Foreign Minister Retno Marsudi said the victims were safe."), Label.PERSON)


def test_a_university_is_an_organization_that_runs_no_scam() -> None:
    batch = run("\"They do it at scale,\" said University of Leeds academic Anna Berg, who studies scam compounds.")
    assert "University of Leeds" in names(batch, Label.ORGANIZATION)
    assert "University of Leeds" not in names(batch, Label.PERSON)
    assert not [f for f in facts(batch) if f[0] == "ENGAGED_IN"]
    assert "Chiang Mai University" in names(run("said Chiang Mai University researcher Somchai Jaidee."),
                                            Label.ORGANIZATION)


def test_a_modifier_capitalized_only_by_opening_a_sentence_names_no_body() -> None:
    for text in ("Local police rescued the nine workers after a raid on the house in Myawaddy on Monday.",
                 "\u201cRegional police forces have raided three casinos,\u201d the spokesman said.",
                 "Border authorities at the gate received 40 citizens on Wednesday."):
        batch = run(text)
        assert not names(batch, Label.AGENCY), text
        assert not [f for f in facts(batch) if f[0] == "CONDUCTED"], text
    assert "Kong Pisei district police" in names(run("Kong Pisei district police arrested 12 people."), Label.AGENCY)


def test_a_body_named_after_a_town_is_no_person_after_a_title() -> None:
    """"chief of Huai Khwang Police Station": a run holding a body's head word names no person,
    even where a town's name in it and the title before it would make one ("arrested Rodel Santos")."""
    batch = run("Col. Somchai Jaidee, chief of Huai Khwang Police Station, said the suspects had fled Myanmar.")
    assert not [n for n in names(batch, Label.PERSON) if "Station" in n]
    assert "Rodel Santos" in names(run("Police arrested Rodel Santos in Manila on Monday."), Label.PERSON)


def test_a_family_name_told_alone_after_the_full_name_is_no_town() -> None:
    batch = run("NBI Director Jaime B. Santiago said 18 Chinese nationals were arrested in Paranaque City. "
                "Santiago said the leader tried to bribe the agents.")
    assert "Santiago" not in names(batch, Label.LOCATION)
    batch = run("Police flew the men from Santiago, Chile, to Manila. Officer Ana Santiago said they were safe.")
    assert "Santiago" in names(batch, Label.LOCATION)  # (Chile is named: the town may be meant)
