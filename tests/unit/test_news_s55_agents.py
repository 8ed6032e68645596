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
    found = facts(run(f"{_SENT} The handover ceremony was attended by Police Colonel Zaw Linn Htet of the "
                      "Myanmar Police Force under the Ministry of Home Affairs and Deputy Director Gao Renfei "
                      "of the Ministry of Public Security of China."))
    for name in ("Zaw Linn Htet", "Myanmar Police Force", "Gao Renfei", "Ministry of Public Security of China"):
        assert ("PARTICIPATED_IN", name, "deportation@", None) in found, (name, found)
    assert ("PARTICIPATED_IN", "Ministry of Home Affairs", "deportation@", None) not in found, found
    assert ("CONDUCTED", "Myanmar authorities", "deportation@", None) in found, found
    assert ("PARTICIPATED_IN", "Myanmar authorities", "deportation@", None) not in found, found


def test_those_present_during_the_handover_and_also_present() -> None:
    found = facts(run(f"{_SENT} During the deportation and handover process, officials, including Deputy "
                      "Director U Thein Zaw Oo, Head of the District Immigration Department, and relevant "
                      "staff, attended. Also present were officials from the Tak Immigration Office."))
    for name in ("Thein Zaw Oo", "District Immigration Department", "Tak Immigration Office"):
        assert ("PARTICIPATED_IN", name, "deportation@", None) in found, (name, found)
    # (a meeting's attendees are not the handover's, nor those "also present" at it)
    found = facts(run(f"{_SENT} A meeting was held, attended by Police Colonel Zaw Linn Htet of the Myanmar "
                      "Police Force. Also present were officials from the Tak Immigration Office."))
    assert not any(r == "PARTICIPATED_IN" for r, _s, _t, _c in found), found


def test_a_partner_in_a_handover_took_no_part_in_the_crackdown_before_it() -> None:
    found = facts(run("The Velorian Embassy in Cambodia, in coordination with Cambodian authorities, handed over "
                      "52 Velorian citizens to the Border Guard of Tay Ninh Province following a crackdown on "
                      "online scams."))
    assert ("PARTICIPATED_IN", "Cambodian authorities", "repatriation@", None) in found, found
    assert not any(t == "raid@" for r, _s, t, _c in found if r == "PARTICIPATED_IN"), found


def test_a_body_placed_in_a_country_that_helped_a_return() -> None:
    found = facts(run("Fourteen Filipinos landed in Manila on Tuesday after their repatriation from Malaysia. "
                      "The Philippine Embassy in Malaysia facilitated their repatriation."))
    assert ("PARTICIPATED_IN", "Philippine Embassy", "repatriation@", None) in found, found
    assert ("CONDUCTED", "Philippine Embassy", "repatriation@", None) not in found, found
