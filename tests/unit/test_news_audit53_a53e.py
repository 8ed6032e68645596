"""Audit 53, fixer a53e (border stories): a body that unnamed sources are close to credited with
announcing what the sources said, an armed group that only knows of or tolerates the scams in
its area read as running them, a unit officer's army rank read as a police rank when the unit's
number in brackets stands between the unit and the titles (made-up towns, bodies and people)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, run


def _role(batch, name: str) -> object:
    return next(n.properties.get("role") for n in batch.nodes.values() if n.label is Label.PERSON and n.name == name)


def test_sources_close_to_a_body_speak_not_the_body() -> None:
    batch = run("Sources close to the Varnia police said officers had detained nearly 300 people in a raid "
                "in Kelmot on Monday.")
    assert not any(f[0] == "ANNOUNCED" and f[1] == "Varnia police" for f in facts(batch))
    said = run("The Varnia police said officers had detained nearly 300 people in a raid in Kelmot on Monday.")
    assert any(f[0] == "ANNOUNCED" and f[1] == "Varnia police" for f in facts(said))


def test_a_group_aware_of_scams_in_its_area_does_not_run_them() -> None:
    batch = run("The Free Brontar Army said it knows phone fraud gangs work in the land it holds, and it is aware "
                "of them but tolerates them.")
    assert not any(f[0] == "ENGAGED_IN" and f[1] == "Free Brontar Army" for f in facts(batch))
    ran = run("The Free Brontar Army ran phone scam rings in its territory.")
    assert any(f[0] == "ENGAGED_IN" and f[1] == "Free Brontar Army" for f in facts(ran))


def test_a_battalion_officer_is_no_police_officer() -> None:
    batch = run("The compound is run under the control of Brontar Battalion (412) Deputy Commander Colonel "
                "Saw Lin Tha. The Brontar Army issued a warrant for the arrest of Colonel Saw Lin Tha on 3 May.")
    assert _role(batch, "Saw Lin Tha") != "police officer"
    assert any(f[0] == "TARGETED" and f[2] == "Saw Lin Tha" for f in facts(batch))
    police = run("Pol Col Tawan Sri, deputy commander of the Kelmot police, said 12 were held.")
    assert _role(police, "Tawan Sri") == "police officer"
