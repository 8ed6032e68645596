"""Audit 51, fixer "roles": who a person works for and which people a person belongs to, read
across many outlets' constructions; and the bodies that help an act (made-up people and bodies;
real countries)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def _rels(text: str, rel: str) -> set[tuple[str, str]]:
    return {(src, dst) for r, src, dst, _count in facts(run(text)) if r == rel}


def test_a_group_opening_the_clause_after_according_to_is_not_the_speakers_people() -> None:
    text = ("Lana Reyes, the envoy, spoke on Monday. According to Reyes, the total number "
            "of Filipinos freed so far from compounds in Zembla had reached 90.")
    assert ("Lana Reyes", "PH") not in _rels(text, "HAS_NATIONALITY")


def test_a_tenure_word_before_a_title_makes_no_body() -> None:
    batch = run("Acting Police Spokesman DIG Nimal Verak said 30 people were arrested on Monday.")
    assert not {n for n in names(batch, Label.AGENCY) if n.lower().startswith("acting")}
    assert "Nimal Verak" in names(batch, Label.PERSON)


def test_the_unit_owned_by_a_body_is_the_employer() -> None:
    text = ("Commander Tonan Pirak of the Thai army's Kestrel Task Force said 12 Japanese were rescued on Monday. "
            "Lieutenant General Mok Dara, deputy head of the Home Ministry's immigration department, "
            "said 40 Chinese were deported on Tuesday.")
    found = _rels(text, "WORKS_FOR")
    assert ("Tonan Pirak", "Kestrel Task Force") in found and ("Tonan Pirak", "Thai army") not in found
    assert ("Mok Dara", "Immigration Department") in found and ("Mok Dara", "Home Ministry") not in found


def test_a_ministry_spokesperson_works_for_the_one_ministry_named() -> None:
    text = ("The Ministry of Foreign Affairs said 40 Vietnamese were rescued on Monday. The ministry's spokeswoman "
            "Tran Thi Lua said they were safe. Ministry spokesperson Budi Harso also confirmed their return.")
    found = _rels(text, "WORKS_FOR")
    assert {("Tran Thi Lua", "Ministry of Foreign Affairs"), ("Budi Harso", "Ministry of Foreign Affairs")} <= found
    two = ("Both the Ministry of Labour and the Ministry of Foreign Affairs said 40 Vietnamese were rescued on Monday. "
           "Ministry spokesperson Budi Harso also confirmed their return.")
    assert not {dst for src, dst in _rels(two, "WORKS_FOR") if src == "Budi Harso"}  # (which of the two: unsaid)


def test_a_partner_in_liaison_takes_part() -> None:
    def acts(text: str) -> set[tuple[str, str, str]]:
        return {(rel, src, dst.split("@")[0]) for rel, src, dst, _count in facts(run(text))}

    found = acts("Our ministry, in liaison with the Zorvan Agency and the Government of Laos, has rescued 24 "
                 "Kenyans on Monday.")
    assert {("PARTICIPATED_IN", "Government of Laos", "rescue"), ("PARTICIPATED_IN", "Zorvan Agency", "rescue")} <= found
    assert ("CONDUCTED", "Government of Laos", "rescue") not in found


def test_a_speakers_own_title_after_according_to_keeps_his_nationality() -> None:
    text = "According to Kim Doyun, the Korean Ambassador, 40 Koreans were rescued on Monday."
    assert ("Kim Doyun", "KR") in _rels(text, "HAS_NATIONALITY")
