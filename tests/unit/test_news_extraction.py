"""The news extractor on short texts written for one behaviour each."""

from datetime import date

from scamgraph.loaders.identifiers import find_identifiers
from scamgraph.loaders.news import extract
from scamgraph.loaders.text import Article
from scamgraph.model import GraphBatch, Label, RelType

PUBLISHED = date(2026, 10, 15)  # a Thursday


def run(text: str, published: date | None = PUBLISHED) -> GraphBatch:
    return extract(Article(text=text, title="t", published=published))


def names(batch: GraphBatch, label: Label) -> set[str]:
    return {n.name for n in batch.nodes.values() if n.label is label}


def facts(batch: GraphBatch) -> set[tuple[str, str, str, object]]:
    def show(key: str) -> str:
        node = batch.nodes[key]
        if node.label is Label.EVENT:
            return f"{node.properties['type']}@{node.properties.get('date', '')}"
        return node.properties.get("iso2") or node.name  # type: ignore[return-value]

    return {(e.type.value, show(e.source), show(e.target), e.properties.get("count"))
            for e in batch.edges if e.type is not RelType.MENTIONS}


def counts_of(text: str) -> set[tuple[str, str, object]]:
    """(relation, nationality code or name, count) of each fact the text yields: the people an act took."""
    return {(f[0], f[2], f[3]) for f in facts(run(text))}


def events(batch: GraphBatch) -> dict[str, dict]:
    return {f"{n.properties['type']}@{n.properties.get('date', '')}": n.properties
            for n in batch.nodes.values() if n.label is Label.EVENT}


def event_types(batch: GraphBatch) -> set[str]:
    """The kinds of act a batch tells, whatever their days."""
    return {props["type"] for props in events(batch).values()}


def test_a_raid_with_counts_by_nationality_written_as_digits_and_words() -> None:
    batch = run("Police raided a compound in Poipet on Tuesday and arrested fifty-seven South Korean "
                "nationals. Officers found 3,455 people inside, including 29 Chinese nationals.")
    assert ("ARRESTED", "raid@2026-10-13", "KR", 57) in facts(batch)
    assert ("FOUND", "raid@2026-10-13", "CN", 29) in facts(batch)
    raid = events(batch)["raid@2026-10-13"]
    assert (raid["count_arrested"], raid["count_found"]) == (57, 3455)
    assert ("OCCURRED_AT", "raid@2026-10-13", "compound in Poipet", None) in facts(batch)


def test_two_people_who_share_a_surname_stay_two_people() -> None:
    batch = run("Kim Tae-hoon placed the advertisements, while his brother-in-law Kim Jun-seo escorted "
                "the recruits. Kim Jun-seo has denied wrongdoing. Kim Tae-hoon declined to comment.")
    assert names(batch, Label.PERSON) == {"Kim Tae-hoon", "Kim Jun-seo"}


def test_a_later_surname_refers_to_the_person_named_before() -> None:
    batch = run("Lawmaker Yoon Ha-neul visited Phnom Penh. Yoon said the victims were lured abroad.")
    assert names(batch, Label.PERSON) == {"Yoon Ha-neul"}
    assert batch.nodes["person:yoon-ha-neul"].properties["role"] == "lawmaker"


def test_a_delegation_with_its_country_leader_and_purpose() -> None:
    batch = run("A South Korean parliamentary delegation led by lawmaker Yoon Ha-neul accompanied the raid "
                "as part of a parliamentary investigation.")
    (delegation,) = [n for n in batch.nodes.values() if n.label is Label.DELEGATION]
    assert delegation.properties["country"] == "KR"
    assert "investigation" in delegation.properties["purpose"]
    assert ("LEADS", "Yoon Ha-neul", delegation.name, None) in facts(batch)
    assert ("REPRESENTS", delegation.name, "KR", None) in facts(batch)
    assert ("PARTICIPATED_IN", delegation.name, "raid@", None) in facts(batch)


def test_roles_nationality_and_employer_from_titles_and_appositions() -> None:
    batch = run("CCOS spokesperson Keo Vannak spoke. Chen Wei, a Chinese national, was arrested. "
                "Pol. Lt. Gen. Sar Thet of the Ministry of Interior said so.")
    assert ("HAS_NATIONALITY", "Chen Wei", "CN", None) in facts(batch)
    assert ("WORKS_FOR", "Sar Thet", "Ministry of Interior", None) in facts(batch)
    assert batch.nodes["person:sar-thet"].properties["role_class"] == "police"


def test_an_acronym_defined_in_the_text_is_the_same_agency() -> None:
    batch = run("The Commission for Combating Online Scams (CCOS) said police raided a casino. "
                "The CCOS later confirmed the arrests.")
    assert names(batch, Label.AGENCY) == {"Commission for Combating Online Scams"}
    assert ("ANNOUNCED", "Commission for Combating Online Scams", "raid@", None) in facts(batch)


def test_a_campaign_over_months_is_a_separate_event_from_a_dated_raid() -> None:
    batch = run("Police raided a building in Kampot on Tuesday. Police have raided 92 sites across "
                "18 provinces over the past four months, arresting 3,455 people of 20 nationalities.")
    campaign = events(batch)["raid@2026-06-15/2026-10-15"]
    assert campaign["period"] is True
    assert (campaign["count_sites"], campaign["count_provinces"], campaign["count_arrested"],
            campaign["count_nationalities"]) == (92, 18, 3455, 20)
    assert "raid@2026-10-13" in events(batch)


def test_without_a_publication_date_event_dates_stay_words() -> None:
    batch = run("Police raided a compound on Tuesday.", published=None)
    (raid,) = events(batch).values()
    assert "date" not in raid and raid["date_text"] == "on Tuesday"


def test_text_with_no_scam_content_yields_no_events() -> None:
    batch = run("Farmers in Battambang province celebrated a record rice harvest on Saturday, "
                "Governor Sok Lina said.")
    assert events(batch) == {}
    assert names(batch, Label.PERSON) == {"Sok Lina"}


def test_scam_types_abuses_and_sites() -> None:
    batch = run("Officers raided the Golden Fortune compound in Sihanoukville, which ran romance scams "
                "and voice phishing. Workers said they were beaten and held against their will.")
    assert names(batch, Label.SCAM_TYPE) == {"romance scam", "voice phishing"}
    site = batch.nodes["site:golden-fortune-compound"]
    assert set(site.properties["abuses"]) == {"torture", "illegal confinement"}
    assert ("LOCATED_IN", "Golden Fortune compound", "Sihanoukville", None) in facts(batch)


def test_every_fact_quotes_the_sentence_it_came_from() -> None:
    text = "Intro line.\n\nCambodian police arrested 12 Thai nationals in Bavet on Monday."
    batch = run(text)
    for edge in batch.edges:
        for ev in edge.evidence:
            assert ev.start is not None and ev.end is not None
            assert " ".join(text[ev.start:ev.end].split()) == ev.quote


def test_identifiers_are_normalized() -> None:
    found = {(f.kind, f.value) for f in find_identifiers(
        "Call +855 96 555 0147, visit https://www.secure-invest.co.kh/login, write to Help@Example.com, "
        "pay 0x52908400098527886E0F7030069857D2E4169EE7 or message @amy_wealth_coach.")}
    assert found == {("phone", "+855965550147"), ("domain", "secure-invest.co.kh"), ("email", "help@example.com"),
                     ("wallet-eth", "0x52908400098527886E0F7030069857D2E4169EE7"), ("handle", "@amy_wealth_coach")}


def test_html_tags_in_plain_text_are_kept_as_data_not_interpreted() -> None:
    batch = run('Police arrested <img src=x onerror=alert(1)> and Chen Wei, a Chinese national.')
    assert "Chen Wei" in names(batch, Label.PERSON)
    assert all("<img" not in n.name for n in batch.nodes.values())


def test_the_extract_json_shape() -> None:
    data = run("Cambodian police raided a building in Poipet on Tuesday, arresting 57 Thai nationals.").to_dict()
    assert set(data) == {"report", "nodes", "edges", "problems"}
    assert set(data["report"]) == {"key", "title", "url", "published"}
    event = next(n for n in data["nodes"] if n["label"] == "Event")
    assert event["properties"]["type"] == "raid" and event["properties"]["date"] == "2026-10-13"
    assert event["properties"]["counts"] == {"arrested": 57}
    nationality = next(n for n in data["nodes"] if n["label"] == "Nationality")
    assert nationality["properties"]["iso2"] == "TH"
    edge = next(e for e in data["edges"] if e["type"] == "ARRESTED")
    assert edge["properties"] == {"count": 57} and edge["evidence"][0]["quote"].startswith("Cambodian police")


def test_fuzzer_finding_a_lone_capitalized_word_after_a_line_break() -> None:
    """Found by atheris in CI: a single capitalized token read as a person with no node."""
    from scamgraph.loaders.text import parse_article

    extract(parse_article(b"\nKf\n\n1)~K\nSo Kf\nU\no\nfS\n kk", ".html")).validate()


def test_a_flight_carrying_people_who_had_been_held_is_their_return_not_a_detention() -> None:
    batch = run("Two air force aircraft landed in Delhi on Thursday carrying 270 Indian nationals who had been "
                "held in scam centres in Myawaddy, the Ministry of External Affairs said.")
    assert ("REPATRIATED", "repatriation@2026-10-15", "IN", 270) in facts(batch)
    assert ("ANNOUNCED", "Ministry of External Affairs", "repatriation@2026-10-15", None) in facts(batch)
    assert not [e for e in events(batch) if e.startswith("detention")]


def test_a_title_with_a_department_is_not_part_of_the_name() -> None:
    batch = run("Chinese Assistant Minister of Public Security Liu Zhongyi led a working group to Thailand. "
                "Deputy Minister of Foreign Affairs Maria Santos attended.")
    assert {"Liu Zhongyi", "Maria Santos"} <= names(batch, Label.PERSON)
    assert not [n for n in names(batch, Label.PERSON) if n.startswith("of ")]
    liu = next(n for n in batch.nodes.values() if n.name == "Liu Zhongyi")
    assert liu.properties.get("role") == "vice minister"  # (an assistant minister ranks below the minister)


def test_company_and_agency_names_with_and_digits_and_units() -> None:
    batch = run("The hub was operated by Lucky South 99 Outsourcing Inc., whose licence had been revoked by the "
                "Philippine Amusement and Gaming Corporation. The raid was conducted with the Philippine National "
                "Police Criminal Investigation and Detection Group.")
    assert "Lucky South 99 Outsourcing Inc" in names(batch, Label.ORGANIZATION)  # (its legal form as written)
    # (the gaming regulator is a state body, whole with its "and")
    assert {"Philippine Amusement and Gaming Corporation",
            "Philippine National Police Criminal Investigation and Detection Group"} <= names(batch, Label.AGENCY)
    assert "Lucky South" not in names(batch, Label.PERSON)
    # "Cambodia and Thailand" stay two places: no head word ends the run
    two = run("Officials from Cambodia and Thailand met in Bangkok.")
    assert not [n for n in names(two, Label.ORGANIZATION) | names(two, Label.AGENCY) if " and " in n]


def test_a_shorter_name_of_an_agency_told_before_is_the_same_agency() -> None:
    batch = run("China's Ministry of Public Security said 1,041 suspects were handed over on Tuesday. "
                "The suspects were flown to Nanjing, the Ministry of Public Security said.")
    agencies = names(batch, Label.AGENCY)
    assert len([a for a in agencies if "Public Security" in a]) == 1, agencies


def test_a_myanmar_army_raid_is_the_army_not_a_militia() -> None:
    batch = run("The Myanmar army raided the KK Park complex near Myawaddy on Tuesday.")
    assert "Myanmar military" in names(batch, Label.AGENCY) and "Border Guard Force" not in names(batch, Label.AGENCY)


def test_brought_home_is_a_repatriation_and_the_dateline_says_whose_ministry() -> None:
    batch = run("JAKARTA - The government has brought home 46 Indonesian citizens from Sihanoukville, "
                "the Foreign Ministry said on Thursday.")
    # "has brought home ..., said on Thursday": a result told in the present perfect, not dated by the telling
    assert ("REPATRIATED", "repatriation@", "ID", 46) in facts(batch)
    ministry = next(n for n in batch.nodes.values() if n.name == "Foreign Ministry")
    assert ministry.properties["country"] == "ID"
    plain = run("The government has brought home 46 citizens, the Foreign Ministry said.")
    assert next(n for n in plain.nodes.values() if n.name == "Foreign Ministry").properties.get("country") is None


def test_a_provincial_police_is_of_its_province_and_not_the_national_police() -> None:
    batch = run("Svay Rieng provincial police raided a casino building in Bavet on Monday. "
                "Pol. Maj. Gen. Thanawat Srisuk, commander of the Tak provincial police, said 20 were held.")
    agencies = {n.name: n.properties for n in batch.nodes.values() if n.label is Label.AGENCY}
    assert agencies["Svay Rieng provincial police"]["country"] == "KH"
    assert "Tak provincial police" in agencies and "Royal Thai Police" not in agencies


def test_an_agency_that_says_it_raided_conducted_the_raid() -> None:
    batch = run("Myanmar's military said on Monday it had raided KK Park and detained 2,198 people.")
    assert ("CONDUCTED", "Myanmar military", "raid@2026-10-12", None) in facts(batch)
    told = run("Police raided KK Park on Monday, the Interior Ministry said.")
    assert ("ANNOUNCED", "Interior Ministry", "raid@2026-10-12", None) in facts(told)


def test_thai_titles_without_full_stops_are_titles() -> None:
    batch = run("Pol Lt Gen Jirabhop Bhuridej, the CIB commissioner, said 12 people were arrested.")
    assert "Jirabhop Bhuridej" in names(batch, Label.PERSON)


def test_a_list_of_places_is_not_a_hierarchy() -> None:
    batch = run("Officers raided 20 locations in Bangkok, Chon Buri and Chiang Rai on Tuesday.")
    assert not [f for f in facts(batch) if f[0] == "LOCATED_IN" and f[1] == "Bangkok"]
    nested = run("Police raided a building in Bavet, Svay Rieng on Tuesday.")
    assert ("LOCATED_IN", "Bavet", "Svay Rieng", None) in facts(nested)


def test_a_sanctions_authority_designating_someone_targets_them_and_does_not_employ_them() -> None:
    batch = run("OFAC also designated Ly Yong Phat, a Cambodian senator, and his company LYP Group on Monday.")
    found = facts(batch)
    assert ("TARGETED", "sanction@2026-10-12", "Ly Yong Phat", None) in found
    assert not [f for f in found if f[0] == "WORKS_FOR"]
    plain = run("The zone was designated in 2007 by the provincial government.")
    assert not events(plain)


def test_a_handover_and_a_tally_since_new_year_are_two_repatriations() -> None:
    batch = run("Cambodian authorities on Tuesday handed over 73 Vietnamese citizens to border guards. "
                "Since the beginning of the year, the province has received more than 600 citizens returned from Cambodia.")
    assert events(batch)["repatriation@2026-10-13"]["count_repatriated"] == 73
    assert events(batch)["repatriation@2026-01-01/2026-10-15"]["count_repatriated"] == 600


def test_a_generic_agency_name_is_the_datelines_country_and_branch_numbers_are_not_counts() -> None:
    batch = run("MANILA — A court sentenced the former mayor to life imprisonment on Thursday, the Department "
                "of Justice said. The Pasig Regional Trial Court Branch 167 also convicted seven co-accused.")
    manila = [n for n in batch.nodes.values() if n.label is Label.AGENCY and n.name == "Department of Justice"]
    assert [n.properties["country"] for n in manila] == ["PH"]  # named as written, the Philippines' own
    assert not [e for e in events(batch).values() if 167 in e.values()]
    washington = run("WASHINGTON — Three men were charged on Thursday, the Department of Justice said.")
    assert "Department of Justice" in names(washington, Label.AGENCY)
    us_key = next(n.key for n in washington.nodes.values() if n.name == "Department of Justice")
    assert manila[0].key != us_key  # two bodies of one name stay two nodes in one graph


def test_an_apposition_ends_at_its_verb_and_a_list_of_countries_is_no_one_nationality() -> None:
    batch = run("The zone is run by Kings Romans Group, whose chairman, Zhao Wei, was sanctioned by the US Treasury "
                "in 2018. Police detained 771 people, including 317 Lao nationals and 454 foreigners from China, "
                "Myanmar and Vietnam.")
    found = facts(batch)
    assert not [f for f in found if f[0] == "WORKS_FOR" and f[1] == "Zhao Wei"]
    assert [f for f in found if f[0] == "DETAINED" and f[2] == "LA" and f[3] == 317]
    # the 454 are from three countries: each is a detained nationality, none carries the count
    assert not [f for f in found if f[0] == "DETAINED" and f[2] == "CN" and f[3] is not None]
    assert {f[2] for f in found if f[0] == "DETAINED" and f[3] is None} == {"CN", "MM", "VN"}
    naturalised = run("Lim, a naturalised Cambodian born in Malaysia, could not be reached. Lim Kok Seng chairs the group.")
    assert "Lim Kok Seng" in names(naturalised, Label.PERSON)


def test_a_title_after_an_acronym_is_not_part_of_the_name() -> None:
    batch = run("UN High Commissioner for Human Rights Volker Türk said the abuse was severe.")
    assert names(batch, Label.PERSON) == {"Volker Türk"}


def test_a_task_force_or_working_group_with_a_leader_is_a_delegation() -> None:
    batch = run("South Korea dispatched a government task force led by First Vice Foreign Minister Park Yoon-joo "
                "to Phnom Penh on Tuesday after a Korean student was found dead near a compound in Kampot in August.")
    delegations = {n.name: n.properties for n in batch.nodes.values() if n.label is Label.DELEGATION}
    assert list(delegations) == ["South Korean government delegation led by Park Yoon-joo"]
    assert "death@2026-08" in events(batch)  # the date of the clause the death is told in
    assert not [f for f in facts(batch) if f[0] == "PARTICIPATED_IN"]  # "led by" is not taking part
    chinese = run("Chinese Assistant Minister of Public Security Liu Zhongyi led a working group to Thailand.")
    assert [n.name for n in chinese.nodes.values() if n.label is Label.DELEGATION] == ["Chinese delegation led by Liu Zhongyi"]


def test_scams_named_with_no_site_in_the_sentence_are_said_of_no_site() -> None:
    batch = run("Police raided the Silver Lotus compound in Poipet on Monday. Unrest in the border region has "
                "bred criminal activities, including phishing and illegal gambling.")
    assert not any(rel == "ENGAGED_IN" for rel, *_ in facts(batch))


def test_the_site_a_sentence_calls_the_crime_complex_is_the_one_told_of() -> None:
    batch = run("Police raided the Silver Lotus compound in Poipet on Monday. The gang had run romance scams "
                "from the crime complex since March.")
    assert ("ENGAGED_IN", "Silver Lotus compound", "romance scam", None) in facts(batch)


def test_a_site_acronym_is_the_named_site() -> None:
    batch = run("Police raided the Bay Harbour Special Economic Zone (SEZ) on Monday. The SEZ ran online fraud.")
    assert names(batch, Label.SITE) == {"Bay Harbour Special Economic Zone"}


def test_the_scams_workers_were_forced_to_run_belong_to_the_site_told_of() -> None:
    batch = run("Police raided the Silver Lotus compound in Poipet on Monday. Survivors said they had been "
                "forced to run romance scams for twelve hours a day.")
    assert ("ENGAGED_IN", "Silver Lotus compound", "romance scam", None) in facts(batch)


def test_a_scam_after_anti_names_what_a_unit_fights_not_a_scam_told_of() -> None:
    batch = run("Officers of the Anti-Trafficking in Persons Division escorted the workers home.")
    assert names(batch, Label.SCAM_TYPE) == set()


def test_common_ways_of_writing_scam_types() -> None:
    batch = run("Police raided a call centre scam hub in Poipet that ran romantic scams and lured workers "
                "with fake employment opportunities.")
    assert names(batch, Label.SCAM_TYPE) == {"voice phishing", "romance scam", "job scam"}


def test_job_offers_and_false_promises_of_work_are_job_scams() -> None:
    offers = run("The workers were lured to Myawaddy by lucrative IT sector job offers in 2024.")
    assert names(offers, Label.SCAM_TYPE) == {"job scam"}
    promises = run("Nine women were taken to Laos under false promises of employment in March.")
    assert names(promises, Label.SCAM_TYPE) >= {"job scam"}
    plain = run("They were recruited with promises of work as translators in Laos.")
    assert "job scam" not in names(plain, Label.SCAM_TYPE)


def test_callers_pretending_to_be_officials_run_an_impersonation_scam() -> None:
    for told in ("The gang called victims pretending to be customs officers on Monday.",
                 "The suspects tricked victims by impersonating delivery staff and bank officials."):
        assert names(run(told), Label.SCAM_TYPE) == {"impersonation scam"}
    widow = run("He spent months posing as a wealthy widow to lure men into fake crypto deals.")
    assert "impersonation scam" not in names(widow, Label.SCAM_TYPE)


def test_people_trafficked_or_held_by_traffickers_is_human_trafficking() -> None:
    batch = run("The workers were trafficked to Myawaddy, where a gang of human traffickers held them.")
    assert names(batch, Label.SCAM_TYPE) == {"human trafficking"}


def test_drug_traffickers_are_not_human_trafficking() -> None:
    batch = run("Police said the two drug traffickers were arrested in Tachileik on Monday.")
    assert names(batch, Label.SCAM_TYPE) == set()


def test_listed_scam_phrases_in_the_plural_or_as_a_gerund() -> None:
    batch = run("The men ran romance frauds from a hotel in Poipet before cyber scamming "
                "was banned there.")
    assert names(batch, Label.SCAM_TYPE) == {"online fraud", "romance scam"}


def test_a_described_site_drops_the_description_of_its_place() -> None:
    batch = run("Police raided a hotel in the northern province of Oddar Meanchey on Monday.")
    assert names(batch, Label.SITE) == {"hotel in Oddar Meanchey"}
    assert ("LOCATED_IN", "hotel in Oddar Meanchey", "Oddar Meanchey", None) in facts(batch)


def test_a_base_in_a_named_place_is_a_described_site() -> None:
    batch = run("The group made fraudulent calls from a base in Bavet for six months.")
    assert names(batch, Label.SITE) == {"base in Bavet"}
