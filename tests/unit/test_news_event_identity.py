"""Round-5 event identity: sentences that name an event already told, or tell where a story comes
from, make no event of their own (generic sentences in our own words)."""

from scamgraph.loaders.news import extract
from scamgraph.loaders.text import Article
from tests.unit.test_news_extraction import PUBLISHED, events, facts, run


def test_an_inquiry_that_showed_something_is_a_source_not_an_event() -> None:
    found = events(run("Preliminary investigations showed that the woman had worked at the compound. "
                       "The probe revealed that she kept the accounts."))
    assert not [k for k in found if k.startswith("investigation")]


def test_an_inquiry_told_as_an_act_is_still_an_event() -> None:
    assert [k for k in events(run("Police opened an investigation into the call centre on Monday.")) if k.startswith("investigation")]


def test_arrested_and_deported_is_one_sending_home() -> None:
    batch = run("Some 80 Chinese nationals were arrested and deported to China on Tuesday.")
    found = events(batch)
    assert "deportation@2026-10-13" in found
    assert not [k for k in found if k.startswith("arrest")]
    assert ("DEPORTED", "deportation@2026-10-13", "CN", 80) in facts(batch)


def test_people_named_by_what_happened_to_them_with_a_demonym_tell_no_new_event() -> None:
    found = events(run("Police raided a compound in Poipet on Sunday. "
                       "The arrested Vietnamese nationals were flown home on Friday."))
    assert not [k for k in found if k.startswith("arrest")]


def test_an_inquiry_a_step_serves_or_an_office_names_is_no_event() -> None:
    found = events(run("Twenty workers were flown home on Monday and handed to police to facilitate investigations. "
                       "The head of investigations at the immigration department said the men were held in Poipet."))
    assert "repatriation@2026-10-12" in found
    assert not [k for k in found if k.startswith("investigation")]


def test_an_event_word_listed_with_crimes_names_a_crime() -> None:
    found = events(run("Some 90 Chinese nationals accused of online fraud and kidnapping were sent home on Monday."))
    assert not [k for k in found if k.startswith("kidnapping")]
    assert [k for k in events(run("Gunmen kidnapped two workers in Poipet on Monday.")) if k.startswith("kidnapping")]


def test_an_event_still_needed_or_waited_for_is_no_event() -> None:
    found = events(run("Forty workers had returned home on Monday, but 300 still needed to be rescued. "
                       "The rest are held at a centre while waiting to be deported."))
    assert not [k for k in found if k.split("@")[0] in {"rescue", "deportation"}]


def test_a_denied_event_is_none_but_a_negation_elsewhere_leaves_it() -> None:
    assert events(run("Until flights are provided, we can’t proceed with repatriation, the envoy said.")) == {}
    assert events(run("The workers could not be repatriated on Monday.")) == {}
    assert "arrest@2026-10-12" in events(run("Police did not say why the men were arrested on Monday."))


def test_these_before_an_event_word_points_back_and_is_not_generic() -> None:
    found = events(run("The ministry sanctioned four companies. "
                       "These sanctions are the result of long investigations by the treasury."))
    assert "investigation@" in found
    assert not [k for k in events(run("These people are often trafficked to compounds.")) if k.startswith("rescue")]


def test_a_mission_order_is_a_warrant_but_a_deportation_order_is_not_a_deportation() -> None:
    found = events(run("The immigration bureau issued a mission order against the two foreigners."))
    assert "warrant@" in found
    assert not [k for k in events(run("A deportation order was read to the men.")) if k.startswith("deportation")]


def test_an_agency_subject_of_a_clause_joined_after_the_event_did_not_conduct_it() -> None:
    batch = run("The city police arrested 14 people in May after they were extradited to Japan, "
                "and the Saga Prefectural Police arrested two in August.")
    assert not [f for f in facts(batch) if f[0] == "CONDUCTED" and f[2].startswith("extradition")]
    assert ("CONDUCTED", "Saga Prefectural Police", "arrest@2026-08", None) in facts(batch)  # its own clause's


def test_the_day_of_a_statement_gives_way_to_the_day_the_story_tells() -> None:
    found = events(run("Both men were arrested by police upon their arrival, police said in a statement on Tuesday. "
                       "The second man was arrested upon arrival here on Sunday."))
    assert "arrest@2026-10-11" in found and "arrest@2026-10-13" not in found
    assert "raid@2026-10-12" in events(run("The army said at a press conference on Monday it had raided a compound."))


def test_a_speaker_after_an_apposition_is_no_one_the_event_happened_to() -> None:
    for text in ("Forty men were deported on Monday, Sok Dara, the head of the immigration department, said.",
                 "Forty men were deported on Monday, Sok Dara—head of the immigration department—told reporters."):
        found = facts(run(text))
        assert not [f for f in found if f[0] == "DEPORTED" and f[2] == "Sok Dara"]
        # the department only says whom the speaker works for: he speaks, it announces nothing
        assert not [f for f in found if f[0] == "ANNOUNCED" and f[1] == "Immigration Department"]


def _titled(title: str, body: str) -> dict[str, dict]:
    return events(extract(Article(text=f"{title}\n\n{body}", title=title, published=PUBLISHED)))


def test_a_headline_event_the_story_dates_is_that_event_unless_it_counts_other_people() -> None:
    found = _titled("Cambodia extradites 95 Chinese nationals in fraud crackdown",
                    "Fraud suspects are brought back to China on three chartered flights from Cambodia on October 10. "
                    "Some 95 Chinese nationals suspected of fraud were extradited from Cambodia and brought back "
                    "to China on Saturday morning, the ministry said.")
    assert set(found) == {"extradition@2026-10-10"}
    assert found["extradition@2026-10-10"]["count_extradited"] == 95
    other = _titled("13 Sri Lankans rescued from scam camps",
                    "A total of 13 Sri Lankans who were held in the camps have been rescued, according to "
                    "official sources. The rescued individuals include 9 men. Additionally, reports indicate "
                    "that over 180 individuals from 14 countries were rescued from camps in Myanmar on Sunday.")
    assert "rescue@" in other and "rescue@2026-10-11" in other


def test_a_date_after_another_event_word_belongs_to_that_word() -> None:
    found = events(run("Immigration officers have deported 60 Vietnamese nationals. "
                       "Of those deported, 52 were among the 300 workers arrested at a hotel in Pasay on August 3."))
    assert "arrest@2026-08-03" in found
    assert "deportation@2026-08-03" not in found


def test_a_dated_flight_dates_the_undated_deportation_told_before() -> None:
    batch = run("Immigration officers have deported 60 Vietnamese nationals. "
                "In a statement Wednesday, the commissioner said the deportees boarded a Vietnam Airlines "
                "chartered flight to Hanoi on Tuesday night.")
    found = events(batch)
    assert set(found) == {"deportation@2026-10-13"}
    assert ("DEPORTED", "deportation@2026-10-13", "VN", 60) in facts(batch)


def test_a_flight_does_not_redate_a_deportation_told_with_its_own_day() -> None:
    found = events(run("Immigration officers deported 60 Vietnamese nationals on Monday. "
                       "In a statement, the commissioner said they were flown home on a chartered flight on Wednesday."))
    assert "deportation@2026-10-12" in found


def test_people_accused_of_a_crime_are_described_not_charged() -> None:
    batch = run("Some 120 Thai nationals accused of running phone scams were sent home on Monday. "
                "The returnees are accused of defrauding hundreds of victims.")
    assert not [k for k in events(batch) if k.startswith("charge")]
    assert not [f for f in facts(batch) if f[0] == "CHARGED"]
    assert [k for k in events(run("Prosecutors charged 12 Thai nationals with fraud on Monday.")) if k.startswith("charge")]


def test_an_earlier_flight_does_not_date_the_deportation_told_before() -> None:
    found = events(run("Immigration officers have deported 60 Vietnamese nationals. "
                       "Earlier, another group was flown home on a chartered flight on Tuesday."))
    assert "deportation@2026-10-13" not in found


def test_arrests_told_before_the_raid_of_their_day_were_that_raid() -> None:
    batch = run("All 40 Chinese nationals were arrested in Sihanoukville on Monday. "
                "Monday's raid, launched at four locations, was the first in the province.")
    found = events(batch)
    assert "raid@2026-10-12" in found
    assert not [k for k in found if k.startswith("arrest")]
    assert ("ARRESTED", "raid@2026-10-12", "CN", 40) in facts(batch)


def test_arrests_on_another_day_stay_their_own_event() -> None:
    found = events(run("All 40 Chinese nationals were arrested in Sihanoukville on Monday. "
                       "Police raided a casino in Poipet on Wednesday."))
    assert "arrest@2026-10-12" in found and "raid@2026-10-14" in found
