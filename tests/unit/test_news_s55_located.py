"""What lies in what (session 55; made-up sentences, places and numbers):
- "Poipet, Banteay Meanchey Province, Cambodia": a run of commas that climbs from a town through a
  place written with its kind to a coarser one, and ends there, is an address, not a list
  ("in Kampot, Kep, Cambodia" gives no kind to tell them apart and stays unread);
- "the Laotian city of Pakse", "the Vietnamese provinces of A, B and C", "Pakse, a Laotian border
  town", "China's border province of Yunnan": the country's word places the town (convention 6),
  where the text names that country as a place;
- "Pakse, southern Laos", "Myawaddy township of eastern Kayin State", "Kampot, in the southern part
  of Cambodia": a compass word between the two names leaves the first in the second;
- "Cambodia's Bavet city in Svay Rieng province": the country owns the province, and the town lies
  in the province, not straight in the country."""

from tests.unit.test_news_extraction import facts, run


def _placed(found: set) -> set[tuple[str, str]]:
    return {(s, t) for r, s, t, _ in found if r == "LOCATED_IN"}


def test_a_climbing_run_of_commas_is_an_address() -> None:
    found = _placed(facts(run("Officers detained 45 Thai nationals in Poipet, Banteay Meanchey Province, Cambodia, "
                              "on Friday.")))
    assert ("Poipet", "Banteay Meanchey") in found, found
    assert ("Banteay Meanchey", "Cambodia") in found, found
    found = _placed(facts(run("Forty workers were held at a casino in Chhuk commune, Kampot District, Kampot "
                              "Province, Cambodia, until May.")))
    assert ("Chhuk", "Kampot District") in found or ("Chhuk", "Kampot") in found, found
    # (no kind word in the middle, or a run that goes on with "and": a list, no town in another)
    found = _placed(facts(run("Police raided three houses in Bangkok, Chiang Rai, Thailand, on Monday.")))
    assert ("Bangkok", "Chiang Rai") not in found, found
    found = _placed(facts(run("Police raided houses in Mae Sot, Tak Province, Thailand and Myawaddy, Kayin State, "
                              "on Monday.")))
    assert ("Mae Sot", "Tak") not in found, found


def test_the_countrys_word_before_a_kind_places_the_town() -> None:
    found = _placed(facts(run("The two men were stopped at a checkpoint in the Laotian city of Pakse. "
                              "They had entered Laos a week earlier.")))
    assert ("Pakse", "Laos") in found, found
    found = _placed(facts(run("Teams searched homes in the Vietnamese provinces of Ha Giang, Cao Bang and Dien Bien. "
                              "Most suspects had returned to Vietnam in March.")))
    assert {("Ha Giang", "Vietnam"), ("Cao Bang", "Vietnam"), ("Dien Bien", "Vietnam")} <= found, found
    found = _placed(facts(run("The victims escaped to Mae Sot, a Thai border town, and asked Thailand for help.")))
    assert ("Mae Sot", "Thailand") in found, found
    found = _placed(facts(run("The nine were flown home to Kunming in China's southwestern border province of Yunnan.")))
    assert ("Yunnan", "China") in found, found
    assert ("Kunming", "Yunnan") in found and ("Kunming", "China") not in found, found
    # (a demonym alone names no country of the story: the town stays unplaced)
    found = _placed(facts(run("The two men were stopped at a checkpoint in the Laotian city of Pakse.")))
    assert not {f for f in found if f[1] == "Laos"}, found


def test_a_compass_word_between_the_names_leaves_the_town_inside() -> None:
    found = _placed(facts(run("Officers from Long An Province, southern Vietnam, said nine teenagers were freed.")))
    assert ("Long An", "Vietnam") in found, found
    found = _placed(facts(run("Soldiers in Myawaddy township of eastern Kayin State held 88 people on Sunday.")))
    assert ("Myawaddy", "Kayin") in found, found
    found = _placed(facts(run("The gang kept 12 Filipinos in Kampot, in the southern part of Cambodia, until June.")))
    assert ("Kampot", "Cambodia") in found, found


def test_the_country_owns_the_province_after_its_town() -> None:
    found = _placed(facts(run("The 30 workers were held in Cambodia's Bavet city in Svay Rieng province until Monday.")))
    assert ("Bavet", "Svay Rieng") in found and ("Svay Rieng", "Cambodia") in found, found
    assert ("Bavet", "Cambodia") not in found, found


def test_a_short_form_in_brackets_stands_between_a_name_and_its_place() -> None:
    found = _placed(facts(run("The 60 deportees were flown out of Wattay International Airport (VTE) in Vientiane "
                              "on Monday.")))
    assert ("Wattay International Airport", "Vientiane") in found, found
    found = _placed(facts(run("The workers were held in the Savan Seno Special Economic Zone (SSEZ) in Laos' "
                              "Savannakhet province for a year.")))
    assert ("Savan Seno Special Economic Zone", "Savannakhet") in found and ("Savannakhet", "Laos") in found, found
    assert ("Savan Seno Special Economic Zone", "Laos") not in found, found
