""""Locals" counted beside foreigners in a story set in one country are that country's people:
"arrested 40 people, six locals and 34 foreigners". Where the story names places in several
countries with none holding most of them, the locals are nobody's count. Names, places and
numbers are invented."""

from tests.unit.test_news_extraction import facts, run


def _counted(text: str) -> set[tuple[str, str, object]]:
    return {(kind, end, count) for kind, _, end, count in facts(run(text)) if count is not None}


def test_locals_in_a_story_set_in_one_country() -> None:
    found = _counted("Police raided three houses in Penang on 3 May 2025 and arrested 40 people, "
                     "comprising six locals and 34 foreigners, police in George Town said.")
    assert ("ARRESTED", "MY", 6) in found


def test_locals_in_a_story_of_several_countries_are_nobodys() -> None:
    found = _counted("Police in Bangkok and officers in Phnom Penh and Vientiane and Hanoi arrested "
                     "40 people on 3 May 2025, six locals and 34 foreigners.")
    assert not {f for f in found if f[2] == 6}


def test_a_foreigner_count_gets_no_nationality() -> None:
    found = _counted("Police raided three houses in Penang on 3 May 2025 and arrested 40 people, "
                     "comprising six locals and 34 foreigners.")
    assert not {f for f in found if f[2] == 34}
