"""Kinds found by the session-48 audits of real stories (South Asian outlets on their citizens,
victims from Latin America and Central Asia, multinational police operations, court verdicts,
Cambodian daily raid reports, Japanese and Taiwanese suspects, sanctions, Thai border work,
survivor features), each shown here on made-up words."""

from scamgraph.loaders.news import extract
from scamgraph.loaders.text import Article
from scamgraph.model import Label
from tests.unit.test_news_extraction import PUBLISHED, events, facts, names, run


def test_a_dated_act_counting_other_people_is_not_the_undated_act_told_before() -> None:
    text = ("Thai police helped repatriate 85 Kenyan workers freed from the Lotus Bay compound, the ministry said. "
            "In January 2024, the army handed over 4,100 suspected fraudsters to China.")
    told = facts(run(text))
    assert ("REPATRIATED", "repatriation@", "KE", 85) in told
    assert not any(f[1] == "repatriation@2024-01" and f[2] == "KE" for f in told)
    # the same people counted again in a dated sentence are the act told first, given its day
    again = events(run("Police arrested 52 Taiwanese in Penang. Late in March 2026, officers arrested a total of 90 "
                       "suspects, including 52 from Taiwan and 38 from China."))
    assert list(again) == ["arrest@2026-03"]


def test_regional_police_bodies_are_agencies() -> None:
    told = facts(run("The sweep, run by ASEANAPOL with help from AFRIPOL, led to 230 arrests in Laos between 4 and 9 "
                     "May 2025."))
    assert {f[1] for f in told if f[0] == "PARTICIPATED_IN"} >= {"ASEANAPOL", "AFRIPOL"}


def test_victims_safeguarded_are_rescued_not_arrested() -> None:
    told = events(run("The week-long sweep in Laos ended with the safeguarding of 640 likely trafficking victims "
                      "and the arrest of 95 suspects."))
    (sweep,) = told.values()
    assert (sweep["count_rescued"], sweep["count_arrested"]) == (640, 95)
    assert events(run("The bureau is safeguarding young users with new rules.")) == {}


def test_an_operations_code_name_is_no_person() -> None:
    batch = run("Police in nine countries freed 210 victims. The operation, known as Copper Tide III, ran from 1 to "
                "7 May 2025; a second sweep, dubbed Grey Owl, followed.")
    assert not any(f[1] in {"Copper Tide III", "Grey Owl"} or f[2] in {"Copper Tide III", "Grey Owl"}
                   for f in facts(batch))
    assert names(batch, Label.PERSON) == set()


def test_names_alone_on_a_line_above_the_body_are_its_writers() -> None:
    text = ("Police freeze more Silver Reed assets\n\nTeo Siew Hwa\n\nTeo Siew Hwa\n\nPublished Tue, Oct 13, 2026\n\n"
            "Police said on Monday they had frozen more assets of the Silver Reed group, run by Goh Tian Seng.")
    batch = extract(Article(text=text, title="The Harbour Gazette", published=PUBLISHED))
    assert names(batch, Label.PERSON) == {"Goh Tian Seng"}


def test_a_person_whose_rescue_an_act_followed_is_not_rescued_by_it() -> None:
    told = facts(run("Thai troops raided a hub in Poipet on Monday, freeing 35 Thais. The army stepped up the crackdown "
                     "after the rescue of the Chinese singer Zhou Lan, who had been lured to Myawaddy."))
    assert not any(f[0] == "RESCUED" and f[2] == "Zhou Lan" for f in told)
    assert ("RESCUED", "raid@2026-10-12", "TH", 35) in told


def test_an_act_told_in_a_hyphened_apposition_is_done_to_the_person_it_follows() -> None:
    told = facts(run("Prosecutors named Lu Jianhao, a Shanghai-born hotel owner deported to China in March, and "
                     "Okhna Chea Vantha."))
    assert ("DEPORTED", "deportation@2026-03", "Lu Jianhao", None) in told
    assert not any(f[2] == "Chea Vantha" and f[0] == "DEPORTED" for f in told)


def test_deaths_a_verdict_names_far_after_its_finding_keep_no_day_of_it() -> None:
    told = events(run("A militia commander from Shan State was sentenced to death on Monday by a court in Kunming for "
                      "running fraud compounds whose guards caused the deaths of four Chinese workers."))
    assert "charge@2026-10-12" in told
    assert "death@" in told


def test_a_crackdown_told_since_last_year_gives_no_span_to_the_raid_told_before() -> None:
    told = events(run("Police held three Lao nationals after a raid in Kep. Officials say courts have tried over 200 "
                      "scam bosses since last year's crackdown."))
    assert "raid@" in told


def test_an_operation_counted_across_jurisdictions_is_held_in_no_one_city() -> None:
    batch = run("A month-long sweep by police in six Asian jurisdictions led to the arrest of 720 people, Hong Kong "
                "police said. In Penang, officers raided two shophouses and seized laptops.")
    (sweep,) = [n for n in batch.nodes.values() if n.label is Label.EVENT and n.properties.get("count_arrested") == 720]
    assert not any(e.source == sweep.key and e.type.value == "OCCURRED_AT" for e in batch.edges)
