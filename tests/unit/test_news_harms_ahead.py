"""People a scam harmed, counted before the case against it is told, are the victims of the first
investigation or charge told after them (the guidelines put victims on the case, never on an act
done to the suspects such as their arrest): "upheld a sentence for a man who trafficked five
Taiwanese ... He was first convicted in June 2023" (audit c07), "arrested two people who allegedly
trafficked 20 Indonesians ... were named suspects" (i05)."""

from tests.unit.test_news_extraction import facts, run


def _harmed(text: str) -> set[tuple[str, str, object]]:
    return {(f[1].split("@")[0], f[2], f[3]) for f in facts(run(text)) if f[0] == "AFFECTED"}


def test_people_harmed_before_the_case_is_told_are_its_victims() -> None:
    text = ("The Supreme Court upheld a prison sentence for a man who trafficked five Taiwanese to work in fraud "
            "rings in Myanmar. He was first convicted by the Taipei District Court in June 2023.")
    assert ("charge", "TW", 5) in _harmed(text)


def test_without_a_case_the_harmed_people_go_on_no_arrest() -> None:
    text = ("Police arrested two people who allegedly trafficked 20 Indonesians to Myanmar. "
            "The victims flew home last month.")
    assert _harmed(text) == set()


def test_people_a_relative_clause_describes_wait_for_no_case() -> None:
    text = ("The ministry helped bring 600 Vietnamese citizens, who were trafficked and sold into forced labor, "
            "back to Vietnam. Police later opened an investigation into the recruiters.")
    assert not any(code == "VN" for _, code, _ in _harmed(text))
