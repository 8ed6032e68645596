"""Act words that tell no act of the story: a raid kept from happening ("to avoid a police raid"),
an escape someone is kept from ("to stop them from escaping"), an operation joined as work (a
business, no raid), a crackdown told as lasting with no number or day (background),
an act that may come ("possible charges"), acts like the story's done elsewhere ("comparable sweeps
have been carried out in Laos"), work done together ("cooperating on investigations"),
a visit that is a pretext ("under the pretext of visiting Laos"), a suspect who fled (a fugitive,
not a captive's escape), and a counted group arriving ("a team of 19 arrived"), which is people
coming home, not officials visiting. And names that are no person or people: a numbered compound
("Lam Son 1"), a demonym opening an industry's name ("Philippine Offshore Gaming Operators");
numbers of a span of time ("three weeks after the US indicted") or a day after its month ("on April,
22 has been arrested"); an arrest a warrant is for; people flown to a town of another country (moved,
not sent home)."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _events(text: str) -> list[str]:
    return sorted(n.properties["type"] for n in run(text).nodes.values() if n.label is Label.EVENT)


def test_an_averted_raid_is_no_raid() -> None:
    assert _events("In June 2022 two workers were shot while being moved under guard to avoid a police raid.") == []


def test_an_act_someone_is_kept_from_is_no_act() -> None:
    assert _events("The Kenyan workers said their dormitory in Bokeo was ringed with razor wire to stop them from "
                   "escaping.\n") == []


def test_an_operation_joined_is_a_business_no_raid() -> None:
    assert _events("Once they reached the zone in Bokeo, the seven Kenyan workers learned they had been tricked into "
                   "joining a card-skimming operation.\n") == []


def test_a_long_running_crackdown_told_as_background_is_no_raid() -> None:
    assert _events("The departures follow a long-running crackdown by the government of Prime Minister Keo Sambath, "
                   "who has vowed to rid the country of fraud operations.\n") == []
    assert _events("Police raided the Lotus compound on Monday in an ongoing crackdown, arresting 40 people.\n") != []


def test_acts_agreed_on_at_a_meeting_are_no_acts_of_its_day() -> None:
    text = ("On March 3, officials from China, Laos and Thailand met in Vientiane and agreed to launch joint "
            "crackdowns on cross-border fraud.\n")
    assert _events(text) == []


def test_a_warning_to_anyone_is_no_act() -> None:
    assert _events('"Anyone who cheats our people will be arrested and banned for life," the commissioner said.\n') == []
    assert _events("Police said the 30 Kenyans were deported on Friday.\n") == ["deportation"]


def test_a_pretext_is_no_visit() -> None:
    assert _events("The Nepal government warned jobseekers against going abroad under the pretext of visiting "
                   "Laos or Myanmar.") == []


def test_a_suspect_who_fled_made_no_escape() -> None:
    assert _events("One man accused of a job racket was arrested in a raid in Galle on Sunday. A second suspect had "
                   "fled the premises during the raid.") == ["raid"]


def test_a_ringleader_who_had_escaped_made_no_escape() -> None:
    assert _events("Police believe the ringleader is a Chinese man who had already escaped from the town days "
                   "earlier.\n") == []


def test_a_counted_group_arriving_is_no_visit() -> None:
    assert "visit" not in _events("A group of Malawians held by militias in Myanmar were repatriated on Friday. A "
                                  "team of 23 arrived at Kamuzu International Airport at noon.")


def test_possible_charges_are_no_charge() -> None:
    assert _events("The militia's commander faces possible trafficking charges, with investigators still gathering "
                   "evidence.") == []


def test_comparable_sweeps_elsewhere_are_no_place_of_the_raid() -> None:
    batch = run("Police from Hubei on June 9 launched a joint operation with officers in Cambodia's Kampot province, "
                "closing five fraud dens and arresting 121 suspects.\n\nComparable sweeps have been carried out in "
                "recent weeks in Laos and Indonesia, officials said.")
    places = {e.target for e in batch.edges if e.type.value == "OCCURRED_AT"}
    assert "location:laos" not in places and "location:indonesia" not in places


def test_cooperation_on_investigations_is_no_investigation() -> None:
    assert _events("According to the report, Laos over the past year opened a shelter and was cooperating with "
                   "neighbouring states on trafficking investigations.") == []


def test_a_name_before_a_number_is_a_sites() -> None:
    batch = run("On May 3, police raided three compounds, Golden Fern 2, Lam Son 1 and Orchid, in Bavet City, arresting "
                "61 Vietnamese nationals.")
    assert not [n for n in batch.nodes.values() if n.label is Label.PERSON]


def test_a_demonym_opening_an_industrys_name_names_no_people() -> None:
    batch = run("The bureau deported 20 foreigners who were among the 90 people arrested last week in a crackdown on "
                "former employees of Philippine Offshore Gaming Operators.")
    assert "nationality:PH" not in {e.target for e in batch.edges if e.type.value != "MENTIONS"}


def test_a_span_of_time_counts_no_people() -> None:
    batch = run("Police froze assets worth S$60 million linked to businessman Goh Kian Seng on May 2. The move came more "
                "than three weeks after the US indicted Goh on fraud charges.")
    assert "nationality:US" not in {e.target for e in batch.edges if e.type.value != "MENTIONS"}


def test_an_arrest_a_warrant_is_for_has_not_happened() -> None:
    batch = run("Police named 17 more alleged members of a ring run from a compound in Bavet. Warrants were issued for "
                "the arrest of all 17 suspects, police said.")
    kinds = {n.properties["type"]: n.properties for n in batch.nodes.values() if n.label is Label.EVENT}
    assert "arrest" not in kinds and kinds["warrant"].get("count_warrants") == 17


def test_a_day_after_its_month_and_a_stray_comma_counts_no_one() -> None:
    batch = run("\"Mary Phiri, a suspected trafficker who flew back into the country on April, 22 has been arrested and "
                "is in police custody,\" the coordinator said.")
    arrests = [n for n in batch.nodes.values() if n.label is Label.EVENT and n.properties["type"] == "arrest"]
    assert arrests and "count_arrested" not in arrests[0].properties


def test_people_flown_to_a_town_of_another_country_are_not_sent_home() -> None:
    assert _events("The two Ukrainians were then flown to the city of Mandalay and later driven to a camp near "
                   "Myawaddy.") == []
