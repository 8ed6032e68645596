"""Numbers that count no new people: a partitive "N of whom" / "N of them" counts part of the
group just named, not people to add to it (unseen Bangkok Post page d36: "They apprehended 10
Chinese nationals, six of whom were wanted" gave ARRESTED 16); an age written "19 year old" is no
count (Thaiger page d37 gave ARRESTED 19). Made-up sentences."""

from tests.unit.test_news_extraction import facts, run


def _arrested(text: str, iso2: str) -> set[object]:
    return {count for rel, _s, target, count in facts(run(text)) if rel == "ARRESTED" and target == iso2}


def test_people_of_whom_some_are_told_apart_are_not_added_to_them() -> None:
    assert _arrested("Police arrested 12 Vietnamese nationals, five of whom were wanted on warrants, on Monday.", "VN") == {12}


def test_a_list_of_people_of_one_nationality_still_adds_up() -> None:
    assert _arrested("Police arrested eight Singaporean men and one Singaporean woman on Monday.", "SG") == {9}


def test_an_age_written_without_hyphens_is_no_count() -> None:
    assert _arrested("On Tuesday, a 23 year old Chinese man was arrested at his condominium in Bangkok.", "CN") <= {1, None}
    assert _arrested("Police arrested 23 Chinese nationals at a condominium in Bangkok on Tuesday.", "CN") == {23}
