"""People, their posts, firms and sites as reporting from many countries writes them (session 57
probe; made-up names, bodies and places):
- a Burmese name that doubles a word an honorific list holds ("Tun Tun Aung") keeps both words;
  "Sen-Gen" is a rank, as "Lt-Gen" is;
- a nickname in quotes no longer hides the town after the name ('Alma "Ali" Dantes of Varrow');
- "X, a Nigerian national," / "X, a British citizen," make X a person, of that people, at a
  sentence's start too;
- "X, who heads the Y" leads Y (not "who headed"); "X, 41, the owner of the Y Casino" owns it
  (not "the former owner"); "a casino in Y owned by Chinese businessman X", "a building run by a
  company, Z", "Z Holdings, which is owned by X", "tycoon X's casino in Y": the owner or operator of
  the sentence's site or firm (not "owned by X's brother");
- "X, his conglomerate Z Group" owns Z and does not work for it; "X, the Z Group, and ..." is a list;
- "X, a victim of the Y gang" is no member of it;
- "A (Chinese) and B (Vietnamese)", "A (34, Chinese national)", "A and B, both Chinese nationals,":
  each person's people ("a Chinese national of Korean descent": no Korean citizenship);
- one name described ("Sutarmin, 34, a migrant worker", "Shadiq, a native of ..."), or initials
  first ("S. Arul Babu"), is a person; "Mai, 24, not her real name," is none;
- "X, a detective with the Y Police Agency" works for it."""

from tests.unit.test_news_extraction import facts, names, run
from scamgraph.model import Label


def _rels(text: str, rel: str) -> set[tuple[str, str]]:
    return {(s, t) for r, s, t, _c in facts(run(text)) if r == rel}


def test_a_word_a_burmese_name_doubles_is_no_honorific() -> None:
    batch = run("Deputy minister Tun Tun Aung said the raid in Varrow freed 300 people.")
    assert names(batch, Label.PERSON) == {"Tun Tun Aung"}, names(batch, Label.PERSON)
    batch = run("Tun Tun Aung, the junta's deputy information minister, said the raid freed 300 people.")
    assert names(batch, Label.PERSON) == {"Tun Tun Aung"}, names(batch, Label.PERSON)


def test_a_senior_generals_hyphened_rank_is_no_part_of_the_name() -> None:
    batch = run("Sen-Gen Zaw Htet Naing said the raid in Varrow freed 300 people.")
    assert names(batch, Label.PERSON) == {"Zaw Htet Naing"}, names(batch, Label.PERSON)


def test_guard_a_malaysian_honorific_still_goes() -> None:
    """(Guard: passes on the pristine code too.)"""
    batch = run("Former premier Tun Razlan Hamidun said the raid in Varrow freed 300 people.")
    assert names(batch, Label.PERSON) == {"Razlan Hamidun"}, names(batch, Label.PERSON)


def test_a_nickname_in_quotes_leaves_the_town_after_the_name_apart() -> None:
    batch = run('Former mayor Alma "Ali" Dantes of Varrow town fled the country in July, senators were told.')
    assert names(batch, Label.PERSON) == {"Alma Dantes"}, names(batch, Label.PERSON)


def test_one_of_a_people_set_off_after_a_name_opening_a_sentence() -> None:
    text = "Emeka Obiora, a Nigerian national, was charged in Varrow on Friday."
    assert _rels(text, "HAS_NATIONALITY") == {("Emeka Obiora", "NG")}, _rels(text, "HAS_NATIONALITY")
    text = "Orvel Tamsin, a British citizen, was charged in Varrow on Friday."
    assert _rels(text, "HAS_NATIONALITY") == {("Orvel Tamsin", "GB")}, _rels(text, "HAS_NATIONALITY")


def test_who_heads_the_body_leads_it_now() -> None:
    text = "Meng Sorya, who heads the Varrow Anti-Human Trafficking Department, said 61 victims were rescued."
    assert _rels(text, "LEADS") == {("Meng Sorya", "Varrow Anti-Human Trafficking Department")}, _rels(text, "LEADS")
    text = "Meng Sorya, who headed the Varrow Anti-Human Trafficking Department, said 61 victims were rescued."
    assert _rels(text, "LEADS") == set(), _rels(text, "LEADS")


def test_the_owner_of_a_named_site_set_off_after_the_name() -> None:
    text = "Kim Do-hwan, 41, the owner of the Blue Lagoon Casino in Varrow, was arrested on Sunday."
    assert _rels(text, "OWNS") == {("Kim Do-hwan", "Blue Lagoon Casino")}, _rels(text, "OWNS")
    text = "Kim Do-hwan, the former owner of the Blue Lagoon Casino in Varrow, was arrested on Sunday."
    assert _rels(text, "OWNS") == set(), _rels(text, "OWNS")


def test_the_owner_or_operator_of_the_sentences_described_site() -> None:
    text = "The 60 workers were held at a casino in Varrow province owned by Chinese businessman Lu Kaiwen."
    assert _rels(text, "OWNS") == {("Lu Kaiwen", "casino in Varrow")}, _rels(text, "OWNS")
    text = "Police raided a building in the town of Varrow run by a company, Huayang Holdings, on Monday."
    assert _rels(text, "OPERATES") == {("Huayang Holdings", "building in Varrow")}, _rels(text, "OPERATES")


def test_a_site_or_firm_after_a_persons_possessive_is_owned() -> None:
    text = "Police raided tycoon Lu Kaiwen's casino in Varrow province on Monday."
    assert _rels(text, "OWNS") == {("Lu Kaiwen", "casino in Varrow")}, _rels(text, "OWNS")
    text = "Lu Kaiwen's Huayang Holdings ran the compound in Varrow province."
    assert _rels(text, "OWNS") == {("Lu Kaiwen", "Huayang Holdings")}, _rels(text, "OWNS")
    assert _rels("Police raided a casino in Varrow province owned by Lu Kaiwen's brother.", "OWNS") == set()


def test_a_firm_owned_by_a_person_told_after_it() -> None:
    text = "The company, Huayang Holdings, is owned by Zhou Rongbo, police in Varrow said."
    assert _rels(text, "OWNS") == {("Zhou Rongbo", "Huayang Holdings")}, _rels(text, "OWNS")
    assert _rels("Huayang Holdings, which is run by Zhou Rongbo, leased the site in Varrow.", "OWNS") == set()


def test_his_firm_is_owned_not_an_employer() -> None:
    text = "The sanctions include Ly Tong Hak, his conglomerate L.T.H. Group Co., Ltd., and two hotels in Varrow."
    found = {(r, s, t) for r, s, t, _c in facts(run(text)) if s == "Ly Tong Hak" and r in {"OWNS", "WORKS_FOR"}}
    assert found == {("OWNS", "Ly Tong Hak", "L.T.H. Group Co., Ltd")}, found
    text = "Ly Tong Hak and his LTH Group faced sanctions over the casinos in Varrow."
    assert _rels(text, "OWNS") == {("Ly Tong Hak", "LTH Group")}, _rels(text, "OWNS")


def test_a_name_and_a_firm_listed_together_are_no_post() -> None:
    text = "Ly Tong Hak, the L.T.H. Group, and Kestrel Resort are being designated as abusers."
    assert _rels(text, "WORKS_FOR") == set(), _rels(text, "WORKS_FOR")


def test_a_victim_of_a_gang_is_no_member() -> None:
    assert _rels("Aye Chan, a victim of the Red Dragon gang, said she was beaten in Varrow.", "MEMBER_OF") == set()


def test_guard_a_member_of_a_gang_is_one() -> None:
    """(Guard: passes on the pristine code too.)"""
    text = "Aye Chan, a member of the Red Dragon gang, said she was beaten in Varrow."
    assert _rels(text, "MEMBER_OF") == {("Aye Chan", "Red Dragon")}, _rels(text, "MEMBER_OF")


def test_a_demonym_in_brackets_after_a_name() -> None:
    text = "Police charged Gao Fengli (Chinese) and Do Van Hiep (Vietnamese) in Varrow."
    found = _rels(text, "HAS_NATIONALITY")
    assert found == {("Gao Fengli", "CN"), ("Do Van Hiep", "VN")}, found
    found = _rels("Police charged Gao Fengli (34, Chinese national) in Varrow.", "HAS_NATIONALITY")
    assert found == {("Gao Fengli", "CN")}, found


def test_a_descent_after_a_citizens_of_is_no_second_state() -> None:
    found = _rels("Guo Pingyu, a Chinese national of Korean descent, was arrested in Varrow.", "HAS_NATIONALITY")
    assert found == {("Guo Pingyu", "CN")}, found


def test_both_or_all_after_a_list_of_names_gives_each_the_demonym() -> None:
    found = _rels("In Varrow, Zhou Rongbo and Fang Lidan, both Chinese nationals, were arrested.", "HAS_NATIONALITY")
    assert found == {("Zhou Rongbo", "CN"), ("Fang Lidan", "CN")}, found
    found = _rels("Zhou Rongbo, Fang Lidan, and Wu Baiqi, all Chinese, were arrested in Varrow.", "HAS_NATIONALITY")
    assert found == {("Zhou Rongbo", "CN"), ("Fang Lidan", "CN"), ("Wu Baiqi", "CN")}, found
    assert _rels("Zhou Rongbo and Fang Lidan, both Chinese-born, were arrested in Varrow.", "HAS_NATIONALITY") == set()


def test_one_name_described_is_a_person() -> None:
    batch = run("Sutarmin, 34, a migrant worker from Dravnik, said he was forced to work in Varrow.")
    assert "Sutarmin" in names(batch, Label.PERSON), names(batch, Label.PERSON)
    batch = run("Shadiq, a native of Dravnik, was arrested in Varrow.")
    assert names(batch, Label.PERSON) == {"Shadiq"}, names(batch, Label.PERSON)
    batch = run("Among the victims were Wanjiru, 24, and Achola, 22, both from Varrow.")
    assert names(batch, Label.PERSON) == {"Wanjiru", "Achola"}, names(batch, Label.PERSON)


def test_guard_a_stand_in_name_is_no_person() -> None:
    """(Guard: passes on the pristine code too.)"""
    batch = run("Mai, 24, not her real name, said she was sold twice before she escaped from Varrow.")
    assert names(batch, Label.PERSON) == set(), names(batch, Label.PERSON)


def test_initials_before_a_name_that_holds_a_towns_name() -> None:
    batch = run("S. Arul Babu, a native of Dravnik, was among the 24 Indians rescued in Varrow.")
    assert names(batch, Label.PERSON) == {"S. Arul Babu"}, names(batch, Label.PERSON)


def test_a_noun_of_staff_with_the_body_is_its_employee() -> None:
    text = '"We are tracking the brokers," said Lee Jae-won, a detective with the Orvella Metropolitan Police Agency.'
    assert _rels(text, "WORKS_FOR") == {("Lee Jae-won", "Orvella Metropolitan Police Agency")}, _rels(text, "WORKS_FOR")
    text = "Lee Jae-won, with the Orvella Metropolitan Police Agency, said 30 were held in Varrow."
    assert _rels(text, "WORKS_FOR") == set(), _rels(text, "WORKS_FOR")
