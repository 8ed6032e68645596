"""Audit 49, fixer 9: entity precision (made-up names; real countries)."""

from scamgraph.loaders.identifiers import find_identifiers
from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, run


def _names(batch, label):
    return {n.name for n in batch.nodes.values() if n.label is label}


def test_a_device_counted_by_its_capitalized_name_is_no_person() -> None:
    batch = run("Officers took four Sim Keys from the flat. Sim Keys, which dealers sell online for a few "
                "dollars, are banned in Laos.")
    assert "Sim Keys" not in _names(batch, Label.PERSON)


def test_a_device_after_a_names_no_organization() -> None:
    batch = run("Police found a Relay Bank in the room. Relay Banks, which link dozens of phones at once, "
                "are popular with fraud rings.")
    assert "Relay Bank" not in _names(batch, Label.ORGANIZATION)


def test_a_capitalized_style_word_is_no_site() -> None:
    batch = run("Visitors saw Zorvanian-style plazas and Amber-style towers in the zone, where scam centres ran "
                "romance scams.")
    assert not _names(batch, Label.SITE)


def test_a_once_thriving_subheading_is_no_site() -> None:
    assert not _names(run("Once-thriving Wrenmouth casino town falters under pressure"), Label.SITE)


def test_a_stylesheet_at_rule_is_no_handle() -> None:
    text = ".card-box{ margin-top: 12px; } @media screen and (max-width: 640px) { .card-box{ margin: 0; } }"
    assert not [f for f in find_identifiers(text) if f.kind == "handle"]


def test_a_picture_file_name_line_is_no_agency() -> None:
    batch = run("The Bureau of Customs on Monday seized 300 laptops from a scam hub in Pasig.\n"
                "Bureau of Customs.jpeg\nThe laptops were taken to Manila.")
    assert not [n for n in _names(batch, Label.AGENCY) if ".jpeg" in n]


def test_a_title_chain_before_the_name_leaves_the_body_alone() -> None:
    batch = run("PNP-CIDG Director Police Major Gen. Arnel Wren Tolosa recalled officers finding suspects "
                "hiding in the ceiling during the raid.")
    assert not [n for n in _names(batch, Label.AGENCY) if "Major" in n]
    assert ("WORKS_FOR", "Arnel Wren Tolosa", "Criminal Investigation and Detection Group", None) in facts(batch)


def test_a_generation_suffix_keeps_the_titled_person() -> None:
    batch = run("PNP-CIDG Director Police Major Gen. Ramil Tolosa III recalled officers finding suspects "
                "hiding in the ceiling during the raid.")
    assert "Ramil Tolosa III" in _names(batch, Label.PERSON)


def test_demonyms_of_agencies_give_no_nationality() -> None:
    batch = run("The handover took place under the oversight of both Cambodian and Thai agencies.")
    assert not _names(batch, Label.NATIONALITY)
