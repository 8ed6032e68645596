"""(nationality, count) facts in phrasings probed with made-up reporting, second round (session 56;
invented places, people and numbers):
- "seized 140 passports of Quarnish labourers", "the bank books of 230 Quarnish": the count is of things,
  never of the people whose things they are;
- "were handed to immigration", "handed 25 Zorvanians to immigration officers": custody changing hands
  inside one state, no sending home;
- "a depot holding 310 Kestrian labourers", "a villa in Orlet that held 310", "a depot where 310 were held":
  the place's people, no one detained;
- "the consulate believes 70 more are being held in nearby blocks": their plight, no detention;
- "19 Zorvanians held in Orlet raid": a headline's raid, named with its place, is the state's act;
- "were lured to Orlet ... and rescued on Sunday": the act joined to the harm that describes the people;
- "comprising nationals of Zorvania (17), Kestria (5) and Lorvia (3)": bracketed rows adding up to the whole;
- "received prison terms", "were handed jail terms", "imposed death sentences on four": a sentencing;
- "The 40 Kestrian victims received medical care": they got something; no state received them."""

from tests.unit.test_news_extraction import counts_of


def _counted(text: str) -> set[tuple[str, str, object]]:
    """(relation, nationality, count) of the facts that carry a nationality (with or without a count)."""
    return {fact for fact in counts_of(text) if fact[1] != "HAS_NATIONALITY" and len(fact[1]) == 2}


def test_the_peoples_things_are_counted_not_the_people() -> None:
    assert _counted("Police detained 4 Chinese men in Orlet on Sunday carrying 140 passports of Indonesian labourers.") == \
        {("DETAINED", "CN", 4)}
    assert _counted("Officers seized the bank books of 230 Cambodians in Orlet on Sunday.") == set()
    # (guard, passes before too: a demonym before the things)
    assert _counted("Officers seized 58 Lao identity cards in Orlet on Sunday.") == set()


def test_handed_to_a_custodian_of_the_same_state_is_no_sending_home() -> None:
    # (the sixteen are a part of the 41 detained: their detention, and no sending home; round three)
    assert _counted("Police detained 41 people in Orlet on Sunday. Sixteen Chinese nationals among them "
                    "were then handed to immigration.") == {("DETAINED", "CN", 16)}
    assert _counted("Police handed 25 Vietnamese nationals to immigration officers in Orlet on Sunday.") == set()
    # (guard, passes before too: to their own state's hands, a repatriation)
    assert _counted("Police handed 25 Vietnamese nationals to the Vietnamese police in Orlet on Sunday.") == \
        {("REPATRIATED", "VN", 25)}


def test_a_place_holding_people_detains_no_one() -> None:
    for text in ("Police raided a depot holding 310 Cambodian labourers in Orlet on Sunday and arrested 9 people.",
                 "Police raided a villa in Orlet that held 310 Cambodians on Sunday and arrested 9 people.",
                 "Police raided a depot where 310 Cambodians were held in Orlet on Sunday."):
        assert _counted(text) == set(), (text, _counted(text))
    # (guard, passes before too: the state holding them)
    assert _counted("Police held 310 Cambodians in Orlet on Sunday.") == {("DETAINED", "KH", 310)}


def test_people_believed_held_are_no_detention() -> None:
    assert _counted("Police freed 22 Ugandans on Sunday. The consulate believes 70 more Ugandans are being held "
                    "in nearby blocks.") == {("RESCUED", "UG", 22)}


def test_a_headlines_raid_named_with_its_place() -> None:
    assert _counted("19 Malaysians held in Orlet raid\n\nPolice searched a shophouse in Orlet on Sunday.") == \
        {("DETAINED", "MY", 19)}


def test_the_act_joined_to_the_harm_that_describes_the_people() -> None:
    assert _counted("The 23 Nepali victims were lured to Orlet in May and rescued on Sunday.") == {("RESCUED", "NP", 23)}
    assert _counted("Twenty-three Nepalis were trafficked to Orlet and later repatriated on Sunday.") == \
        {("REPATRIATED", "NP", 23)}
    # (a new subject after "and": the gang's arrest, not theirs)
    assert _counted("Twenty-three Nepalis were trafficked to Orlet and the gang was arrested on Sunday.") == set()


def test_bracketed_rows_adding_up_to_the_whole() -> None:
    assert _counted("Police arrested 25 foreigners in Orlet on Sunday, comprising nationals of China (17), "
                    "Vietnam (5) and Malaysia (3).") == {("ARRESTED", "CN", 17), ("ARRESTED", "VN", 5), ("ARRESTED", "MY", 3)}
    assert _counted("The 31 people deported on Sunday were nationals of Laos (19) and Myanmar (12).") == \
        {("DEPORTED", "LA", 19), ("DEPORTED", "MM", 12)}


def test_terms_given_are_a_sentencing() -> None:
    for text in ("Eleven Chinese nationals received prison terms of four to 9 years on Sunday.",
                 "Eleven Chinese nationals were handed jail terms on Sunday.",
                 "The Orlet court handed jail terms to 11 Chinese nationals on Sunday."):
        assert _counted(text) == {("CHARGED", "CN", 11)}, (text, _counted(text))
    assert _counted("The court imposed death sentences on 4 Chinese nationals on Sunday.") == {("CHARGED", "CN", 4)}


def test_people_who_received_something_were_received_by_no_state() -> None:
    assert _counted("The 40 Kenyan victims received medical care at a clinic in Orlet on Sunday.") == set()
    # (guard, passes before too: a state receiving its citizens)
    assert _counted("Vietnam received 85 citizens from Orlet police on Sunday.") == {("REPATRIATED", "VN", 85)}
