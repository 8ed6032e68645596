""""N more" and "another N" count further people of the kind just counted, so they take their
nationality: "45 Laotians were freed in 2021, and 310 more in 2023". None where the people before
were of several nationalities, where the acts cross sides (suspects, then victims), or for
"others" beside one person. Names, places and numbers are invented."""

from tests.unit.test_news_extraction import facts, run


def _counted(text: str) -> set[tuple[str, str, object]]:
    return {(kind, end, count) for kind, _, end, count in facts(run(text)) if count is not None}


def test_more_in_the_same_sentence() -> None:
    found = _counted("In 2021, 45 Laotians were rescued from such compounds, and in June 2023, "
                     "310 more were freed from similar sites in Myanmar.")
    assert ("RESCUED", "LA", 310) in found


def test_another_in_the_next_sentence() -> None:
    found = _counted("Soldiers rescued 38 Bhutanese from a compound in Myawaddy on 3 May 2025. "
                     "Another 17 were freed on 9 May 2025.")
    assert ("RESCUED", "BT", 17) in found


def test_more_after_two_nationalities_is_nobodys() -> None:
    found = _counted("Soldiers rescued 38 Bhutanese and 12 Laotians in Myawaddy on 3 May 2025. "
                     "Twenty more were freed on 9 May 2025.")
    assert not {f for f in found if f[2] == 20}


def test_more_victims_after_suspects_is_nobodys() -> None:
    found = _counted("Police arrested 38 Bhutanese in Myawaddy on 3 May 2025. Twenty more were freed on 9 May 2025.")
    assert not {f for f in found if f[2] == 20}


def test_others_beside_one_person_are_nobodys() -> None:
    found = _counted("Soldiers rescued a Bhutanese man and 20 others from a compound in Myawaddy on 3 May 2025.")
    assert not {f for f in found if f[2] == 20}
