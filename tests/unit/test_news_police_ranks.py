"""Thai police ranks written short and a body's office after its name are no part of a person's name
(audit 31, page h02: a captain's short rank kept in his name, and an office in apposition read as a
person). The ranks are a closed class beside those already read ("Pol Col", "Pol Capt"). Names,
places and numbers are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import names, run


def test_a_short_police_captains_rank_is_no_part_of_the_name() -> None:
    text = "Pol Cap Somchai Rattanakorn said officers arrested nine Lao nationals in Nonthaburi on Monday."
    people = names(run(text), Label.PERSON)
    assert "Somchai Rattanakorn" in people
    assert not any(name.startswith("Cap ") for name in people)


def test_a_short_police_lieutenants_rank_is_no_part_of_the_name() -> None:
    text = "Pol Lt Wichai Boonmee said officers arrested nine Lao nationals in Nonthaburi on Monday."
    assert "Wichai Boonmee" in names(run(text), Label.PERSON)


def test_a_lieutenant_general_keeps_his_whole_rank() -> None:
    text = "Pol Lt Gen Anan Srisuk said officers arrested nine Lao nationals in Nonthaburi on Monday."
    assert "Anan Srisuk" in names(run(text), Label.PERSON)


def test_an_office_in_apposition_after_a_name_is_no_person() -> None:
    text = ("On Friday, Pol Lt Gen Anan Srisuk, DSI Commissioner, together with Pol Col Preecha Wongsa, "
            "said 14 Lao nationals were held at a villa in Nonthaburi.")
    people = names(run(text), Label.PERSON)
    assert "Anan Srisuk" in people
    assert "DSI Commissioner" not in people


# Abbreviated ranks before a name (probes of Malaysian and South Asian outlets' style, session 26:
# "SAC" gave a Malaysian police chief a job in Myanmar's military).

def test_abbreviated_ranks_are_no_part_of_the_name() -> None:
    for rank in ("CP Datuk", "Comm", "Asst Comm", "DIG", "SAC"):
        batch = run(f"Lotus police chief {rank} Hamid Osman said 30 people were arrested in Lotus City on Monday.")
        assert names(batch, Label.PERSON) == {"Hamid Osman"}, rank
        assert "Myanmar military" not in names(batch, Label.AGENCY), rank


def test_the_junta_alone_is_still_the_junta() -> None:
    assert "Myanmar military" in names(run("The SAC said 30 people were arrested in Myawaddy."), Label.AGENCY)
