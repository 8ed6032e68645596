"""People "transferred": to their own state a handover home, to another state a deportation, to a
place inside a country no act at all (probes of Chinese and Lao outlets' style, session 26; made-up
names)."""

from tests.unit.test_news_extraction import run


def _events(text: str) -> list[tuple[str, dict[str, object]]]:
    return [(str(n.properties["type"]), {k: v for k, v in n.properties.items() if k.startswith("count_")})
            for n in run(text).nodes.values() if n.label.value == "Event"]


def test_to_their_own_state_is_a_handover_home() -> None:
    assert _events("Lotus police transferred 104 Kenyan fraud suspects to Kenya on Friday.") \
        == [("repatriation", {"count_repatriated": 104})]
    assert _events("Lotus police transferred 104 Kenyan fraud suspects to Kenyan custody on Friday.") \
        == [("repatriation", {"count_repatriated": 104})]


def test_to_another_state_is_still_a_deportation() -> None:
    assert _events("Lotus police transferred 61 Kenyan nationals to Thai authorities on Monday.") \
        == [("deportation", {"count_deported": 61})]
    assert _events("More than 1,500 citizens from 19 countries were transferred from Myanmar to Thailand.") \
        == [("deportation", {"count_deported": 1500, "count_nationalities": 19})]


def test_to_a_place_inside_a_country_is_no_act() -> None:
    assert _events("Lotus police transferred 104 Kenyan fraud suspects to a prison in Lotus City on Friday.") == []


def test_a_handover_to_another_states_hands_is_a_deportation() -> None:
    # (probes of Kenyan and Ugandan outlets, session 26; the real-article golds read Myanmar's handovers
    # of foreigners to Thailand as deportations)
    assert _events("The militia handed over 260 foreigners, including 24 Kenyans, to the Royal Thai Army on Monday.") \
        == [("deportation", {"count_deported": 260})]
    assert _events("The 31 Kenyans were handed over to Thai immigration officers at the border on Tuesday.") \
        == [("deportation", {"count_deported": 31})]


def test_a_handover_home_or_for_repatriation_is_still_a_repatriation() -> None:
    for text in ("The 31 Kenyans were handed over to the Kenyan embassy for repatriation on Tuesday.",
                 "The 31 Kenyans were handed over to Thai officials in Mae Sot and flown home from Bangkok.",
                 "Lotus authorities handed over 35 Kenyans to Kenyan authorities on Friday."):
        assert [kind for kind, _counts in _events(text)] == ["repatriation"], text
