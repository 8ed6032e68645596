"""A group that acts against scam workers runs no scams (audit 37r): "the Lahu Defence Army transferred
52 Vietnamese citizens engaged in internet fraud work to Vietnam" makes the fraud the workers', and a
warning ("if any flats are rented to online fraud gangs, the buildings would be seized") is no finding."""

from tests.unit.test_news_extraction import facts, run


def test_a_group_that_transferred_scam_workers_engaged_in_no_scam() -> None:
    found = facts(run("On June 3, the Lahu Defence Army (LDA) Legal Bureau transferred 52 Vietnamese citizens engaged "
                      "in internet fraud work to Vietnam, local sources said."))
    assert not any(f[0] == "ENGAGED_IN" and f[1] == "Lahu Defence Army" for f in found)


def test_a_warning_to_landlords_is_no_finding() -> None:
    found = facts(run("The Lahu Defence Army also said that if any flats or shophouses are rented to online fraud "
                      "gangs, the buildings would be seized by the group."))
    assert not any(f[0] == "ENGAGED_IN" for f in found)
