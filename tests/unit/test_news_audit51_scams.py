"""Audit 51, fixer scams: names of scams the table lacked (lending apps, scams "on the internet",
fake coins, romance "scamming"), and the phone scam of a fraudulent call centre where the story
names no scam of its own (made-up towns, firms and people)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def _scams(text: str) -> set[str]:
    return names(run(text), Label.SCAM_TYPE)


def test_lending_apps_are_a_loan_scam() -> None:
    assert _scams("Police in Dravnik raided an office where 40 staff ran fake loan apps and illegal lending "
                  "apps aimed at borrowers abroad.") == {"loan scam"}


def test_scams_on_the_internet_are_online_fraud() -> None:
    assert _scams("Police in Dravnik arrested 31 internet scammers on Monday.") == {"online fraud"}
    assert _scams("The men ran an internet-based scam from a villa in Dravnik.") == {"online fraud"}


def test_fake_coins_are_crypto_fraud_and_their_investments_stay_investment_fraud() -> None:
    assert _scams("Officers shut a fake cryptocurrency office in Dravnik on Monday.") == {"crypto fraud"}
    assert _scams("The gang sold fake cryptocurrency investments from Dravnik.") == {"investment fraud"}


def test_romance_scamming_is_a_romance_scam() -> None:
    assert _scams("The workers in Dravnik were made to do romantic scamming for the gang.") == {"romance scam"}


def test_a_fraudulent_call_centre_with_no_scam_named_runs_a_phone_scam() -> None:
    assert _scams("Police raided a fake call-centre in Dravnik on Monday and arrested 12 people.") == {"voice phishing"}
    assert _scams("Recruits in Dravnik were made to toil as call centre scammers.") == {"voice phishing"}
    assert _scams("Police raided illegal call centres in Dravnik; the workers had been trafficked.") \
        == {"voice phishing", "human trafficking"}  # (trafficking is no scam of the centre's own)


def test_a_call_centre_whose_scam_is_named_runs_only_that_scam() -> None:
    assert _scams("A fake call centre in Dravnik was shut on Monday.") == {"voice phishing"}
    assert _scams("Police raided fraudulent call centres in Dravnik that sold bogus investments.") \
        == {"investment fraud"}
    assert _scams("Police shut a fake call centre in Dravnik. Its staff ran online scams aimed at retirees.") \
        == {"online fraud"}


def test_a_call_centre_with_no_word_of_fraud_runs_no_scam() -> None:
    assert _scams("Police shut the bogus call centers of Dravnik.") == {"voice phishing"}
    assert _scams("Mira Solvek worked at a call centre in Dravnik before she moved abroad.") == set()
    assert _scams("The firm offered jobs in call centres in Dravnik.") == set()


def test_trafficking_rings_are_human_trafficking() -> None:
    assert _scams("Police in Dravnik broke up a trafficking syndicate on Monday.") == {"human trafficking"}
    assert _scams("The nine men fell prey to a trafficking scheme run from Dravnik.") == {"human trafficking"}
    assert _scams("Police in Dravnik broke up a drug trafficking ring on Monday.") == set()  # (goods, not people)
