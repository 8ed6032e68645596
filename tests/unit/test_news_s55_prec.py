"""Precision of relations that are not counts (session 55; made-up names, bodies and days):
- "..., Deputy Director Mr A of the Bureau of Public Security of Zorvania and Police Colonel B of
  the Harbour Immigration Office": a titled person after "and" ends the body's name before it
  (no body "... of Zorvania and Police Colonel B of ...", no WORKS_FOR to it);
- "Police Maj-Gen A of the Kestrel Police Force": a force's word before a hyphenated rank is the
  person's title, not the start of a body's name;
- "A B, Kestrel News, 19 March 2025" above the story: a byline with its outlet and filing day
  names the page's writer, who does not work for anyone in the story;
- "The director of the Harbour Bureau, A B, said/announced ...": the named person set off after
  the role and its body speaks, the body does not (convention 3), as in "A B, director of the
  Harbour Bureau, said"."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run

_GUESTS = ("The handover was attended by Deputy Director-General Mr Wu Lan Fei of the Criminal Investigation "
           "Department of Public Security of Zorvania and Police Colonel Somsak Rattana of No 5 Immigration "
           "Department of Kestrel's Tak Province, officials said on Monday.")


def test_a_titled_guest_after_and_ends_the_body_before_it() -> None:
    built = run(_GUESTS)
    agencies = names(built, Label.AGENCY)
    assert "Criminal Investigation Department of Public Security of Zorvania" in agencies, agencies
    assert not any("Somsak" in a or "Colonel" in a for a in agencies), agencies
    works = {(s, t) for r, s, t, c in facts(built) if r == "WORKS_FOR"}
    assert ("Wu Lan Fei", "Criminal Investigation Department of Public Security of Zorvania") in works, works


def test_a_courtesy_title_after_and_ends_the_body_before_it() -> None:
    built = run("The talks were joined by Director Aye Min of the Department of Border Affairs of Zorvania and "
                "Mr Tan Boon Kiat of the Harbour Customs Office on Monday.")
    agencies = names(built, Label.AGENCY)
    assert not any("Tan Boon" in a for a in agencies), agencies


def test_a_body_with_two_fields_still_goes_on_over_and() -> None:
    built = run("The Ministry of Labour and Vocational Training said on Monday that 40 workers had returned home.")
    assert "Ministry of Labour and Vocational Training" in names(built, Label.AGENCY)


def test_a_force_word_before_a_hyphenated_rank_is_a_title() -> None:
    built = run("Police Maj-Gen Aung Min Htet of the Kestrel Police Force said 40 people were arrested in a raid "
                "on Monday.")
    agencies = names(built, Label.AGENCY)
    assert not any("Aung" in a for a in agencies), agencies
    assert ("WORKS_FOR", "Aung Min Htet", "Kestrel Police Force", None) in facts(built)


def test_a_byline_with_its_outlet_and_filing_day_names_no_worker() -> None:
    for day in ("19 March 2025", "March 19, 2025"):
        built = run(f"Aung Thiha Soe, Kestrel News, {day}\nReports from state newspapers on March 19 say that the "
                    "junta has expelled 25 Zorvanian citizens involved in online scams.")
        assert not [f for f in facts(built) if f[0] == "WORKS_FOR"], facts(built)
        assert "Aung Thiha Soe" not in names(built, Label.PERSON)


def test_a_named_person_of_an_outlet_in_a_sentence_still_works_for_it() -> None:
    built = run("Aung Thiha Soe, a spokesman for the Kestrel Police Force, said on 19 March 2025 that 25 people "
                "were arrested in a raid.")
    assert ("WORKS_FOR", "Aung Thiha Soe", "Kestrel Police Force", None) in facts(built)


def test_the_person_named_after_a_role_and_its_body_speaks() -> None:
    built = run("The Director of the Department of Border Protection and Anti-Smuggling, Arun Dee, announced the "
                "rescue of 12 Zorvanian workers at a press conference on Monday.")
    announced = {(s, t) for r, s, t, c in facts(built) if r == "ANNOUNCED"}
    assert announced and {s for s, _t in announced} == {"Arun Dee"}, facts(built)
    works = {(s, t) for r, s, t, c in facts(built) if r == "WORKS_FOR"}
    assert works == {("Arun Dee", "Department of Border Protection and Anti-Smuggling")}, works
    built = run("The head of the Kestrel Immigration Bureau, Arun Dee, said 12 workers had been rescued on Monday.")
    assert not [f for f in facts(built) if f[0] == "ANNOUNCED" and f[1] == "Kestrel Immigration Bureau"], facts(built)


def test_a_body_that_speaks_itself_still_announces() -> None:
    built = run("The Kestrel Immigration Bureau said 12 workers had been rescued on Monday.")
    assert any(f[0] == "ANNOUNCED" and f[1] == "Kestrel Immigration Bureau" for f in facts(built)), facts(built)
