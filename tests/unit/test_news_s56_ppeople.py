"""People and what their titles and appositions say of them, as reporting from many countries
writes them (session 56; made-up names, bodies and places):
- "X, a Thai-born tycoon", "X, the Chinese-speaking manager", "X, a former Chinese citizen",
  "Chinese-Cambodian tycoon X": no nationality is told ("X, 34, from China" tells one);
- "X, the leader of a Chinese gang", "X, a recruiter for a Kenyan agency", "X, the wife of Chinese
  tycoon Y", "X, a researcher who studies Chinese gangs": the demonym is another's ("X, who is a
  Chinese national" and "X, one of the Chinese suspects" stay X's);
- "A, a Chinese citizen, B, a Vietnamese national, and C": A's apposition is no group B is named out
  of; each listed person's apposition is passed to the verb the list shares;
- "Chinese nationals A, B and C", "three Chinese nationals - A, B and C -": every name of the list;
- "a retired officer of", "then head of", "the son of a ... general", "wanted by the ... Police",
  "the wife of ... chief Y": no employer of X's;
- names: "A and B were arrested", "X, a member of the ... Council", "IGP Tan Sri X", "PBGen X",
  "Usec. X"; "Y, whose real name is Z" is Y; "Dong Yiwen Mansion" is a building."""

from tests.unit.test_news_extraction import facts, names, run
from scamgraph.model import Label

_BODY_RELS = {"WORKS_FOR", "LEADS", "DIRECTS", "MEMBER_OF"}


def _nationalities(text: str) -> set[tuple[str, str]]:
    return {(s, t) for r, s, t, _c in facts(run(text)) if r == "HAS_NATIONALITY"}


def _bodies(text: str, person: str) -> set[tuple[str, str]]:
    return {(r, t) for r, s, t, _c in facts(run(text)) if r in _BODY_RELS and s == person}


def _acted_on(text: str, rel: str) -> set[str]:
    return {t for r, _s, t, _c in facts(run(text)) if r == rel}


def test_a_hyphened_compound_of_a_demonym_tells_no_nationality() -> None:
    assert _nationalities("Mo Tiequan, a Thai-born property dealer, was detained in Varrow on Monday.") == set()
    assert _nationalities("Mo Tiequan, the Chinese-speaking floor boss, was detained in Varrow on Monday.") == set()
    found = _nationalities("Mo Tiequan, a Chinese-born Cambodian hotelier, was detained in Varrow on Monday.")
    assert found == {("Mo Tiequan", "KH")}, found


def test_a_former_citizenship_is_no_nationality() -> None:
    assert _nationalities("Mo Tiequan, a former Chinese citizen, was detained in Varrow on Monday.") == set()


def test_a_demonym_after_a_preposition_of_the_apposition_is_anothers() -> None:
    assert _nationalities("Mo Tiequan, the leader of a Chinese gang, was detained in Varrow on Monday.") == set()
    assert _nationalities("Mo Tiequan, a recruiter for a Kenyan agency, was detained in Varrow on Monday.") == set()
    found = _nationalities("Qiu Lanfen, the wife of Chinese tycoon Mo Tiequan, was detained in Varrow on Monday.")
    assert found == {("Mo Tiequan", "CN")}, found


def test_a_demonym_in_a_clause_of_another_verb_is_anothers() -> None:
    found = _nationalities("Mo Tiequan, a scholar who studies Chinese gangs, said the compounds had moved to Varrow.")
    assert found == set(), found


def test_guard_a_clause_of_being_and_a_partitive_keep_the_persons_own() -> None:
    # (guards: these passed before the rules above and must still pass)
    assert _nationalities("Mo Tiequan, who is a Chinese national, was detained in Varrow on Monday.") \
        == {("Mo Tiequan", "CN")}
    found = _nationalities("Mo Tiequan, a Malaysian citizen, was detained in Varrow on Monday.")
    assert found == {("Mo Tiequan", "MY")}, found


def test_the_apposition_of_the_name_before_is_no_group_of_the_next() -> None:
    found = _nationalities("Mo Tiequan, a Chinese citizen, Tran Quy Lam, a Vietnamese national, and Baek Sung-ryul, "
                           "a South Korean, were deported from Varrow on Tuesday.")
    assert found == {("Mo Tiequan", "CN"), ("Tran Quy Lam", "VN"), ("Baek Sung-ryul", "KR")}, found
    found = _nationalities("Mo Tiequan, a Chinese citizen, and Tran Quy Lam, the site manager, were deported from "
                           "Varrow on Tuesday.")
    assert found == {("Mo Tiequan", "CN")}, found


def test_each_listed_persons_apposition_is_passed_to_the_shared_verb() -> None:
    found = _acted_on("Mo Tiequan, a Chinese citizen, and Tran Quy Lam, a Vietnamese national, were deported from "
                      "Varrow on Tuesday.", "DEPORTED")
    assert found == {"Mo Tiequan", "Tran Quy Lam"}, found
    found = _acted_on("Mo Tiequan and Tran Quy Lam, a Vietnamese national, were deported from Varrow on Tuesday.",
                      "DEPORTED")
    assert found == {"Mo Tiequan", "Tran Quy Lam"}, found


def test_a_plural_title_before_a_list_gives_every_name_its_demonym() -> None:
    want = {("Zhou Binlan", "CN"), ("Ma Qiangfu", "CN"), ("Lu Xiaoyun", "CN")}
    found = _nationalities("Chinese nationals Zhou Binlan, Ma Qiangfu and Lu Xiaoyun were detained in Varrow "
                           "on Friday.")
    assert found == want, found
    found = _nationalities("Three Chinese nationals - Zhou Binlan, Ma Qiangfu and Lu Xiaoyun - were detained in Varrow "
                           "on Friday.")
    assert found == want, found


def test_a_post_left_or_held_then_tells_no_employer() -> None:
    assert _bodies("Ramil Dantoc, a retired officer of the Royal Thai Police, was detained in Varrow on Monday.",
                   "Ramil Dantoc") == set()
    assert _bodies("Ramil Dantoc, then head of the Bureau of Immigration, signed the order in Varrow in 2022.",
                   "Ramil Dantoc") == set()


def test_a_body_of_kin_a_pursuer_or_the_next_persons_title_is_no_employer() -> None:
    assert _bodies("Ramil Dantoc, the son of a Royal Thai Police general, was detained in Varrow on Monday.",
                   "Ramil Dantoc") == set()
    assert _bodies("Ramil Dantoc, a suspect wanted by the Royal Thai Police, was detained in Varrow on Monday.",
                   "Ramil Dantoc") == set()
    text = "Ramil Dantoc, the brother of Bureau of Immigration chief Jovel Ybanez, was detained in Varrow on Monday."
    assert _bodies(text, "Ramil Dantoc") == set()
    assert _bodies(text, "Jovel Ybanez") == {("WORKS_FOR", "Philippine Bureau of Immigration")}


def test_two_names_held_together_are_people() -> None:
    found = _acted_on("Jomo Kiprutto and Kalinde Obura were arrested in Varrow on Friday.", "ARRESTED")
    assert found == {"Jomo Kiprutto", "Kalinde Obura"}, found


def test_a_member_of_a_body_is_a_person() -> None:
    text = "Lorenzo Abadilla, a member of the Anti-Trafficking Council, said the women were rescued in Varrow."
    assert "Lorenzo Abadilla" in names(run(text), Label.PERSON)


def test_honorifics_and_ranks_are_no_part_of_the_name() -> None:
    batch = run("Inspector-General of Police Tan Sri Razlan Hamidun said 20 people were arrested in Varrow.")
    assert names(batch, Label.PERSON) == {"Razlan Hamidun"}, names(batch, Label.PERSON)
    batch = run("PBGen Ramil Dantoc said 40 foreigners were arrested in Varrow on Friday.")
    assert names(batch, Label.PERSON) == {"Ramil Dantoc"}, names(batch, Label.PERSON)
    batch = run("PCol Ramil Dantoc, chief of the Varrow police, said 40 foreigners were arrested on Friday.")
    assert names(batch, Label.PERSON) == {"Ramil Dantoc"}, names(batch, Label.PERSON)
    batch = run("Usec. Gilmore Ocampio of the Department of Justice said the suspects were deported on Friday.")
    assert names(batch, Label.PERSON) == {"Gilmore Ocampio"}, names(batch, Label.PERSON)


def test_another_name_told_in_a_whose_clause_is_the_same_person() -> None:
    batch = run("Police arrested Tonny Zhao, whose real name is Zhao Wenpiao, in Varrow on Friday.")
    assert names(batch, Label.PERSON) == {"Tonny Zhao"}, names(batch, Label.PERSON)


def test_a_mansion_named_for_its_owner_is_a_building() -> None:
    batch = run("The 31 workers were taken to Dong Yiwen Mansion in Varrow on Friday.")
    assert names(batch, Label.PERSON) == set(), names(batch, Label.PERSON)


def test_two_demonyms_joined_by_a_hyphen_tell_no_nationality() -> None:
    assert _nationalities("Chinese-Cambodian tycoon Hou Zhenbo was detained in Varrow on Tuesday.") == set()
    assert _nationalities("Hou Zhenbo, a Chinese-Filipino, was detained in Varrow on Tuesday.") == set()
    found = _nationalities("Hou Zhenbo, a Chinese-Cambodian dual national, was detained in Varrow on Tuesday.")
    assert found == {("Hou Zhenbo", "CN"), ("Hou Zhenbo", "KH")}, found


def test_a_country_of_origin_after_an_age_is_the_persons() -> None:
    found = _nationalities("Hou Zhenbo, 34, from China, was detained in Varrow on Tuesday.")
    assert found == {("Hou Zhenbo", "CN")}, found
    assert _nationalities("Police deported Hou Zhenbo, 34, from China to Laos on Tuesday.") == set()
