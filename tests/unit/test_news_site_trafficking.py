"""Human trafficking is laid on a site only where the sentence names the site: "those trafficked
were forced to work long hours", told after a compound was named, is the people's trafficking,
not a scam the compound ran (development articles 64 and 68, audit pages j20 and o13). The scams
the workers were made to run still go to the site the story is about, and a site named with the
trafficking keeps it. Sentences and names are made up."""

from tests.unit.test_news_extraction import facts, run


def _site_scams(text: str) -> set[tuple[str, str]]:
    return {(f[1], f[2]) for f in facts(run(text)) if f[0] == "ENGAGED_IN" and not f[1].startswith(("raid", "rescue", "arrest"))}


def test_trafficked_people_told_without_the_site_give_it_no_trafficking() -> None:
    scams = _site_scams("Soldiers raided Golden Lotus Park in Myawaddy on Monday and freed 40 Kenyans.\n"
                        "Those trafficked were forced to work on online fraud for 16 hours a day.")
    assert ("Golden Lotus Park", "human trafficking") not in scams
    assert ("Golden Lotus Park", "online fraud") in scams


def test_a_site_named_with_the_trafficking_keeps_it() -> None:
    scams = _site_scams("Soldiers raided Golden Lotus Park in Myawaddy on Monday.\n"
                        "The 40 Kenyans had been trafficked to Golden Lotus Park and forced to work on online fraud.")
    assert ("Golden Lotus Park", "human trafficking") in scams
