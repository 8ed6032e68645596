"""State bodies as outlets of many countries write them, and what they did (session 57; made-up
names, numbers and sentences):
- "the X Commission, XC, on Thursday arrested ...": a short form set off by commas, as Nigerian and
  Kenyan outlets write it, opens no aside; the time after it leads on to the body's verb;
- "Police in <town>, <province>, arrested ...": a place between two commas says where the town lies,
  it opens no list of places, so the town's police acted; where the story names the town's
  "Police Department", the two are one body;
- "<town> tourist police", "<town> cyber crime police (station)": a police unit in lower case after
  a town is the town's body, as "<town> district police" is;
- "the X Police's anti-trafficking unit arrested", "the X Bureau's anti-fraud centre said": a body
  acts and speaks through its own unit named in lower case after its possessive;
- "the DMW", "MCMC": short forms of Philippine and Malaysian bodies read alone."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def _rels(text: str, rel: str) -> set[tuple[str, str]]:
    return {(s, t.split("@")[0]) for r, s, t, _c in facts(run(text)) if r == rel}


def test_a_short_form_between_commas_leads_on_to_the_verb() -> None:
    found = _rels("The Lotland Fraud Commission, LFC, on Thursday detained 57 Velorian men in a sweep of a "
                  "hostel in Quillatown.", "CONDUCTED")
    assert ("Lotland Fraud Commission", "raid") in found, found
    found = _rels("The Directorate of Criminal Investigations, DCI, on Friday freed 19 Velorian women "
                  "from a flat in Brenholt.", "CONDUCTED")
    assert ("Directorate of Criminal Investigations", "rescue") in found, found


def test_a_place_between_commas_opens_no_list_of_places() -> None:
    found = _rels("Police in Mae Sot, Tak province, detained 47 Velorian suspects on Monday.", "CONDUCTED")
    assert ("Mae Sot police", "detention") in found, found
    # (guard, passes on the pristine code too: a list of towns names no body that acted)
    assert not _rels("Police in Mae Sot, Phnom Penh and Vientiane detained 47 Velorian suspects on Monday.",
                     "CONDUCTED")


def test_a_towns_placed_police_fold_into_its_police_department() -> None:
    batch = run("Police in Mae Sot, Tak province, detained 47 Velorian suspects on Monday. The 47 were "
                "taken to the Mae Sot Police Department for questioning.")
    bodies = names(batch, Label.AGENCY)
    assert "Mae Sot Police Department" in bodies and "Mae Sot police" not in bodies, bodies
    assert ("CONDUCTED", "Mae Sot Police Department", "detention@2026-10-12", None) in facts(batch), facts(batch)


def test_a_towns_police_unit_in_lower_case_is_its_body() -> None:
    found = _rels("Brenholt tourist police detained four Velorian brokers on Tuesday.", "CONDUCTED")
    assert ("Brenholt tourist police", "detention") in found, found
    found = _rels("Officers of the Brenholt cyber crime police station detained two youths on Monday for "
                  "sending 19 men to Quillatown.", "CONDUCTED")
    assert ("Brenholt cyber crime police station", "detention") in found, found


def test_a_body_acts_and_speaks_through_its_own_unit() -> None:
    found = _rels("The Lotland Police's anti-trafficking unit detained four Velorian brokers on Wednesday.",
                  "CONDUCTED")
    assert ("Lotland Police", "detention") in found, found
    found = _rels("The Criminal Investigation Bureau's anti-fraud centre said on Friday that 16 Velorian "
                  "workers were held at a port in Quillatown.", "ANNOUNCED")
    assert ("Criminal Investigation Bureau", "detention") in found, found


def test_a_unit_written_as_a_name_is_a_body_of_its_own() -> None:
    """Guard (passes on the pristine code too): a unit in capitals keeps its own name."""
    found = _rels("The Lotland Police's Anti-Trafficking Unit detained four Velorian brokers on Wednesday.",
                  "CONDUCTED")
    assert {s for s, _t in found} == {"Lotland Police Anti-Trafficking Unit"}, found


def test_short_forms_of_philippine_and_malaysian_bodies() -> None:
    assert "Department of Migrant Workers" in names(run(
        "The DMW said on Wednesday it had flown home 18 Velorian-born workers."), Label.AGENCY)
    assert "Malaysian Communications and Multimedia Commission" in names(run(
        "MCMC said on Tuesday it had blocked 900 pages run by the Kelvan ring."), Label.AGENCY)
