"""Trafficking is what was done to a site's workers, not a business of the site (audit 19; pages
64, 68, o13, j20). A sentence about workers that names no site ("victims of trafficking were
forced to run scams") gives the story's site the scams they were made to run, but their
trafficking stays theirs: no site ENGAGED_IN human trafficking from it. A sentence that names
the site itself is read as before."""

from tests.unit.test_news_extraction import facts, run


def _site_scams(text: str) -> set[str]:
    return {fact[2] for fact in facts(run(text)) if fact[0] == "ENGAGED_IN" and fact[1] == "Golden Lotus Park"}


def test_workers_trafficking_in_a_sentence_without_the_site_stays_theirs() -> None:
    scams = _site_scams("Police raided Golden Lotus Park in Myawaddy on Monday. Those trafficked there said "
                        "they were forced to work on romance scams for twelve hours a day.")
    assert "human trafficking" not in scams
    assert "romance scam" in scams


def test_victims_of_trafficking_forced_to_run_scams_give_the_site_no_trafficking() -> None:
    scams = _site_scams("Police raided Golden Lotus Park in Myawaddy on Monday. The 40 victims of human "
                        "trafficking were forced to run investment fraud.")
    assert "human trafficking" not in scams


def test_a_site_named_with_its_trafficking_keeps_it() -> None:
    scams = _site_scams("Police raided Golden Lotus Park in Myawaddy, where human trafficking and romance "
                        "scams were rife.")
    assert "human trafficking" in scams
