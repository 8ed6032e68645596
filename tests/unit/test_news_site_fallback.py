"""Where a sentence names no site but tells what people were made to do, the reader gives its scams to
the site the story is about. Their trafficking stays theirs (64, 68; audit pages j20, o13; main's
test_news_trafficked_workers.py has the same kind). Nor does such a sentence tell of the story's site
when it speaks of such places in the plural (59), cites a study's findings (audit pages o13, a31) or
tells what might be (audit page k07). A sentence that names the site keeps every scam it tells of it."""

from tests.unit.test_news_extraction import facts, run

_RAID = "Police raided a compound in Poipet on Monday and freed 40 workers. "


def _site_scams(text: str) -> set[str]:
    return {fact[2] for fact in facts(run(text)) if fact[0] == "ENGAGED_IN" and fact[1] == "compound in Poipet"}


def test_victims_of_trafficking_forced_to_work_give_the_site_only_the_work() -> None:
    found = _site_scams(_RAID + "Victims of human trafficking, they had been forced to work in online fraud "
                                "for months.")
    assert found == {"online fraud"}


def test_those_trafficked_and_forced_to_run_scams() -> None:
    assert _site_scams(_RAID + "Those trafficked were forced to run romance scams.") == {"romance scam"}


def test_a_sentence_naming_the_site_keeps_the_trafficking() -> None:
    found = _site_scams(_RAID + "The workers said they were trafficked to the compound in Poipet and forced "
                                "to run romance scams there.")
    assert found == {"human trafficking", "romance scam"}


def test_a_sentence_about_such_places_in_the_plural_gives_the_site_nothing() -> None:
    """"lures workers to casinos or compounds, where they are forced to ...": places of that kind in
    general, not the story's site (59)."""
    assert _site_scams(_RAID + "The gang lures workers with fake job offers to casinos or compounds, where "
                               "they are forced to run romance scams.") == set()


def test_the_compounds_told_before_still_get_the_work() -> None:
    assert _site_scams(_RAID + "Inside the compounds, workers were forced to run romance scams.") == {"romance scam"}


def test_a_studys_finding_about_the_region_gives_the_site_nothing() -> None:
    """"According to a report by the UN, thousands are forced to run ...": a finding told of the
    region, not of the story's site (audit pages o13, a31)."""
    assert _site_scams(_RAID + "A study by a Dutch university found that some 5,000 people in the "
                               "region had been forced to run romance scams.") == set()


def test_what_might_happen_to_people_gives_the_site_nothing() -> None:
    """"they would likely end up held by gangs running ...": a possibility, not the site's trade (k07)."""
    assert _site_scams(_RAID + "Officers warned that job seekers would likely end up forced to run romance "
                               "scams.") == set()


def test_a_month_may_is_no_modal() -> None:
    assert _site_scams(_RAID + "In May, the workers were forced to run romance scams.") == {"romance scam"}
