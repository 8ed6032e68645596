"""Words the name finder takes for names that name nothing of the story: a byline's credit ("Staff
Writers", "X Reporting from"), a subheading's verb ("Key Suspect Is Identified"), a world region
before a title ("South Asia director of"), a rank written like a body ("Additional Director General
of Police"), an aircraft's model ("C-130J"), a register a state keeps ("Exit Control List"), a
name cut at a bracket ("POGO)-operated X Technology"), and outlets cited as checking a figure or
as the source a claim was "reported by"."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _names(text: str) -> dict[str, str]:
    return {n.name: n.label.value for n in run(text).nodes.values() if n.label is not Label.REPORT}


def test_byline_credits_and_subheadings_name_no_one() -> None:
    names = _names("Freed workers wait at the border\nby Wire Staff Writers\nBy Lena Hart Reporting from Mae Sot\n"
                   "Police rescued 14 Malawians from a compound in Myawaddy on Tuesday.\nKey Suspect Is Named\n"
                   "The 14 are in the care of officials.")
    assert "Staff Writers" not in names and "Wire Staff Writers" not in names
    assert "Is Named" not in names
    assert names.get("Lena Hart") == "Person" and "Lena Hart Reporting" not in names


def test_a_region_before_a_title_is_no_person() -> None:
    names = _names("Mara Quist, Southeast Asia director of the charity Blue Harbour Aid, urged governments to act.")
    assert "Southeast Asia" not in names


def test_ranks_models_registers_and_cut_names_are_no_bodies() -> None:
    names = _names("So far 14 accused were arrested, said K. Raman, Additional Director General of Police, CID. "
                   "The men flew home in two C-130J aircraft. Officials will put the 25 returnees on the Exit Control "
                   "List for three years. Police raided the POGO)-operated Golden Reed Technology in Pampanga.")
    assert "Additional Director General of Police" not in names
    assert "C-130J" not in names and "Exit Control List" not in names
    assert names.get("Golden Reed Technology") == "Organization"


def test_a_craft_named_by_its_make_is_no_company() -> None:
    names = _names("The 22 workers were flown home on the Air Wing Starlifter aircraft that had carried aid to "
                   "Yangon, the Foreign Ministry said.\n")
    assert not [n for n, label in names.items() if "Starlifter" in n and label == "Organization"]


def test_outlets_that_check_or_report_a_claim_are_outlets() -> None:
    names = _names("Police detained 14 militia members at a compound in Myawaddy on Sunday. The Irrawaddy could not "
                   "confirm the figure. As reported by Thai Enquirer, the compound held about 300 workers.")
    assert names.get("The Irrawaddy") == "Organization" and "Irrawaddy" not in names
    assert names.get("Thai Enquirer") == "Organization" and "Thailand" not in names


def test_a_headline_that_targets_names_no_body() -> None:
    names = _names("Treasury Targets Mekong Casino Group and Partner Firms\n\nOn May 6, 2025, OFAC designated the Ruby "
                   "River Guard Force and two of its commanders for protecting scam centers in the Golden Triangle zone.")
    assert not [n for n in names if "Targets" in n]


def test_a_language_is_no_nationality() -> None:
    names = _names("Police rescued and repatriated 15 Ghanaian youths from Laos. \"The victims are trained in scam methods; "
                   "some are sent to language school, preferably Vietnamese, to work as translators.\"")
    assert "Vietnam" not in names


def test_languages_a_text_is_written_in_are_no_nationalities() -> None:
    names = _names("The militia put up notices in Khmer, Korean and Vietnamese telling bosses in Hpa Lu to leave. "
                   "Police later arrested 40 Ghanaian workers there.\n")
    assert {"Cambodia", "South Korea", "Vietnam"}.isdisjoint(names) and "Ghana" in names


def test_a_bodys_zone_is_no_site() -> None:
    names = _names("KARACHI: The Federal Investigation Agency (FIA) Sukkur Zone has arrested two agents accused of "
                   "sending Pakistani jobseekers to Cambodia, where they were made to run online scams.")
    assert "Sukkur Zone" not in names


def test_a_person_a_body_named_does_not_work_for_it() -> None:
    batch = run("Among the associates it listed was one whom the US Treasury Department named as "
                "Wu Jiaming.")
    assert not [e for e in batch.edges if e.type.value == "WORKS_FOR"]


def test_titles_and_seats_are_not_names() -> None:
    batch = run("During a briefing at the Cyber Division 2 Headquarters in Lak Si Nuea, Pol. Gen. Anan Rakdee described "
                "the case. \"We will act,\" said NBTC Deputy Secretary-General Prasit Kaewdee. Rear Admiral Somchai "
                "Thongdee said marines received 88 Thais at the checkpoint.")
    people = {n.name: n.properties.get("role") for n in batch.nodes.values() if n.label is Label.PERSON}
    assert "Lak Si Nuea" not in people and "NBTC Deputy" not in people
    assert people.get("Somchai Thongdee") == "military officer"


def test_a_forebears_people_is_no_nationality_of_the_story() -> None:
    names = _names("Customs officers arrested a Thai man believed to be of Bhutanese descent with 9 million baht in cash "
                   "at the border checkpoint on Friday.")
    assert "Bhutan" not in names


def test_makes_performers_media_and_rights_groups_pages_are_not_entities() -> None:
    names = _names("Prosecutors seized 14 luxury cars, including Bentley and Rolls-Royce models, from the ring, which had "
                   "trafficked a Chinese TV host, Lin Yue, to Laos. Human Rights Watch said in a report (ref. "
                   "https://www.hrw.org/report/2025/05/01/held-in-laos ) that officials ignored abuses.")
    assert "Rolls-Royce" not in names and "Chinese TV" not in names
    assert "domain:hrw.org" not in names and "url:https://www.hrw.org/report/2025/05/01/held-in-laos" not in names


def test_a_criminal_organisation_known_by_a_name_is_no_charity() -> None:
    batch = run("In 2024 Tran Thi Hoa was taken to Cambodia to work for a swindling organisation known as Bien Xanh "
                "(Blue Sea) Group, based in Sihanoukville.\n")
    kinds = {n.name: n.properties.get("kind") for n in batch.nodes.values() if n.label is Label.ORGANIZATION}
    assert "ngo" not in kinds.values() and kinds
