"""People listed together are people, whichever of them a cue marks: a list a people noun or a
role opens (after a comma or a dash), and names listed before a person's full name. A people noun
is no part of a name; a town a listed person is "of" is a place, and an alias is no member."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, run


def _people(text: str) -> set[str]:
    return {n.name for n in run(text).nodes.values() if n.label == Label.PERSON}


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


def test_a_dash_opens_a_list_of_people_as_a_comma_does() -> None:
    people = _people("Detectives in Salem held three agents – M Velan and R Kathir – for sending jobseekers "
                     "to Laos.")
    assert {"M Velan", "R Kathir"} <= people


def test_people_listed_with_their_towns_are_people_and_the_towns_places() -> None:
    report = run("Four others – K Selvi of Karur, P Durai of Vellore, S Manoj of Erode and T Rani of "
                 "Hosur were held by the crime branch on Monday.")
    people = {n.name for n in report.nodes.values() if n.label == Label.PERSON}
    places = {n.name for n in report.nodes.values() if n.label == Label.LOCATION}
    assert {"K Selvi", "P Durai", "S Manoj", "T Rani"} <= people
    assert {"Karur", "Vellore", "Erode", "Hosur"} <= places
    assert not any(" of " in name for name in people)


def test_an_alias_after_a_listed_name_is_passed_over() -> None:
    people = _people("Verma and three others — Nikhil Rana alias Chotu, Arun Bhatt alias Bablu and Rohit Sen "
                     "— ran the agency that sent men to Myawaddy.")
    assert {"Nikhil Rana", "Arun Bhatt", "Rohit Sen"} <= people
    assert not {"Chotu", "Bablu"} & people


def test_three_or_more_names_listed_and_closed_by_and_are_people_whatever_introduces_them() -> None:
    people = _people("Also named in the complaint were the firm's incorporators Marisol Tan Reyes, Jovel Ocampo, "
                     "Rhea Dimasalang and Lito Bañez Cruz.")
    assert {"Marisol Tan Reyes", "Jovel Ocampo", "Rhea Dimasalang", "Lito Bañez Cruz"} <= people


def test_names_given_as_examples_after_like_are_no_people() -> None:
    people = _people("The gang lured borrowers to apps like Quick Peso, Loan Hive, and Cash Ladder, police said.")
    assert not {"Quick Peso", "Loan Hive", "Cash Ladder"} & people


def test_people_listed_with_the_country_they_come_from_are_people_of_that_nationality() -> None:
    report = run("The suspects were identified as Peter Okoro from Kenya, Musa Bello from Ghana, and "
                 "Daniel Mensah from Kampala.")
    people = {n.name for n in report.nodes.values() if n.label == Label.PERSON}
    assert {"Peter Okoro", "Musa Bello", "Daniel Mensah"} <= people
    found = facts(report)
    assert {("HAS_NATIONALITY", "Peter Okoro", "KE", None), ("HAS_NATIONALITY", "Musa Bello", "GH", None)} <= found
    assert not {"Kenya", "Ghana"} & {n.name for n in report.nodes.values() if n.label == Label.LOCATION}


def test_people_listed_with_the_towns_they_are_from_are_people_and_all_were_arrested() -> None:
    report = run("Police raided a call centre in Pune on Monday. The raid ended in the arrests of Ravi Tondel "
                 "from Surat, Arjun Pachor from Kelganj, Divan Mool from north Pune, and Harit Sodh from Nashik.")
    people = {n.name for n in report.nodes.values() if n.label == Label.PERSON}
    assert {"Ravi Tondel", "Arjun Pachor", "Divan Mool", "Harit Sodh"} <= people
    assert not any(" from " in name or name.startswith("Kelganj") for name in people)
    arrested = {target for rel, _source, target, _count in facts(report) if rel == "ARRESTED"}
    assert {"Ravi Tondel", "Arjun Pachor", "Divan Mool", "Harit Sodh"} <= arrested


def test_a_name_after_the_noun_of_an_act_done_to_people_is_that_act_s_person() -> None:
    arrested = {t for r, _s, t, _c in facts(run("Prosecutors welcomed the arrest of Dorin Vasker and Pell Amaru "
                                                 "on Friday.")) if r == "ARRESTED"}
    assert {"Dorin Vasker", "Pell Amaru"} <= arrested
    deported = {t for r, _s, t, _c in facts(run("The deportations of Dorin Vasker and Pell Amaru took place on "
                                                 "Monday.")) if r == "DEPORTED"}
    assert {"Dorin Vasker", "Pell Amaru"} <= deported


def test_one_word_names_listed_with_their_towns_are_people_and_the_last_town_a_place() -> None:
    report = run("Her statement named the other victims: Tamal Rozid from Kestapur, Orin Malek from Dhulgram, "
                 "Sabin from Harupara, Nadim from Kolbari, and Joshim Alam from Beltola.")
    people = {n.name for n in report.nodes.values() if n.label == Label.PERSON}
    assert {"Tamal Rozid", "Orin Malek", "Sabin", "Nadim", "Joshim Alam"} <= people
    places = {n.name for n in report.nodes.values() if n.label == Label.LOCATION}
    assert {"Kestapur", "Dhulgram", "Harupara", "Kolbari", "Beltola"} <= places
    assert not {n.name for n in run("Sabin said the men left.").nodes.values() if n.label == Label.PERSON}
