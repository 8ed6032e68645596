"""A state's agency words before a law, a rule or a status ("violations of Bolivian immigration
laws", "Thai immigration status") name no body; the same words acting ("Thai immigration arrested
five men") still do."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_agency_words_before_a_law_name_no_body() -> None:
    assert not names(run("They faced charges for breaking Bolivian immigration laws.\n"), Label.AGENCY)
    assert not names(run("Their Bolivian visa status was in doubt.\n"), Label.AGENCY)
    assert names(run("Bolivian immigration arrested five men.\n"), Label.AGENCY) == {"Bolivian immigration"}
