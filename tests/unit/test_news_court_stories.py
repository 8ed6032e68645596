"""What court stories say beside the verdict (audits 36a and 36d):
- the peoples a crime preyed on ("fraud that targeted victims from Kenya, Oman and Brazil") are no
  people the court sentenced;
- an act's noun listed among crimes a punishment is for ("executed ... for murder, kidnapping and
  trafficking") names a crime, not a kidnapping that day;
- "a former councillor and five others" are six;
- people who "face charges of ..." are charged;
- a court that "handed down its verdict" on a day convicted on that day (the convictions told next)."""

from tests.unit.test_news_extraction import events, facts, run


def test_the_peoples_a_fraud_preyed_on_are_not_sentenced() -> None:
    found = facts(run("A court in Lusaka has sentenced 17 Chinese nationals for an online fraud that targeted "
                      "victims from Peru, Chile and Jordan."))
    assert ("CHARGED", "charge@", "CN", 17) in found
    assert not any(f[0] == "CHARGED" and f[2] in {"PE", "CL", "JO"} for f in found)


def test_a_crime_listed_beside_murder_is_no_act_of_the_day() -> None:
    found = events(run("Vietnam executed two men on Tuesday for murder, kidnapping and drug trafficking linked to a "
                       "compound in Laos."))
    assert not any(name.startswith("kidnapping") for name in found)


def test_one_person_and_others_are_counted_together() -> None:
    found = events(run("A court in Cebu on Wednesday sentenced a former mayor and four others to life in prison."))
    assert found["charge@2026-10-14"]["count_charged"] == 5


def test_people_who_face_charges_are_charged() -> None:
    # (audit 36a: "X and Y face charges of ..." gave a charge with no one charged)
    found = facts(run("Ng Boon Hock and Chia Li Ting face charges of belonging to a criminal group that ran a "
                      "scam centre in Cambodia."))
    assert {("CHARGED", "Ng Boon Hock"), ("CHARGED", "Chia Li Ting")} <= {(f[0], f[2]) for f in found}


def test_a_verdict_handed_down_dates_the_convictions_told_next() -> None:
    found = events(run("On Tuesday, the Kunming court handed down its verdict in the Wei family case. Eighteen "
                       "members of the family were convicted of fraud and homicide."))
    assert found["charge@2026-10-13"]["count_charged"] == 18
