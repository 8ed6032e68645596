"""Audit 54, fixer a54a: acts still to come behind a modal and a verb of undertaking ("can conduct
an investigation"), a second infinitive that shares an asking verb's "to", and a dateline that
puts the date before the city (made-up towns and people; real countries and cities)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import event_types, names, run


def _types(text: str) -> set[str]:
    return event_types(run(text))


def test_an_investigation_a_modal_governs_is_still_to_come() -> None:
    assert "investigation" not in _types("After the screening, Wrenmouth detectives can conduct a full-scale "
                                         "investigation into the agents.")
    assert "investigation" not in _types("Detectives will conduct an investigation into the Wrenmouth recruiters.")
    assert "investigation" not in _types("Police may open an investigation into the agents in Wrenmouth.")
    assert "investigation" in _types("Detectives conducted an investigation into the Wrenmouth recruiters.")


def test_raids_to_be_carried_out_are_no_raid() -> None:
    assert "raid" not in _types("Police will carry out raids on the compounds in Wrenmouth.")
    assert "raid" in _types("Police raided the compounds in Wrenmouth on Tuesday.")


def test_a_second_infinitive_shares_the_asking() -> None:
    assert "repatriation" not in _types("The families urged the ministry to issue travel papers and repatriate the "
                                        "40 Peruvian workers held in Wrenmouth.")
    assert "repatriation" not in _types("The petitioners wanted the judge to make orders compelling the Wrenmouth "
                                        "council to house them, pay their fares, and repatriate them.")
    # helped, not asked: the return was made
    assert "repatriation" in _types("The embassy helped to issue papers and repatriate the 40 Peruvian workers.")


def test_a_dateline_with_the_date_before_the_city_names_no_place() -> None:
    batch = run("March 3, Manila (XYZ): Police rescued 12 Peruvian workers from a compound in Wrenmouth.")
    assert "Manila" not in names(batch, Label.LOCATION)
    again = run("March 3, Manila (XYZ): Police rescued 12 Peruvian workers from a compound in Manila.")
    assert "Manila" in names(again, Label.LOCATION)  # (named again as the rescue's place)
