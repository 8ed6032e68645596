"""Entities as unseen outlets write them: a ministry's or a force's department named with its
parent's possessive is a body of its own beside the parent, while a unit or a division is known
only with its parent and stays one body with it."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _agencies(text: str) -> set[str]:
    return {n.name.lower() for n in run(text).nodes.values() if n.label == Label.AGENCY}


def test_a_ministrys_lower_case_department_is_its_own_body() -> None:
    names = _agencies("Colonel Marek Dovan, an official of the Interior Ministry's immigration department, "
                      "said 40 foreigners were deported from Kampot on Monday.")
    assert "immigration department" in names
    assert "interior ministry" in names
    assert not any("ministry immigration" in name for name in names)


def test_a_ministrys_named_department_is_its_own_body() -> None:
    names = _agencies("Vera Olenko, who heads the Russian Foreign Ministry's Second Pacific Department, "
                      "said six citizens were freed in Myawaddy.")
    assert "second pacific department" in names
    assert not any("ministry second" in name for name in names)


def test_a_unit_stays_one_body_with_its_parent() -> None:
    names = _agencies("Inspector Dara Vell of the Coastal Police Agency's Cyber Crime Unit said 12 "
                      "suspects were arrested in Sihanoukville.")
    assert "coastal police agency cyber crime unit" in names


def _people(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label == Label.PERSON}


def test_a_reading_time_line_names_nobody() -> None:
    people = _people("Coast Desk\n4 Min Read\n\nPolice rescued 30 workers from a compound in Kampot on Monday, "
                     "spokesman Tola Sarin said.")
    assert not any("Read" in name for name in people)
    assert "Tola Sarin" in people


def test_people_listed_after_a_role_word_are_people() -> None:
    people = _people("The accused, Marco Deline and Ruben Astrava, are in custody, while foreign nationals "
                     "Tao Tao and Felix Moor remain at large, officers said.")
    assert {"Marco Deline", "Ruben Astrava", "Tao Tao", "Felix Moor"} <= people


def test_names_listed_before_a_known_person_are_people() -> None:
    people = _people("A court issued warrants on Friday against Pelin Varo, Ostin Kraal, Jory Mell and "
                     "Chen Wei, the owners of the compound.")
    assert {"Pelin Varo", "Ostin Kraal", "Jory Mell", "Chen Wei"} <= people


def test_a_people_noun_opening_a_list_is_no_name() -> None:
    people = _people("Police detained Dao Thi Mai, 30, and Ha Thi Lien, 25, on Monday.\n"
                     "Suspects Mai, Lien and Dao Thi Hoa were held at the station.")
    assert not any(name.startswith("Suspects") for name in people)


def test_capitalized_missions_of_a_country_are_its_embassy_and_consulate() -> None:
    names = _agencies("The Foreign Ministry, through the Embassies of Norway in Yangon and Bangkok, brought home "
                      "12 Norwegians with help from the Consulate-General of Norway in Chiang Mai.")
    assert "norwegian embassy" in names
    assert "norwegian consulate general" in names


def test_a_capitals_possessive_embassy_is_that_states_embassy() -> None:
    names = _agencies("Dozens of Indonesians queued outside Jakarta's embassy in Phnom Penh on Tuesday.")
    assert "indonesian embassy" in names
    assert not any(name.startswith("jakarta") for name in names)


def _scams(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label == Label.SCAM_TYPE}


def test_an_investment_in_cryptocurrency_written_out_is_investment_fraud() -> None:
    assert "investment fraud" in _scams("Gangs in the compounds draw victims abroad into bogus romances and "
                                        "cryptocurrency investments, police in Dili said.")


def test_a_job_offer_told_by_promising_in_a_sentence_of_deceit_is_a_job_scam() -> None:
    assert "job scam" in _scams("The four men said they were deceived by an agent in Vientiane promising "
                                "well-paid office jobs abroad.")


def test_foreign_offers_of_jobs_that_tricked_workers_are_a_job_scam() -> None:
    assert "job scam" in _scams("About 90 workers were tricked by Korean offers of high-salary jobs, "
                                "officials said in Pursat.")


def test_a_firm_promising_jobs_without_deceit_tells_no_scam() -> None:
    assert "job scam" not in _scams("A textile firm in Penang is promising 300 new jobs next year, the "
                                    "state government said.")
