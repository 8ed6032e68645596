"""A part told of a whole that its act's noun or participle names again ("of the 38 deportees, 29
are Chinese", "of the 40 deported, 31 were Thai") belongs to that act, not to the act counted
last (the raid the deportees had been arrested in)."""

from scamgraph.model import RelType
from tests.unit.test_news_extraction import run


def _acts_on(text: str, code: str) -> set[tuple[RelType, int | None]]:
    batch = run(text)
    return {(e.type, e.properties.get("count")) for e in batch.edges
            if e.target == f"nationality:{code}" and e.type is not RelType.MENTIONS}


def test_the_deportees_breakdown_is_the_deportations() -> None:
    text = ("The immigration bureau sent home 61 foreigners on May 2 who were among 380 people arrested in April in a "
            "raid in Iloilo City. A spokesman said that of the 61 deportees, 44 are Chinese while the remainder "
            "are from Laos and Nepal.")
    # (the act was told as a sending home: its people, told again as deportees)
    assert _acts_on(text, "CN") == {(RelType.REPATRIATED, 44)}
    assert _acts_on(text, "NP") == {(RelType.REPATRIATED, None)}


def test_a_participle_whole_picks_its_own_act() -> None:
    text = ("Police arrested 75 people in a raid in Angeles on Monday and deported 33 foreigners on Friday. The bureau "
            "said that of the 33 deported, 21 were Thai.")
    assert _acts_on(text, "TH") == {(RelType.DEPORTED, 21)}


def test_parts_of_the_people_a_participle_names() -> None:
    text = ("At least 310 people were detained on Friday in a raid on a scam compound in Quezon City. The commission said "
            "that 255 of the suspects detained inside the Sampaguita Tower were Filipinos, while 39 were Vietnamese.")
    assert _acts_on(text, "PH") == {(RelType.DETAINED, 255)}
    assert _acts_on(text, "VN") == {(RelType.DETAINED, 39)}


def test_a_part_out_of_a_whole_is_the_object_of_the_verb_before_it() -> None:
    batch = run("Police in Vietnam's Ha Tinh province have repatriated 27 out of 96 suspects arrested in Cambodia for "
                "their role in a phone fraud ring.")
    counts = {n.properties["type"]: {k: v for k, v in n.properties.items() if k.startswith("count_")}
              for n in batch.nodes.values() if n.label.value == "Event"}
    assert counts["repatriation"] == {"count_repatriated": 27}
    assert "count_arrested" not in counts.get("arrest", {})

