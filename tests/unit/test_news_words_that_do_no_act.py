"""Act words whose sentence tells no act of the law: the criminals' own "operation" (a ring's, or one
that launders money or lures victims), a place named by its raid told before ("the raided gaming
hub"), a death threat, a boss "sanctioning" beatings, money taken "from 300 victims" (whose money,
no detention of them), agents who "charged" recruits a fee, an act only tried, refused or bought
with a ransom, a crackdown other acts happen "amid", people handed to a fraud ring, people sent
somewhere "to face trial" (sent, not charged) and charges "to face". And who acted: the agent after
"released by" is no one rescued, a body that gave intelligence did not raid, Interpol coordinates
what national police do, and a warrant's body, or a paper's publisher, made no arrest or raid. Abuse
told of the whole region is no one site's, a section's heading tells no act, people freed on their
own recognizance were not rescued, a "Myanmar-based operation" or a "visiting scholar" is no raid or
visit, and captors' acts in a survivor's account (held "where" a scam park is, passports "are
confiscated", "captured by a rebel unit") are no acts of the law; nor is what is done "without" it."""

from scamgraph.model import Label, RelType
from tests.unit.test_news_extraction import run


def _events(text: str) -> list[str]:
    return sorted(n.properties["type"] for n in run(text).nodes.values() if n.label is Label.EVENT)


def _links(text: str) -> set[tuple[str, str, str]]:
    batch = run(text)
    name = {k: n.name if n.label is not Label.EVENT else n.properties["type"] for k, n in batch.nodes.items()}
    return {(name.get(e.source, ""), e.type.value, name.get(e.target, "")) for e in batch.edges
            if e.type is not RelType.MENTIONS}


def test_the_criminals_operation_is_no_raid() -> None:
    assert "raid" not in _events("Police in Tainan said a couple ran recruiting for the ring's operation in Tainan.")
    assert "raid" not in _events("Prosecutors in Denver said the operation laundered money for a fraud ring in Laos.")
    assert "raid" in _events("Police said the joint operation in Myawaddy ended with 200 arrests on Monday.")


def test_a_place_named_by_its_raid_is_no_new_raid() -> None:
    events = _events("Mina Sol, one of the owners of the raided offshore gaming hub Silver Bay 7, was arrested in Cebu "
                     "on Monday.")
    assert events == ["arrest"]


def test_a_death_threat_and_sanctioned_beatings_are_no_death_or_sanction() -> None:
    assert "death" not in _events("Former councillor Rina Lao, who was arrested in Johor, said she had received a "
                                  "death threat from her old partners.")
    assert _events("Prosecutors say Wang Delun, 52, is accused of sanctioning beatings of workers at his casino "
                   "compound in Laos.") == []


def test_money_from_victims_detains_none_of_them() -> None:
    assert "detention" not in _events("Prosecutors said the frozen wallets held money from more than 300 victims, "
                                      "including 40 Canadians.")


def test_a_fee_charged_is_no_charge() -> None:
    assert "charge" not in _events("The agents charged each recruit between RM400 and RM900 for the trip to Myanmar.")
    assert "charge" in _events("Police charged 12 Chinese nationals with fraud on Monday.")


def test_the_agent_after_released_by_is_no_one_rescued() -> None:
    links = _links("Gaming firm officer Tess Yu in a photo released by Sen. Marco Ilagan after they were nabbed by "
                   "Malaysian immigration officers on May 10, 2023.")
    assert not [link for link in links if link[2] == "Marco Ilagan"]


def test_a_body_that_gave_intelligence_did_not_raid_and_interpol_coordinates() -> None:
    links = _links("Cambodian police dismantled the compound in January acting on intelligence from the FBI, "
                   "finding about 2,000 workers inside.")
    assert ("Federal Bureau of Investigation", "CONDUCTED", "raid") not in links
    links = _links("Interpol's latest sweep ended with the arrest of 1,200 people in 20 countries.")
    assert not [link for link in links if link[0] == "Interpol" and link[1] == "CONDUCTED"]


def test_tries_refusals_ransoms_and_a_crackdown_amid_are_no_acts() -> None:
    assert "rescue" not in _events("Police detained a cashier who lured two men abroad, as officials try to rescue "
                                   "residents still held in the region.")
    assert _events("The man was freed once his family paid a ransom of US$9,000 to the compound bosses.") == []
    assert "visit" not in _events("Diplomats flew to Phnom Penh, yet Cambodia did not allow them to visit the nine "
                                  "suspects, the ministry said.")
    assert "raid" not in _events("Victims who were sent to Thailand on March 3 amid a growing crackdown on fraud hubs "
                                 "wait for food at a shelter in Chiang Rai.")


def test_people_handed_to_a_fraud_ring_are_sent_home_by_no_one() -> None:
    assert _events("On arrival they were handed over to telecom fraud rings that made them work.") == []


def test_sent_somewhere_to_face_trial_and_sent_to_court() -> None:
    assert "charge" not in _events("Police said 6 Chinese were sent to China to face trial.")
    assert _events("Police said 8 ringleaders have been sent to court on Monday.") == ["charge"]


def test_abuse_told_of_the_region_is_no_sites() -> None:
    batch = run("Dozens of workers left the Jade Palace casino in Kampot on Wednesday. Across the region, some scam "
                "workers are willing fraudsters and some are trafficked foreigners forced to work under threat.")
    assert not [n for n in batch.nodes.values() if n.properties.get("abuses")]


def test_a_charge_to_face_is_an_aim_of_the_move() -> None:
    assert "charge" not in _events("Ruan Kexin was detained on July 9 at Honolulu airport and then taken to Oregon to "
                                   "face fraud charges.")


def test_a_warrants_body_did_not_make_the_arrest() -> None:
    links = _links("Thai police arrested casino developer Lin Haoyu in Bangkok in 2023 on a 2016 warrant from Chinese "
                   "police, an appeals court heard on Monday.")
    assert not [link for link in links if link[0] == "Chinese police" and link[2] == "arrest"]


def test_a_section_heading_tells_no_act() -> None:
    assert "raid" not in _events("Courts Hand Down Sentences\nA court in Kunming sentenced two men to death on Monday."
                                 "\nWider Crackdown on Border Crime Groups\nThe two ran scam parks in the Wa region.")


def test_people_freed_on_their_own_recognizance_are_not_rescued() -> None:
    links = _links("Authorities raided a gaming hub in Iba on Nov. 20 and found 300 workers. The workers were arrested "
                   "but later freed on their own recognizance, with Rep. Carlo Dizon acting as their guarantor. Those "
                   "freed included 14 Malaysians and 11 others from China and Nepal.")
    assert not [link for link in links if link[1] == "RESCUED"]


def test_a_placed_operation_and_a_visiting_scholar_are_no_raid_or_visit() -> None:
    assert "raid" not in _events("Grace Atim is one of 41 citizens recently freed from a Myanmar-based operation that "
                                 "made them cheat online shoppers.")
    assert "visit" not in _events("Dara Kim, a visiting scholar at Kyoto University, said the departures looked "
                                  "planned.")


def test_captors_acts_in_a_survivors_account_are_no_acts_of_the_law() -> None:
    events = _events("The bureau announced the rescue of four Nepalis who fled a scam park in Laos where they were "
                     "detained and beaten. Inside the park, passports are confiscated on arrival, one of them said. "
                     "Two of them had earlier been captured by a rebel unit and made to sleep in a barn.")
    assert "detention" not in events and "seizure" not in events and "arrest" not in events
    assert "detention" in _events("The men were taken to an immigration centre in Phnom Penh, where they were "
                                  "detained for a week.")


def test_the_body_that_publishes_a_paper_made_no_raid() -> None:
    links = _links("The Daily Mirror, a state-run paper published by the Ministry of Information, reported that 80 "
                   "foreigners were arrested in a raid on Feb 7.")
    assert not [link for link in links if link[0] == "Ministry of Information" and link[1] == "CONDUCTED"]


def test_an_act_done_without_is_not_done() -> None:
    assert _events("Thai officers left the site without making the arrests.") == []
    assert _events("Subdivisions are hard to enter without a search warrant, the mayor said.") == []
    assert _events("Police arrested 20 people without a warrant on Monday.") == ["arrest"]
