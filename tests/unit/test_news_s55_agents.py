"""Those present at a handover (session 55; made-up names, places and numbers): "The handover
ceremony was attended by Colonel A of the X Police and Counsellor B of the Y Embassy", "The handover
saw the presence of ...", "During the handover process, officials, including A, head of X,
attended", "Also present were ...": each person and body took part in the sending home told
before; a meeting's attendees, and a parent body after "under", did not. A body a handover was done
"in coordination with" took no part in the crackdown told after it as what came before ("following"); "The X Embassy in Y
facilitated their repatriation": past where it sits, the body helped."""

from tests.unit.test_news_extraction import facts, run

_SENT = "Myanmar authorities deported 62 Chinese nationals via the Friendship Bridge at Myawady."


def test_those_who_attended_the_handover_took_part_in_it() -> None:
    found = facts(run(f"{_SENT} The handover ceremony was attended by Police Colonel Min Ko Aung of the "
                      "Kestrel Police Force under the Ministry of Border Affairs and Deputy Director Li Wenhao "
                      "of the Ministry of Public Security of China."))
    for name in ("Min Ko Aung", "Kestrel Police Force", "Li Wenhao", "Ministry of Public Security of China"):
        assert ("PARTICIPATED_IN", name, "deportation@", None) in found, (name, found)
    assert ("PARTICIPATED_IN", "Ministry of Border Affairs", "deportation@", None) not in found, found
    assert ("CONDUCTED", "Myanmar authorities", "deportation@", None) in found, found
    assert ("PARTICIPATED_IN", "Myanmar authorities", "deportation@", None) not in found, found


def test_those_present_during_the_handover_and_also_present() -> None:
    found = facts(run(f"{_SENT} During the handover and deportation process, officials, including Deputy "
                      "Director U Kyaw Min Naing, Head of the Township Immigration Department, and other "
                      "staff, attended. Also present were officials from the Lotville Immigration Office."))
    for name in ("Kyaw Min Naing", "Township Immigration Department", "Lotville Immigration Office"):
        assert ("PARTICIPATED_IN", name, "deportation@", None) in found, (name, found)
    # (a meeting's attendees are not the handover's, nor those "also present" at it)
    found = facts(run(f"{_SENT} A meeting was held, attended by Police Colonel Min Ko Aung of the Kestrel "
                      "Police Force. Also present were officials from the Lotville Immigration Office."))
    assert not any(r == "PARTICIPATED_IN" for r, _s, _t, _c in found), found


def test_a_partner_in_a_handover_took_no_part_in_the_crackdown_before_it() -> None:
    found = facts(run("The Velorian Embassy in Laos, in coordination with Lao authorities, handed over "
                      "52 Velorian citizens to the Border Guard of Kestrel Province following a crackdown on "
                      "online scams."))
    assert ("PARTICIPATED_IN", "Lao authorities", "repatriation@", None) in found, found
    assert not any(t == "raid@" for r, _s, t, _c in found if r == "PARTICIPATED_IN"), found


def test_a_body_placed_in_a_country_that_helped_a_return() -> None:
    found = facts(run("Fourteen Filipinos landed in Manila on Tuesday after their repatriation from Thailand. "
                      "The Philippine Embassy in Thailand facilitated their repatriation."))
    assert ("PARTICIPATED_IN", "Philippine Embassy", "repatriation@", None) in found, found
    assert ("CONDUCTED", "Philippine Embassy", "repatriation@", None) not in found, found
