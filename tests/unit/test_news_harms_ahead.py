"""People a scam harmed, counted before the case against it is told, are the victims of the first
investigation or charge told after them (the guidelines put victims on the case, never on an act
done to the suspects such as their arrest): "upheld a sentence for a man who trafficked five
Taiwanese ... He was first convicted in June 2023" (audit c07), "arrested two people who allegedly
trafficked 20 Indonesians ... were named suspects" (i05)."""

from tests.unit.test_news_extraction import facts, run


def _harmed(text: str) -> set[tuple[str, str, object]]:
    return {(f[1].split("@")[0], f[2], f[3]) for f in facts(run(text)) if f[0] == "AFFECTED"}


def test_people_harmed_before_the_case_is_told_are_its_victims() -> None:
    text = ("The High Court confirmed a jail term for a woman who trafficked seven Taiwanese to work for scam "
            "gangs in Cambodia. She was first convicted by the Kaohsiung District Court in March 2024.")
    assert ("charge", "TW", 7) in _harmed(text)


def test_without_a_case_the_harmed_people_go_on_no_arrest() -> None:
    text = ("Officers arrested three men who allegedly trafficked 14 Indonesians to Cambodia. "
            "The victims flew home last week.")
    assert _harmed(text) == set()


def test_people_a_relative_clause_describes_wait_for_no_case() -> None:
    text = ("The embassy helped bring 240 Vietnamese workers, who were trafficked and sold to scam bosses, "
            "back to Vietnam. Police later opened an investigation into the recruiters.")
    assert not any(code == "VN" for _, code, _ in _harmed(text))
