"""Court steps told in US cases (audit 37t):
- '"We arrested him, and we shut the compound," Chea Vuthy said': the speaker is not the man arrested;
- "Reyes was released on a $25,000 bond": let out by the court, never rescued;
- "Their arraignment is set for May 12": a day ahead, which dates no act (no charge dated a year back)."""

from datetime import date

from tests.unit.test_news_extraction import events, facts, run


def test_the_speaker_of_we_arrested_him_was_not_arrested() -> None:
    found = facts(run("Prime Minister Chea Vuthy said in an interview with CNN on March 10 that a businessman linked to "
                      "a fraud compound had been detained after work with the FBI. \"We arrested him, and we shut the "
                      "compound,\" Chea Vuthy said."))
    assert not any(f[0] == "ARRESTED" and f[2] == "Chea Vuthy" for f in found)


def test_a_man_released_on_bond_was_not_rescued() -> None:
    found = facts(run("Federal agents arrested three people in San Diego this morning. The suspects are Dan Le, 26, Bao "
                      "Ngo, 29, and Carl Reyes, 51. Le and Ngo were ordered held without bail, while Reyes was released "
                      "on a $25,000 bond."))
    assert not any(f[0] == "RESCUED" for f in found)


def test_a_day_set_ahead_dates_no_act() -> None:
    found = events(run("Federal agents arrested three people in San Diego on Tuesday. Their arraignment is set for "
                       "May 12 in San Diego.", published=date(2025, 4, 3)))
    assert not any(name.startswith("charge@2024") for name in found)


def test_a_quote_told_on_after_its_speaker_arrested_another() -> None:
    found = facts(run("\"We have worked with the FBI on a major case,\" Chea Vuthy said. \"We arrested him last month. "
                      "His compound is shut now.\""))
    assert not any(f[0] == "ARRESTED" and f[2] == "Chea Vuthy" for f in found)
