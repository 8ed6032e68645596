"""An envoy named after the office and a comma ("The Ambassador of India to Laos, Ravi Menon,
said ...") holds that office: an ambassador. Tests in made-up words."""

from tests.unit.test_news_extraction import run


def test_the_ambassador_of_a_state_to_another_named_after_a_comma() -> None:
    people = [(n.name, n.properties.get("role")) for n in run("The Ambassador of India to Laos, Ravi Menon, said 67 "
                                                              "workers were rescued.").nodes.values()
              if n.label.value == "Person"]
    assert people == [("Ravi Menon", "ambassador")]
