"""Event words that tell no happening: a negative subject denies the act ("no one was arrested",
"none of them escaped"; article 142), as "not" before the verb does; and captors taking the
workers' own devices is abuse told, no seizure by an authority (article 139), as their passports
already were. Tests in made-up words."""

from tests.unit.test_news_extraction import events, run


def _kinds(text: str) -> set[str]:
    return {key.split("@")[0] for key in events(run(text))}


def test_none_of_them_escaping_is_no_escape() -> None:
    kinds = _kinds("Officers raided the Lotus Reach building in Vientiane on Monday. None of the 41 men inside "
                   "escaped, the commander said.")
    assert "raid" in kinds
    assert "escape" not in kinds
    assert "escape" not in _kinds("Officers raided the Lotus Reach building on Monday. During the raid, nobody "
                                  "among the 41 men inside was able to escape.")


def test_no_one_was_arrested_is_no_arrest() -> None:
    assert "arrest" not in _kinds("No one was arrested at the Harbour Crest casino in Bokeo on Monday, police said.")
    assert "detention" not in _kinds("Nobody has been detained over the fire at the Harbour Crest casino in Bokeo "
                                     "on Monday.")


def test_an_escape_told_after_a_denial_in_another_clause_stays() -> None:
    assert "escape" in _kinds("None of the guards were hurt, and 16 Ugandan workers escaped from the compound "
                              "on Friday.")


def test_captors_taking_the_workers_devices_is_no_seizure() -> None:
    assert "seizure" not in _kinds("The 12 Tanzanians were paid little, and their mobile devices were confiscated "
                                   "by the gang to cut them off.")


def test_police_seizing_devices_is_a_seizure() -> None:
    assert "seizure" in _kinds("Police raided the Golden Wren compound in Kratie on Tuesday and seized 230 "
                               "mobile devices.")


def test_none_or_not_one_of_the_counted_people_tells_no_act_and_no_count() -> None:
    batch = run("None of the 45 Thais held in Poipet has been charged, police said on Monday.")
    assert not [e for e in batch.edges if e.type.value == "CHARGED"]
    batch = run("Not one of the 12 Kenyans was freed, their relatives said on Monday.")
    assert not [e for e in batch.edges if e.type.value == "RESCUED"]
    assert "rescue" not in _kinds("Not one of the 12 Kenyans was freed, their relatives said on Monday.")
    batch = run("Police rescued one of the 12 Kenyans in Myawaddy on Monday.")
    assert [e.properties.get("count") for e in batch.edges if e.type.value == "RESCUED"] == [1]


def test_an_act_in_a_clause_a_verb_of_denial_governs_did_not_happen() -> None:
    assert "detention" not in _kinds("The ministry denied that any Vietnamese had been detained in Myawaddy.")
    assert "arrest" not in _kinds("Police in Poipet dismissed reports of mass arrests on Monday.")
    assert "arrest" in _kinds("He denied wrongdoing after he was arrested in Manila on Monday.")
    assert "rescue" in _kinds("Police denied reports that foreigners had been detained, saying 12 Thais were "
                              "rescued in Poipet on Monday.")


def test_a_denied_claim_past_an_apposition_is_no_event() -> None:
    batch = run("Police in Pakse rejected reports that a Czech singer, Petra Novakova, 27, had been abducted and taken "
                "to a scam compound in Champasak.")
    assert not [n for n in batch.nodes.values() if n.label.value == "Event"]
