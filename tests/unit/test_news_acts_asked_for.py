"""An act that someone needs, asks for or strives toward has not happened: "the need for the
repatriation of 40 Kenyans", "requested the extradition of", "efforts to repatriate them are
ongoing" make no event and no count (grammar: the act is the object of a noun or verb of
asking, needing or striving). An operation carried out to rescue people is still a rescue. Nouns
named after an act ("fire escape", "surveillance operation", "visit visa") and an arrival told as a
time ("upon arrival": the people's, whom officials meet) tell no act either, nor does news received
about people ("received information about 9 Thais", "received help from 20 residents")."""

from scamgraph.model import GraphBatch, Label, Node
from tests.unit.test_news_extraction import events, facts, run


def _events(batch: GraphBatch) -> list[Node]:
    return [n for n in batch.nodes.values() if n.label is Label.EVENT]


def test_an_act_needed_or_requested_is_no_event() -> None:
    for text in ("The minister on Monday stressed the need for the repatriation of 40 Kenyans from Myawaddy.",
                 "The embassy on Monday requested the extradition of the two men from Cambodia.",
                 ("The envoy met officials in Yangon on May 2, stressing the urgent need for assistance "
                  "in the safe rescue and repatriation of 30 Nepalis held in Myawaddy.")):
        batch = run(text)
        kinds = {e.properties.get("type") for e in _events(batch)}
        assert not kinds & {"repatriation", "extradition", "rescue"}, text
        assert not [f for f in facts(batch) if f[0] in {"REPATRIATED", "RESCUED", "EXTRADITED"}], text


def test_efforts_toward_an_act_are_no_event() -> None:
    for text in ("Officials said efforts to repatriate the remaining Ugandans are ongoing.",
                 "The ministry announced coordinated efforts to rescue and repatriate 270 citizens trapped in Myanmar."):
        batch = run(text)
        assert not [e for e in _events(batch) if e.properties.get("type") in {"repatriation", "rescue"}], text


def test_steps_and_measures_toward_an_act_are_no_event() -> None:
    """"initiated steps to rescue them", "taking steps to deport", "measures to bring them home":
    the aim of what is being prepared (made-up sentences of the forms of development text 193 and
    audit page z03). A plan to act is no event either (convention 8 of tests/corpus/README.md)."""
    for text in ("The ministry initiated steps to rescue the people held in Myanmar.",
                 "Officials are now taking steps to deport 60 Nepalis who were arrested in Laos.",
                 "The ministry announced measures to repatriate 900 workers stranded abroad."):
        kinds = {e.properties.get("type") for e in _events(run(text))}
        assert not kinds & {"rescue", "deportation", "repatriation"}, text


def test_an_operation_to_rescue_people_is_still_a_rescue() -> None:
    batch = run("Police launched an operation to rescue 40 Kenyans in Myawaddy on Monday.")
    assert [e for e in _events(batch) if e.properties.get("type") == "rescue"]


def test_nouns_named_after_an_act_tell_no_act() -> None:
    """"the fire escape" is a staircase and "a surveillance operation" a watch, not an escape or a raid."""
    for text in ("Officers found the workers running down the fire escape of a tower in Makati City on Monday.",
                 "Agents conducted a surveillance operation near the house in Pasay on Monday."):
        kinds = {e.properties.get("type") for e in _events(run(text))}
        assert not kinds & {"escape", "raid"}, text


def test_an_arrival_told_as_a_time_is_no_officials_visit() -> None:
    """"aid from the task force upon arrival": the arrival is that of the people moved home."""
    for text in (("They got help from the Port Anti-Smuggling Unit and the Office of Social Welfare "
                  "upon arrival."),
                 "Officials of the ministry welcomed the 30 workers upon their arrival at the airport on Monday."):
        assert "visit" not in {e.properties.get("type") for e in _events(run(text))}, text
    batch = run("A delegation of the ministry arrived in Phnom Penh on Monday.")
    assert "visit" in {e.properties.get("type") for e in _events(batch)}


def test_a_visit_visa_is_a_kind_of_visa() -> None:
    batch = run("Brokers collected visit visa stamps from the embassies in Singapore and Laos.")
    assert "visit" not in {e.properties.get("type") for e in _events(batch)}


def test_news_received_about_people_is_no_people_received() -> None:
    """"had received information about 9 Thais": news was received, not people."""
    for text in ("The police had received reports on the role of 9 Thais in an unlicensed casino.",
                 "Officials said they had received a tip that the three women were planning to leave on Friday."):
        batch = run(text)
        assert "repatriation" not in {e.properties.get("type") for e in _events(batch)}, text
        assert not [f for f in facts(batch) if f[0] == "REPATRIATED"], text
    batch = run("Vietnamese authorities received 85 nationals at the border gate on Wednesday.")
    assert [f for f in facts(batch) if f[0] == "REPATRIATED" and f[2:] == ("VN", 85)]


def test_details_of_people_received_are_no_people_received() -> None:
    """"received details of 900 such people" (audit 19: t08): the names came, not the people."""
    batch = run("Kerala police received details of 1,140 such individuals from the federal cyber centre.")
    assert not [key for key in events(batch) if key.startswith("repatriation")]


def test_an_arrest_a_notice_seeks_is_no_arrest_but_a_seizure_a_complaint_sought_stays() -> None:
    batch = run("Interpol had put out a red notice in 2019 seeking the arrest of Mara Velt, who ran a call centre.")
    assert not [key for key in events(batch) if key.startswith("arrest")]
    assert [key for key in events(batch) if key.startswith("warrant")]
    sought = run("Prosecutors filed a forfeiture complaint that sought seizure of 450 bitcoin.")
    assert [key for key in events(sought) if key.startswith("seizure")]


def test_help_received_from_people_receives_none_of_them() -> None:
    told = ("An officer told a press briefing yesterday that a task force was formed, and the bureau had received "
            "help from 30 Hong Kong residents in Myanmar since March, of whom 18 were unharmed and 12 had "
            "returned to Hong Kong.")
    assert not [f for f in facts(run(told)) if f[0] == "REPATRIATED" and f[3] == 30]
