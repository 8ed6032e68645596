"""A headline tells a done act in the present tense: "Province receives 67 citizens returning
home" is a return as "received" is; the plain infinitive ("ready to receive") stays an aim."""

from tests.unit.test_news_extraction import facts, run


def test_a_headline_s_receives_counts_a_return() -> None:
    found = facts(run("Lao Cai Province receives 41 Vietnamese citizens coming home from Laos"))
    assert any(f[0] == "REPATRIATED" and f[2:] == ("VN", 41) for f in found)


def test_a_country_receiving_its_own_citizens_names_their_nationality() -> None:
    found = facts(run("Indonesia receives 120 citizens freed from scam compounds"))
    assert any(f[0] == "REPATRIATED" and f[2:] == ("ID", 120) for f in found)


def test_ready_to_receive_is_no_return_yet() -> None:
    found = facts(run("The province is ready to receive 40 Vietnamese citizens next week."))
    assert not any(f[0] == "REPATRIATED" for f in found)
