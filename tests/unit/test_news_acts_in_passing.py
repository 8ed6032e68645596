"""False facts found by probing reports of rescues and arrests: a shelter is no raid's find, a
diplomatic operation raids nobody, people a suspect moved or employed are not the suspects the
arrest took, an act "had already" done is not the story's own act, a pronoun takes a whole and its
part once, and people held for months in a camp were held by their captors."""

from tests.unit.test_news_extraction import counts_of, events, facts, run



def test_people_sheltering_inside_a_country_were_found_by_no_raid() -> None:
    found = run("More than 200 Peruvians sought refuge in army shelters inside Lotland's border zone.\n")
    assert not any(rel == "FOUND" for rel, *_ in facts(found))
    assert not any(key.startswith("raid") for key in events(found))


def test_a_diplomatic_operation_is_no_raid() -> None:
    found = run("The foreign ministry confirmed the release, crediting a diplomatic operation by the embassy.\n")
    assert not any(key.startswith("raid") for key in events(found))


def test_people_the_suspects_moved_are_not_arrested() -> None:
    counted = counts_of("Four Thai guards were arrested for helping a gang move 60 Chinese across the river.\n")
    assert ("ARRESTED", "TH", 4) in counted
    assert ("ARRESTED", "CN", 60) not in counted


def test_an_act_already_done_keeps_the_story_count() -> None:
    text = ("Thirteen Peruvians were rescued from the compound. Around 32 Peruvians had already been rescued, "
            "an official said.\n")
    assert ("RESCUED", "PE", 13) in counts_of(text)


def test_a_pronoun_takes_a_whole_and_its_part_once() -> None:
    text = ("Some 300 Peruvians have been freed and 120 of them flown home. They were detained for weeks in "
            "an immigration centre.\n")
    assert all(props.get("count_detained", 0) <= 300 for key, props in events(run(text)).items())


def test_held_for_months_in_a_camp_is_captivity() -> None:
    text = ("Some 300 Peruvians have been freed and 120 of them flown home. They were detained for weeks in "
            "a militia camp.\n")
    assert not any(rel == "DETAINED" for rel, _, _ in counts_of(text))


def test_an_earlier_arrest_by_another_body_is_its_own_act() -> None:
    batch = run("Police arrested 12 Chinese in Manila. Earlier, the NBI had arrested 5 Vietnamese in Cebu.\n")
    arrests = [n.key for n in batch.nodes.values() if n.properties.get("type") == "arrest"]
    assert len(arrests) == 2
    placed = {(e.source, batch.nodes[e.target].name) for e in batch.edges if e.type.value == "OCCURRED_AT"}
    assert len({source for source, _ in placed}) == 2 and {name for _, name in placed} == {"Manila", "Cebu"}


def test_police_who_also_arrested_did_it_in_the_same_raid() -> None:
    found = facts(run("Police raided a casino in Lotown on Monday. They also arrested 5 Vietnamese.\n"))
    assert ("ARRESTED", "raid@2026-10-12", "VN", 5) in found
