"""People told before, described by the nationalities most of them hold ("The workers were mostly
Thai nationals, with a few Laotians", "the majority of the held were Indonesians", "Most of them
were Cambodians"), give each nationality the group's act with no count of its own.
A sentence that opens on others, or tells no majority, parts nothing. Made-up texts."""

from tests.unit.test_news_extraction import facts, run


def _acted(text: str) -> set[tuple[str, str, object]]:
    return {(rel, code, count) for rel, _event, code, count in facts(run(text)) if len(code) == 2}


def test_most_of_the_people_told_and_some_others_take_the_groups_act() -> None:
    found = _acted("Immigration officers detained 70 foreign nationals in a raid in Pasay on Monday. The suspects "
                   "were mostly Chinese nationals, with some Malaysians and Indonesians, the bureau said.")
    assert {("DETAINED", "CN", None), ("DETAINED", "MY", None), ("DETAINED", "ID", None)} <= found


def test_most_of_them_after_a_semicolon_or_in_a_sentence_of_its_own() -> None:
    assert ("DETAINED", "ID", None) in _acted("Police detained 95 persons at three houses on Thursday; the "
                                              "majority of the detainees were Indonesians.")
    assert ("ARRESTED", "KH", None) in _acted("Police arrested 40 people in a raid on Friday. Most of them "
                                              "were Cambodians.")


def test_a_sentence_of_other_people_or_with_no_majority_parts_nothing() -> None:
    found = _acted("Police arrested 40 people in a raid on Friday. The officers were mostly Thais.")
    assert not [f for f in found if f[1] == "TH"]
    found = _acted("Police arrested 40 people in a raid on Friday. The victims were Thais.")
    assert ("ARRESTED", "TH", None) not in found
