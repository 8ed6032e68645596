"""The European Union and its Council act as bodies that sanction, like the UN bodies and the
national sanctions offices the gazetteer knows; "restrictive measures" is the EU's own term for
sanctions (development texts 197, 199). A company whose name opens with the letters "EU" is no
part of the Union."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import events, names, run


def test_the_union_and_its_council_are_agencies() -> None:
    batch = run("The Council of the European Union listed two militia commanders on Tuesday. "
                "The European Union said the men profit from scam compounds near Myawaddy.")
    assert {"Council of the European Union", "European Union"} <= names(batch, Label.AGENCY)
    assert not {"Council of the European Union", "European Union"} & names(batch, Label.ORGANIZATION)


def test_restrictive_measures_are_a_sanction() -> None:
    batch = run("The Council of the European Union adopted restrictive measures against three men and "
                "one company on October 29.")
    assert [e["type"] for e in events(batch).values()] == ["sanction"]


def test_a_company_named_with_the_letters_eu_is_not_the_union() -> None:
    batch = run("Police raided the EU Corp. building in Koror on Monday and arrested 30 Chinese nationals.")
    assert "European Union" not in names(batch, Label.AGENCY)


def test_a_wanted_list_or_notice_is_a_warrant() -> None:
    """Police that publish a wanted list or notice seek arrests, as a warrant does (development
    texts 191 and 196: a ministry's list of fugitives tied to scam compounds)."""
    for text in ("The ministry issued a wanted list of ten gang leaders linked to telecom fraud.",
                 "Police issued a wanted notice for 100 fugitives behind fraud rings in Myanmar."):
        assert [e["type"] for e in events(run(text)).values()] == ["warrant"], text


def test_people_on_a_wanted_list_make_no_warrant() -> None:
    """"were on the Taiwan authorities' wanted list" tells what the people were, not a list issued
    in the story (audit pages g03, h03)."""
    text = ("Police arrested four Taiwanese men on Monday; all of them were on the Taiwan authorities' "
            "wanted list for fraud.")
    assert "warrant" not in [e["type"] for e in events(run(text)).values()]


def test_sanctions_announced_on_a_day_are_of_that_day() -> None:
    """"sanctions announced on March 17" : a designation is made by announcing it,
    and "to" after "response" is no infinitive of purpose."""
    found = events(run("Depositors queued outside the bank in response to new sanctions announced on October 7 by the"
                       " US Treasury against its parent firm."))
    assert "sanction@2026-10-07" in found
    assert "sanction@2026-10-07" in events(run("Sanctions announced on October 7 hit the firm."))


def test_who_answers_a_sanction_is_no_target() -> None:
    """"Reacting to those measures, a spokesperson for the Border Peace Force, Major Tun Aung
    Kyaw, denied the claims": he answers them; the colonel sanctioned before is the target."""
    batch = run("The US Treasury sanctioned Colonel Min Lwin on Monday. Reacting to those measures, a spokesperson"
                " for the Border Peace Force, Major Tun Aung Kyaw, denied the claims.")
    targets = {batch.nodes[e.target].name for e in batch.edges if e.type.value == "TARGETED"}
    assert "Min Lwin" in targets and "Tun Aung Kyaw" not in targets


def test_warrants_issued_by_a_judge_against_a_list_target_each_of_them() -> None:
    # "against" after the judge's name aims the warrants at every person of the list
    batch = run("The court's warrants came out on Monday from Judge Marta Velasco against Quon Lai, Peri Santo, "
                "Jomo Linden and Abby Nakai, who were named as the owners and managers of the hub.")
    targets = {batch.nodes[e.target].name for e in batch.edges if e.type.value == "TARGETED"}
    assert {"Quon Lai", "Peri Santo", "Jomo Linden", "Abby Nakai"} <= targets
    assert "Marta Velasco" not in targets
