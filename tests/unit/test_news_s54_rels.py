"""Relations whose two ends are right but the link is not (session 54; made-up names and numbers):
- "The three freed men, Arun Velan (22) from Salem district, ...": a place after a person's age and
  "from" (or after a name and "from X district") is where that person comes from, no place of the
  rescue told in the same sentence; the verb's own "from" still places the act;
- "Officers seized phones stolen in X": where the things were got (stolen, bought, registered) is
  no place of the seizure."""

from tests.unit.test_news_extraction import events, facts, run


def _places(text: str) -> set[str]:
    return {t for r, s, t, c in facts(run(text)) if r == "OCCURRED_AT"}


def test_a_persons_home_after_the_age_is_no_place_of_the_rescue() -> None:
    text = ("Police in Myanmar rescued three Indian youths last week. The three rescued men, Arun Velan (22) "
            "from Salem district, along with two of his cousins, had been promised office jobs.")
    assert ("RESCUED", "rescue@2026-10-05/2026-10-11", "Arun Velan", None) in facts(run(text))
    assert "Salem" not in _places(text)
    text = ("Police in Myanmar rescued three Indian youths last week. One of them, Arun Velan, 22, "
            "from Salem, had been promised an office job.")
    assert "Salem" not in _places(text)
    # (the verb's own "from" still tells where the people were taken from)
    assert "Salem" in _places("Police rescued 14 workers from Salem on Monday.")


def test_a_named_persons_home_district_is_no_place_of_the_rescue() -> None:
    text = ("Police in Myanmar rescued three Indian youths last week. The three rescued men, Arun Velan "
            "from Salem district, along with two of his cousins, had been promised office jobs.")
    assert "Salem" not in _places(text)
    # (people named by their nationality are taken from the district: the rescue's place)
    assert "Salem" in _places("Police rescued 20 Kenyans from Salem district on Monday.")


def test_where_seized_things_were_got_is_no_place_of_the_seizure() -> None:
    text = "Police seized 60 laptops and phones reportedly stolen in Kenya and sent on to Laos."
    assert "seizure@" in events(run(text))
    assert "Kenya" not in _places(text)
    text = "Officers raided a house in Kampot and seized 300 SIM cards bought in Thailand."
    assert _places(text) == {"house in Kampot"}
