"""One operation told twice, and another told beside it (audit 36d):
- "Police detained the suspects in a raid on March 4" after "the arrest of 84 foreigners": the raid is
  where the people counted before were taken, so it holds their count and peoples; so does "The
  suspects were picked up on Wednesday during a raid at a villa";
- "It follows a similar crackdown last month in which nearly 400 people ... were arrested": that
  arrest is the other operation's, and last month dates only it;
- people "arrested together with five Thai nationals" (audit 36i): the five are a part of the
  arrest, not its total."""

from tests.unit.test_news_extraction import events, facts, run


def test_a_raid_that_took_the_people_counted_before_holds_their_count() -> None:
    batch = run("A civic group praised the police for the arrest of 76 foreign nationals linked to a romance "
                "scam. Police detained the suspects in a raid on October 6 at a hotel in Kumasi. The suspects "
                "include 50 Thai nationals and 26 Cambodians.")
    found = events(batch)
    assert found["raid@2026-10-06"]["count_arrested"] == 76
    assert ("ARRESTED", "raid@2026-10-06", "TH", 50) in facts(batch)
    assert "arrest@" not in found


def test_people_picked_up_during_a_raid_are_that_raids() -> None:
    batch = run("Kenyan police have arrested 41 people, including six Thai nationals, for running a crypto "
                "scam. The suspects were picked up on Tuesday during a raid at a house in Nakuru.")
    assert events(batch)["raid@2026-10-13"]["count_arrested"] == 41


def test_an_arrest_inside_a_similar_crackdown_is_that_crackdowns() -> None:
    batch = run("Police have arrested 52 people in Kampala, including nine Vietnamese nationals. It follows a "
                "similar crackdown last month in which nearly 300 people, among them 80 Thai nationals, were "
                "arrested.")
    found = events(batch)
    assert found["arrest@2026-09"]["count_arrested"] == 300
    assert found["arrest@"]["count_arrested"] == 52
    assert ("ARRESTED", "arrest@", "VN", 9) in facts(batch)


def test_people_arrested_together_with_others_are_no_total() -> None:
    # (audit 36i: "The Bruneians ... were arrested together with six Thai nationals" counted six arrested)
    batch = run("A recruiter is believed to have tricked the 38 Laotians jailed in Cambodia. The Laotians, who "
                "shared two flats in Bavet, were arrested together with five Thai nationals when police raided "
                "the flats.")
    assert ("ARRESTED", "TH", 5) in {(f[0], f[2], f[3]) for f in facts(batch)}
    assert all(e.get("count_arrested") != 5 for e in events(batch).values())
