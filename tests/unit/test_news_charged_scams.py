"""A scam told as a charge laid on people ("filed trafficking charges against him", "charged with
fraud", "wanted for trafficking") or as a harm they suffered ("victims of trafficking") says what
the people did or suffered, not what a site named in the same sentence runs. Told as the site's
trade, the same scam stays the site's."""

from scamgraph.model import RelType
from tests.unit.test_news_extraction import run


def _site_scams(text: str) -> set[str]:
    batch = run(text)
    return {batch.nodes[e.target].name for e in batch.edges
            if e.type is RelType.ENGAGED_IN and batch.nodes[e.source].label.value == "Site"}


def test_victims_of_trafficking_rescued_from_a_site() -> None:
    text = ("More than 300 workers, many of them Vietnamese who were believed to be victims of human trafficking, "
            "were rescued from the Lucky Star compound in Kampot on Friday.")
    assert _site_scams(text) == set()


def test_charges_laid_on_a_manager_are_not_the_sites_trade() -> None:
    text = "Police arrested the manager of the Lucky Star compound and filed human trafficking charges against him."
    assert _site_scams(text) == set()


def test_a_person_wanted_for_trafficking_over_a_raided_site() -> None:
    text = "Ramos is wanted for qualified human trafficking over the raided Lucky Star compound in Kampot."
    assert _site_scams(text) == set()


def test_a_scam_told_as_the_sites_trade_stays_the_sites() -> None:
    text = "The Lucky Star compound in Kampot ran romance scams and human trafficking."
    assert _site_scams(text) == {"romance scam", "human trafficking"}
