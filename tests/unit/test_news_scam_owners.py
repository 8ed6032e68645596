"""An organization named with a scam in a sentence runs it, unless the sentence tells of acting
against it (a raid, a rescue, a handover, a ban) or the organization carries people (an airline
before "flight"); a sanctioned group still runs the scams its sentence names."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def _engaged(text: str) -> set[tuple[str, str]]:
    return {(f[1], f[2]) for f in facts(run(text)) if f[0] == "ENGAGED_IN"}


def test_a_group_that_raids_or_frees_does_not_run_the_scams() -> None:
    assert not [o for o, _ in _engaged("The Shan Valley Army, an ethnic militia, raided the online fraud compounds "
                                        "in Tachileik and freed 140 victims of human trafficking.")
                if o == "Shan Valley Army"]
    assert not [o for o, _ in _engaged("Online fraud is prohibited in areas held by the Ruby Hills Party, "
                                        "a liaison officer said.") if o == "Ruby Hills Party"]


def test_an_airline_carries_people_and_runs_no_scams() -> None:
    assert not [o for o, _ in _engaged("The recruits of an online gambling ring were stopped before boarding a "
                                        "Lotus Air flight to Phnom Penh.") if o == "Lotus Air"]


def test_a_sanctioned_group_still_runs_the_scams_named_with_it() -> None:
    engaged = _engaged("The Treasury sanctioned the Golden Lotus Group, which runs online fraud compounds in Myawaddy.")
    assert ("Golden Lotus Group", "online fraud") in engaged


def test_a_detention_centre_is_a_site_that_runs_no_scams() -> None:
    batch = run("The 30 Kenyans rescued from online fraud compounds were held at Bangkok's Immigration "
                "Detention Centre before their flight home.")
    assert "Immigration Detention Centre" in names(batch, Label.SITE)
    assert not [f for f in facts(batch) if f[0] == "ENGAGED_IN" and f[1] == "Immigration Detention Centre"]


def test_a_company_thanked_for_a_return_home_runs_no_scams() -> None:
    batch = run("Repatriating the victims of job fraud was possible thanks to the police and Penang Ports "
                "Holdings Bhd, the minister said.")
    assert "Penang Ports Holdings Bhd" in names(batch, Label.ORGANIZATION)
    assert not [f for f in facts(batch) if f[0] == "ENGAGED_IN" and f[1] == "Penang Ports Holdings Bhd"]


def test_a_group_that_means_to_end_the_scams_does_not_run_them() -> None:
    assert not [o for o, _ in _engaged("The Wa Hills Army said it would strictly shut down online fraud operations "
                                        "within its territory.") if o == "Wa Hills Army"]
    assert not [o for o, _ in _engaged("The Red Valley Front vowed to stamp out online fraud in the hills it holds.")
                if o == "Red Valley Front"]
    # (what was shut down ran the scams)
    assert ("Golden Crest Group", "online fraud") in _engaged(
        "Golden Crest Group, which ran online fraud compounds, was shut down by the authorities last year.")
