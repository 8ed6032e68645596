"""The bodies of people (session 55; made-up names, bodies and numbers):
- "Vorn Sakal, a former director of the Lotland Revenue Bureau", "Former Harbour Ministry official
  Vorn Sakal", "Vorn Sakal, the ex-chairman of Bright Orchid Holdings": a post held once tells no
  employer (nor a head or a director) now; the body named with a present post still does, and so
  does a party a former lawmaker belongs to."""

from tests.unit.test_news_extraction import facts, run

_BODY_RELS = {"WORKS_FOR", "LEADS", "DIRECTS", "MEMBER_OF"}


def _bodies(text: str, person: str) -> set[tuple[str, str]]:
    return {(r, t) for r, s, t, c in facts(run(text)) if r in _BODY_RELS and s == person}


def test_a_former_post_after_the_name_tells_no_employer() -> None:
    text = ("Police detained nine suspects in Pailin on Tuesday. Vorn Sakal, a former director of the "
            "Lotland Revenue Bureau, was among those held.")
    assert _bodies(text, "Vorn Sakal") == set()
    text = ("Police detained nine suspects in Pailin on Tuesday. Vorn Sakal, the ex-chairman of Bright "
            "Orchid Holdings, was among those held.")
    assert _bodies(text, "Vorn Sakal") == set()


def test_a_former_post_before_the_name_tells_no_employer() -> None:
    text = ("Police detained nine suspects in Pailin on Tuesday. Former Harbour Ministry official Vorn "
            "Sakal was among those held.")
    assert _bodies(text, "Vorn Sakal") == set()


def test_a_present_post_still_tells_the_employer() -> None:
    text = ("Police detained nine suspects in Pailin on Tuesday, said Keo Ratha, a spokesman for the "
            "Lotland Revenue Bureau.")
    assert _bodies(text, "Keo Ratha") == {("WORKS_FOR", "Lotland Revenue Bureau")}
    # ("a former judge and now ...": the post after "now" is held today)
    text = ("Police detained nine suspects in Pailin on Tuesday, said Keo Ratha, a former judge and now "
            "a spokesman for the Lotland Revenue Bureau.")
    assert _bodies(text, "Keo Ratha") == {("WORKS_FOR", "Lotland Revenue Bureau")}


def test_a_former_lawmaker_stays_the_partys_member() -> None:
    text = ("Police detained nine suspects in Pailin on Tuesday, said former Lotus Unity Party lawmaker "
            "Keo Ratha.")
    assert _bodies(text, "Keo Ratha") == {("MEMBER_OF", "Lotus Unity Party")}
