"""A body whose partners are named in a long aside before its verb ("The commission, working with
agents of two police units and the coast guard of the province, raided ...") carried the act
out, as when the aside is short (audit 39D: a Philippine commission lost its raids to its partner
because the aside ran past twelve words before its closing comma). Police who "served" a warrant
carried it out."""

from tests.unit.test_news_extraction import facts, run


def test_the_body_before_a_long_aside_of_partners_conducted_the_raid() -> None:
    batch = run("The Presidential Anti-Organized Crime Commission (PAOCC), working with agents of the Criminal "
                "Investigation and Detection Group and the town police of Capas, raided a resort in Capas on Tuesday.")
    assert ("CONDUCTED", "Presidential Anti-Organized Crime Commission", "raid@2026-10-13", None) in facts(batch)


def test_police_who_served_a_warrant_carried_it_out() -> None:
    batch = run("The Criminal Investigation and Detection Group served an arrest warrant on the owner of a resort in Capas.")
    assert any(f[:2] == ("CONDUCTED", "Criminal Investigation and Detection Group") and f[2].startswith("warrant@")
               for f in facts(batch))
