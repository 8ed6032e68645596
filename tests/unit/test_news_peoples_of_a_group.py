"""The peoples of a group counted before, told in a sentence of their own: "The foreign workers
came from at least 12 countries, including 300 Chinese, 120 Vietnamese and 45 Thais" (the counts
of the people freed before), and "The group consists mainly of people from Nepal and Sri Lanka,
with smaller numbers from Ghana and Peru" (each people, with no number); and people sent home
past a long aside ("41 Taiwanese, thought to have worked for gangs, returned to Taiwan") and a
breakdown told one by one ("one is Thai, and one is Brazilian"); and "They were booked" after a
group counted with no people of its own ("arrested three agents") is that group, not the story's
Indians; a count split by sex before one people ("three female and eleven male Thais") is 14."""

from scamgraph.model import Label
from tests.unit.test_news_extraction import run


def _peoples(text: str) -> dict[str, object]:
    batch = run(text)
    nodes = batch.nodes
    return {nodes[e.target].name: e.properties.get("count") for e in batch.edges
            if e.target in nodes and e.source in nodes and nodes[e.target].label is Label.NATIONALITY
            and nodes[e.source].label is Label.EVENT}


def test_counts_of_the_peoples_a_group_came_from() -> None:
    peoples = _peoples("Police said the overnight raid freed 900 Filipinos and 640 foreign nationals. The foreign "
                       "workers came from at least 12 countries, including 300 Chinese, 120 Vietnamese and 45 Thais.")
    assert peoples.get("China") == 300 and peoples.get("Vietnam") == 120 and peoples.get("Thailand") == 45


def test_peoples_a_group_is_made_of_with_no_number() -> None:
    peoples = _peoples("Thailand detained 312 people after they crossed into Tak province, the army said. The group "
                       "consists mainly of people from Nepal and Sri Lanka, with smaller numbers from Ghana, Peru and "
                       "Togo.")
    assert set(peoples) >= {"Nepal", "Sri Lanka", "Ghana", "Peru", "Togo"}
    assert _peoples("Police arrested 40 people on Monday. They were Chinese.") == {}


def test_people_back_home_past_a_long_aside() -> None:
    peoples = _peoples("Some 41 Taiwanese citizens, thought to have worked for scam gangs in Myanmar, returned to Taiwan "
                       "on Tuesday morning, police said.")
    assert peoples.get("Taiwan") == 41


def test_a_breakdown_told_one_by_one() -> None:
    peoples = _peoples("Police have arrested 40 people in a sting in Lilongwe. Of those arrested, 9 are Chinese, three "
                       "are Malawians, one is Thai, and one is Brazilian.")
    assert peoples.get("Thailand") == 1 and peoples.get("Brazil") == 1 and peoples.get("China") == 9


def test_they_after_a_group_counted_without_a_people_are_that_group() -> None:
    batch = run("In the first round, 212 Indians were flown back to India on March 3. Police arrested three agents, "
                "Ravi Teja, Suresh Babu and Anil Kumar. They were booked for cheating.")
    charged = [e for e in batch.edges if e.type.value == "CHARGED" and e.properties.get("count") == 212]
    assert charged == []


def test_a_count_split_by_sex_before_one_people_counts_both() -> None:
    peoples = _peoples("On Nov 8, three female and eleven male Thais were arrested by police in Johor Bahru.")
    assert peoples.get("Thailand") == 14
