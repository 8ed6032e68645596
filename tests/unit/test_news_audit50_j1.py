"""Audit 50, fixer j1: people listed with their other names, people counted before their names,
the accused named after a counted group, and a citizenship told past an apposition (made-up people
and towns; real countries)."""

from scamgraph.model import GraphBatch, Label
from tests.unit.test_news_extraction import names, run


def _acts(batch: GraphBatch) -> set[tuple[str, str, str]]:
    """(relation, source, target) of each fact, an event shown by its type alone."""
    def show(key: str) -> str:
        node = batch.nodes[key]
        if node.label is Label.EVENT:
            return str(node.properties["type"])
        return node.properties.get("iso2") or node.name  # type: ignore[return-value]

    return {(e.type.value, show(e.source), show(e.target)) for e in batch.edges if e.type.value != "MENTIONS"}


_FOUR = ("Arun Mehra", "Kiran Das", "Sohail Khan", "Deepa Rao")


def test_each_of_a_list_with_other_names_is_charged() -> None:
    batch = run("The agency charged Arun Mehra alias Bittu, Kiran Das, Sohail Khan alias Sonu and Deepa Rao.")
    assert names(batch, Label.PERSON) == set(_FOUR)
    assert {("CHARGED", "charge", name) for name in _FOUR} <= _acts(batch)
    apposed = run("The accused, Arun Mehra alias Bittu, Kiran Das, Sohail Khan alias Sonu and Deepa Rao, "
                  "were charged with fraud on Monday.")
    assert {("CHARGED", "charge", name) for name in _FOUR} <= _acts(apposed)


def test_one_name_with_an_other_name_is_a_listed_person() -> None:
    batch = run("The accused, Ravi Menon alias Bunty, Manoj, Ajit alias Chotu, Lata Pillai alias Lali alias Lu, "
                "ran a consultancy in Pune.")
    assert {"Ravi Menon", "Ajit", "Lata Pillai", "Manoj"} <= names(batch, Label.PERSON)  # (a lone name listed
    # between full names is a person too, as the golds annotate one-name suspects: audit 51)
    assert not {"Bunty", "Chotu", "Lali", "Lu"} & names(batch, Label.PERSON)  # (other names)


def test_a_counted_people_before_its_names_gives_each_the_act_and_the_nationality() -> None:
    batch = run("Four Laotians, Somchai Vong, Bounmy Keo, Khamla Sy and Noy Phan, were arrested on Friday.")
    held = ("Somchai Vong", "Bounmy Keo", "Khamla Sy", "Noy Phan")
    assert names(batch, Label.PERSON) == set(held)
    assert {("ARRESTED", "arrest", name) for name in held} <= _acts(batch)
    assert {("HAS_NATIONALITY", name, "LA") for name in held} <= _acts(batch)


def test_the_suspects_apposed_after_a_counted_arrest_are_the_arrested() -> None:
    batch = run("Four Lao nationals were arrested in Pakse on Friday. The suspects, Somchai Vong, Bounmy Keo, "
                "Khamla Sy, and Noy Phan, face fraud charges.")
    held = ("Somchai Vong", "Bounmy Keo", "Khamla Sy", "Noy Phan")
    assert {("ARRESTED", "arrest", name) for name in held} <= _acts(batch)
    assert {("HAS_NATIONALITY", name, "LA") for name in held} <= _acts(batch)
    rescued = _acts(run("Police rescued six Lao nationals in Pakse on Friday. The suspects, Somchai Vong and "
                        "Bounmy Keo, face fraud charges."))
    assert not {f for f in rescued if f[0] in {"HAS_NATIONALITY", "RESCUED"} and f[2] in held}  # (the rescued are not them)


def test_a_citizenship_told_past_an_apposition_is_the_subjects() -> None:
    batch = run("Police arrested Zhou Ming in Bangkok in 2022. Zhou, a Chinese national thought to be 52 years old, "
                "also obtained Cambodian citizenship in 2019.")
    assert {("HAS_NATIONALITY", "Zhou Ming", "CN"), ("HAS_NATIONALITY", "Zhou Ming", "KH")} <= _acts(batch)
    met = _acts(run("After meeting Li Wei, Zhou Ming obtained Cambodian citizenship."))
    assert ("HAS_NATIONALITY", "Zhou Ming", "KH") in met
    assert ("HAS_NATIONALITY", "Li Wei", "KH") not in met  # (a name before the subject's comma holds nothing)
