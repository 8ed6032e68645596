"""Arrests at home told as Indian wires tell them (audit 36h):
- "arrested six accused": "accused" names people, and the number counts the arrest;
- "New Delhi, Mar 12 (PTI) The agency has arrested ..." opens on a wire's dateline with no dash: its
  date is the day the story was filed, so the arrest told later as done "on Monday" is the same act,
  dated Monday, never a second arrest."""

from datetime import date

from tests.unit.test_news_extraction import events, run


def test_a_number_of_accused_counts_the_arrest() -> None:
    found = events(run("Pune police busted a ring that sent local youth to fraud hubs in Laos. Police have "
                       "arrested five accused in this case."))
    assert [e.get("count_arrested") for e in found.values() if e["type"] == "arrest"] == [5]


def test_a_wire_dateline_with_no_dash_dates_no_act() -> None:
    text = ("New Delhi, Apr 9 (PTI) Officers of the NIA have arrested four accused who sent young Indians to "
            "fraud centres in Myanmar, according to a statement issued on Wednesday.\n\n"
            "The four, arrested on Monday, are Arjun Mehta of Jaipur, Deepak Rao of Pune and two others, it said.")
    found = events(run(text, published=date(2025, 4, 9)))
    arrests = {name: e for name, e in found.items() if e["type"] == "arrest"}
    assert list(arrests) == ["arrest@2025-04-07"]
    assert arrests["arrest@2025-04-07"]["count_arrested"] == 4


def test_people_accused_of_a_crime_keep_their_nationality_and_count() -> None:
    found = events(run("SEOUL - Thirty-eight South Koreans accused of running romance frauds from Cambodia have been "
                       "formally indicted, police said Tuesday."))
    assert [e.get("count_charged") for e in found.values()] == [38]  # (a guard: "accused of" is no noun)
