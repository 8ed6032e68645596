"""One person named by a nationality and a post in a business or a crime is counted as one ("arrested
a Ruritanian boss", "arrested the Ruritanian manager of a casino"). People counted as the doers of
an escape ("after 42 Ruritanian staff escape") had no act done to them by the verb before. A law's
name before an apposition ("the Penal Code, the official said") is nobody. A lone given name after
"Mr." or "Ms." introduced with an age ("Ms. Wanida, 21,") is a person; a lone family name told again is not."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import events, facts, names, run


def test_one_person_in_a_post_is_counted_one() -> None:
    assert ("ARRESTED", "arrest@2026-10-09", "CN", 1) in facts(run("Police arrested a Chinese boss on Friday."))
    found = facts(run("Police arrested the Chinese manager of a karaoke bar on Friday."))
    assert ("ARRESTED", "arrest@2026-10-09", "CN", 1) in found


def test_people_counted_as_escaping_are_not_the_people_of_the_act_before() -> None:
    for text in ("Hotel boss held after 37 Vietnamese staff escape",
                 "Police arrested the manager after 42 Vietnamese workers escaped last week."):
        assert not [f for f in facts(run(text)) if f[0] == "ARRESTED" and f[2] == "VN"], text


def test_a_law_s_name_before_an_apposition_is_no_person() -> None:
    batch = run("The men now face trial under Article 378 of the Penal Code, the judge noted.")
    assert "Penal Code" not in names(batch, Label.PERSON)


def test_a_lone_given_name_after_mr_or_ms_introduced_with_an_age_is_a_person() -> None:
    batch = run("Police arrested Mr. Kittipol, 31, and Ms. Wanida, 21, in Chiang Rai on Friday.")
    assert {"Kittipol", "Wanida"} <= names(batch, Label.PERSON)
    assert not names(run("Mr Wainiqolo told the parliament that 77 were deported on Monday."), Label.PERSON)


def test_people_counted_in_a_plight_had_no_act_done_to_them() -> None:
    found = facts(run("Seven Thai nationals were freed, and they report 150 of their countrymen are still trapped."))
    assert ("RESCUED", "rescue@", "TH", 7) in found
    assert not [f for f in facts(run("Men found near the river say 150 Thais trapped in a fraud hub near "
                                     "Poipet")) if f[2] == "TH"]
    assert ("RESCUED", "rescue@2026-10-12", "TH", 40) in facts(run("Police rescued 40 Thais trapped in a compound "
                                                                   "on Monday."))


def test_compounds_or_gangs_detaining_people_are_captors_not_the_state() -> None:
    assert not events(run("Some 30 scam compounds in Laos are thought to be detaining about 900 Thai "
                          "nationals, an officer said."))
    assert not events(run("Scam gangs are detaining 300 Kenyans in Myanmar."))
    assert events(run("Police are detaining 300 Kenyans in Myanmar."))


def test_youth_professionals_and_jobseekers_are_people_counted() -> None:
    found = facts(run("Around 2500 Indian youth were repatriated last week."))
    assert ("REPATRIATED", "repatriation@2026-10-05/2026-10-11", "IN", 2500) in found
    assert ("RESCUED", "rescue@2026-10-12", "IN", 40) in facts(run("Police rescued 40 Indian IT professionals on "
                                                                   "Monday."))
