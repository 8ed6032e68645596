"""A body that "coordinated with Thai police to conduct raids" carried the raids out: the
infinitive of a light verb whose object is the act word ("to conduct", "to carry out", "to launch")
opens no clause of its own between the body and its act (audit 39I: neither body was credited)."""

from tests.unit.test_news_extraction import facts, run


def test_bodies_that_coordinated_to_conduct_raids_conducted_them() -> None:
    batch = run("In March, Lao authorities coordinated with Thai police to conduct raids on hubs in Tonpheung.")
    conducted = {f[1] for f in facts(batch) if f[0] == "CONDUCTED"}
    assert {"Lao authorities", "Royal Thai Police"} <= conducted


def test_a_body_asked_to_do_something_else_is_no_doer() -> None:
    batch = run("In March, police raided compounds in Myawaddy, and Myanmar authorities agreed to share data.")
    assert "Myanmar authorities" not in {f[1] for f in facts(batch) if f[0] == "CONDUCTED"}
