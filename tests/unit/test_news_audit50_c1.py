"""Facts the reader once said that the text never did (audit 50, c1): the victims' nationality put
on the accused, one police force under two names made two bodies, a publisher's credit read as an
organization, and a scam's name split into a second scam type. Sentences are made up."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import facts, names, run


def _rels(text: str, rel: str) -> set[tuple[str, str, object]]:
    return {(f[1].split("@")[0], f[2], f[3]) for f in facts(run(text)) if f[0] == rel}


# 1. the victims' nationality is not the accused's

def test_the_bare_number_of_suspects_counted_last_takes_no_earlier_nationality() -> None:
    text = ("A total of 48 Malaysian nationals flew home from Laos on Friday. Of those, 17 people were taken "
            "into custody, the agency said. Police also said three suspects were arrested in March. The three "
            "were indicted in April for helping gangs lure Malaysian nationals into scam jobs.\n")
    charged = _rels(text, "CHARGED")
    assert not any(target == "MY" for _event, target, _count in charged)
    assert ("detention", "MY", 17) in _rels(text, "DETAINED")


def test_defendants_listed_take_no_nationality_told_only_of_the_dead() -> None:
    text = ("A total of 19 defendants, including members of gangs based in Laos, stood trial over crimes that "
            "had killed 8 Thai nationals and hurt three others. The defendants included Ko Zaw Min and Ma Hnin Wai, "
            "leaders of a gang.\n")
    assert ("death", "TH", 8) in _rels(text, "AFFECTED")
    assert not _rels(text, "HAS_NATIONALITY")


def test_returnees_listed_still_take_the_one_nationality_told() -> None:
    text = ("Police rescued 12 Thai nationals from a compound in Myawaddy on Monday. The rescued individuals "
            "were identified as Somchai Boonmee and Niran Kaewta.\n")
    assert {("Somchai Boonmee", "TH", None), ("Niran Kaewta", "TH", None)} <= _rels(text, "HAS_NATIONALITY")


# 2. a town's police under its plain and its full name is one force

def test_plain_then_full_name_of_a_prefectures_police_is_one_agency() -> None:
    batch = run("Osaka police arrested a man on Monday. The Osaka Prefectural Police said he ran a fraud ring.\n")
    assert names(batch, Label.AGENCY) == {"Osaka police"}


def test_full_then_plain_name_of_a_provinces_police_is_one_agency() -> None:
    batch = run("The Tak Provincial Police arrested two men on Monday. Tak police said they ran a fraud ring.\n")
    assert names(batch, Label.AGENCY) == {"Tak Provincial Police"}


def test_a_capitals_police_by_its_rank_alone_is_the_one_told() -> None:
    batch = run("Tokyo police arrested two men on Monday. The Metropolitan Police Department said they ran a scam.\n")
    assert names(batch, Label.AGENCY) == {"Tokyo police"}


def test_police_of_two_towns_stay_apart() -> None:
    batch = run("Osaka police arrested a man on Monday. The Hyogo Prefectural Police said he ran a fraud ring.\n")
    assert names(batch, Label.AGENCY) == {"Osaka police", "Hyogo Prefectural Police"}


# 4. the publisher of a wire story is no organization of it

def test_outlet_that_carried_a_wire_story_is_no_organization() -> None:
    batch = run("(Reuters via Khmer Times) Police raided a scam compound in Sihanoukville on Monday.\n")
    assert not names(batch, Label.ORGANIZATION)


def test_outlet_after_an_aggregators_cut_credit_is_no_organization() -> None:
    batch = run("MENAFN - Gulf Times) Prosecutors in Taipei charged 40 people on Wednesday over a scam ring.\n")
    assert not names(batch, Label.ORGANIZATION)


def test_outlet_cited_in_the_body_is_still_an_organization() -> None:
    batch = run("Police raided a scam compound in Sihanoukville on Monday, a spokesman told the Khmer Times.\n")
    assert names(batch, Label.ORGANIZATION) == {"Khmer Times"}


# 5. a whole scam's name before "and" is not a part of the next scam's

def test_voice_phishing_beside_another_scam_makes_no_phishing() -> None:
    batch = run("Police in Laos probed rings behind voice phishing and romance scams.\n")
    assert names(batch, Label.SCAM_TYPE) == {"voice phishing", "romance scam"}


def test_a_modifier_sharing_the_head_still_names_its_scam() -> None:
    batch = run("Police probed gangs involved in romance and investment scams in Laos.\n")
    assert names(batch, Label.SCAM_TYPE) == {"romance scam", "investment fraud"}
