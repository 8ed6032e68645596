"""Where a sending home happened: the port its people crossed or landed at, never the place they left."""

from tests.unit.test_news_extraction import facts, run


def _where(batch) -> set[tuple[str, str]]:
    return {(f[1].split("@")[0], f[2]) for f in facts(batch) if f[0] == "OCCURRED_AT"}


def test_people_received_at_a_border_gate_were_sent_home_there() -> None:
    batch = run("Border guards received 30 citizens deported from Laos at the Ban Nong Border Gate on Friday.")
    assert ("deportation", "Ban Nong Border Gate") in _where(batch)


def test_a_landing_after_a_return_tells_where_the_return_ended() -> None:
    batch = run("Twenty suspects were repatriated from Cambodia on Friday. "
                "The chartered plane carrying them landed at Kota Bharu Airport in the evening.")
    assert ("repatriation", "Kota Bharu Airport") in _where(batch)


def test_the_airport_people_left_from_is_not_where_they_were_sent_home() -> None:
    batch = run("Twenty suspects were repatriated from Cambodia on Friday. "
                "Their plane took off after leaving Siem Reap Airport in the morning.")
    assert not [w for w in _where(batch) if w[1] == "Siem Reap Airport"]


def test_a_landing_with_no_return_told_before_is_no_event_place() -> None:
    batch = run("The minister's plane landed at Kota Bharu Airport on Friday.")
    assert not _where(batch)


def test_a_town_beside_a_return_is_still_not_where_it_happened() -> None:
    batch = run("Police repatriated 15 workers to their homes in Kampot on Friday.")
    assert not [w for w in _where(batch) if w[0] == "repatriation"]


def test_an_escape_happened_at_the_river_it_crossed() -> None:
    batch = run("The workers managed to escape from the guards, crossing the Mekong River to reach Thailand.")
    assert ("escape", "Mekong River") in _where(batch)


def test_an_escape_only_tried_is_no_event() -> None:
    batch = run("The workers tried to escape from the guards by crossing the Mekong River.")
    assert not [w for w in _where(batch) if w[0] == "escape"]


def test_an_extradition_flight_arriving_at_an_airport_happened_there() -> None:
    batch = run("Forty suspects were extradited from Laos on Friday. The suspects arrived at Changi Airport "
                "in Singapore, on two chartered flights operated by the air force.")
    assert ("extradition", "Changi Airport") in _where(batch)


def test_a_port_some_way_after_a_handover_in_one_clause_is_its_place() -> None:
    batch = run("Laos deported 45 citizens, identified as illegal residents, to the border police "
                "station at the Ban Nong International Border Gate on Friday.")
    assert ("deportation", "Ban Nong International Border Gate") in _where(batch)


def test_a_place_of_a_second_passive_predicate_is_not_the_arrests() -> None:
    batch = run("A man arrested on the plane on Monday is escorted at Narita Airport by officers.")
    assert not [w for w in _where(batch) if w[0] == "arrest"]


def test_a_place_right_after_the_arrest_is_still_its_place() -> None:
    batch = run("Police arrested 12 men at Narita Airport on Monday.")
    assert ("arrest", "Narita Airport") in _where(batch)


def test_a_place_after_the_agent_of_by_is_where_the_agent_acted() -> None:
    batch = run("Forty Thai workers were detained by Cambodian authorities in Kampot on Monday.")
    assert ("detention", "Kampot") in _where(batch)


def test_the_seat_of_a_speaking_authority_is_still_not_the_events_place() -> None:
    batch = run("Forty Thai workers were detained in Poipet on Monday, authorities in Phnom Penh said.")
    assert ("detention", "Phnom Penh") not in _where(batch)


def test_a_port_named_with_its_number_is_where_people_were_sent_home() -> None:
    for port in ("Noi Bai Terminal 2", "the Lao-Thai Friendship Bridge No. 3"):
        batch = run(f"Some 40 Lao nationals were deported on Monday via {port}.")
        assert [f for f in facts(batch) if f[0] == "OCCURRED_AT" and f[1].startswith("deportation")], port
