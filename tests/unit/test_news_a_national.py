""""a <demonym or country> national" as the last item of a list of people counted by nationality is
one person ("a" is one, as in "and a Filipino"): it takes the list's act with a count of one."""

from tests.unit.test_news_extraction import facts, run


def _arrested(text: str) -> set[tuple[str, object]]:
    return {(f[2], f[3]) for f in facts(run(text)) if f[0] == "ARRESTED"}


def test_a_country_national_ends_a_list() -> None:
    text = "Police in Lima arrested 20 foreigners on Monday: 12 Bolivians, seven Chileans and a Peru national.\n"
    assert ("PE", 1) in _arrested(text)


def test_a_demonym_national_after_a_counted_group() -> None:
    text = "Officers said six Bolivian nationals and a Chilean national were arrested in Lima on Monday.\n"
    assert {("BO", 6), ("CL", 1)} <= _arrested(text)


def test_a_country_named_before_another_noun_is_no_person() -> None:
    text = "Police in Lima arrested 20 Bolivians on Monday and seized a Peru national flag.\n"
    assert ("PE", 1) not in _arrested(text)
