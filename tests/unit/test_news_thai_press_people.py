"""People in the Thai English press (audit 36j): a rank written "Pol Lt-General" keeps the person
after it (the person was dropped), and the station where an officer chaired a meeting is no employer
("X, Chanthaburi provincial police chief, chaired a meeting at Y police station")."""

from tests.unit.test_news_extraction import facts, run


def test_a_hyphenated_rank_written_in_full_keeps_the_person() -> None:
    found = facts(run("The Central Investigation Bureau (CIB) arrested three suspects on Friday. CIB officer Pol "
                      "Lt-General Wichai Thongdee said a man who lost 3 million baht had filed the complaint."))
    assert ("WORKS_FOR", "Wichai Thongdee", "Central Investigation Bureau", None) in found


def test_the_place_of_a_meeting_is_no_employer() -> None:
    found = facts(run("Pol Maj Gen Prasit Wongsa, Trat provincial police chief, chaired a meeting at Khlong Yai "
                      "police station on Monday."))
    employers = {f[2] for f in found if f[0] == "WORKS_FOR" and f[1] == "Prasit Wongsa"}
    assert "Trat provincial police" in employers
    assert not any("Khlong Yai" in name for name in employers)
