"""Acts told as the aim of an effort still going on, or as a thing only weighed or required, are
no events (precision audit 24, pages y01, y09 and y12, with audit pages x08 and x09): "are working
with the consulate to bring them home" (a progressive verb of effort), "unless the embassies fly
them home" (a condition), "before extradition is considered" (a step weighed). The same acts told
as done stay events."""

from scamgraph.loaders.news.conditions import conditioned, weighed
from scamgraph.loaders.news.purpose_frames import purpose_only
from tests.unit.test_news_extraction import events, run


def test_an_effort_still_going_on_is_no_repatriation() -> None:
    text = "The ministry in Hanoi said officials were coordinating with the consulate, border police and local authorities to bring home 58 workers."
    assert not any(key.startswith("repatriation") for key in events(run(text)))


def test_a_present_effort_to_rescue_is_no_rescue() -> None:
    text = "Diplomats in Nairobi say they are still working with the Thai police to trace and rescue 17 Kenyans."
    assert not any(key.startswith("rescue") for key in events(run(text)))


def test_a_past_effort_told_as_done_is_still_an_act() -> None:
    text = "The embassy coordinated with local police to repatriate 58 Nepalis from Vientiane."
    assert any(key.startswith("repatriation") for key in events(run(text)))


def test_an_act_with_its_own_verb_stays() -> None:
    text = "The consulate has brought home 22 Bangladeshi workers from Phnom Penh."
    assert any(key.startswith("repatriation") for key in events(run(text)))


def test_a_plan_to_bring_home_carries_no_count_of_people_sent() -> None:
    found = events(run("Officials in Dhaka plan to bring home 64 citizens held in Laos."))
    for key, props in found.items():
        if key.startswith("repatriation"):
            assert "repatriated" not in (props.get("counts") or {})


def test_unless_opens_no_fact() -> None:
    text = "The governor said the shelters could take no more people unless foreign missions repatriate the 300 already there."
    assert not any(key.startswith("repatriation") for key in events(run(text)))


def test_a_step_only_weighed_is_no_event() -> None:
    text = "The 90 detained Laotians will be tried in Tachileik before any consideration of extradition."
    assert not any(key.startswith("extradition") for key in events(run(text)))
    text = "All 90 will stand trial before deportation is considered, officials in Myawaddy said."
    assert not any(key.startswith("deportation") for key in events(run(text)))


def test_a_judgement_of_a_done_act_is_still_the_act() -> None:
    text = "Police in Manila deported 35 Koreans on Friday. The deportation was considered a success by the bureau."
    assert any(key.startswith("deportation") for key in events(run(text)))


def test_the_frames_read_by_the_rules() -> None:
    def words(text: str) -> list[str]:
        return text.lower().split()
    w = words("they are working with police to rescue them")
    assert purpose_only(w, w.index("rescue"), 0)
    w = words("they worked with police to rescue them")
    assert not purpose_only(w, w.index("rescue"), 0)
    w = words("the consul is closely liaising with the army , police and navy to repatriate them")
    assert purpose_only(w, w.index("repatriate"), 0)
    w = words("the workers were working at the casino and decided to escape")
    assert not purpose_only(w, w.index("escape"), 0)
    w = words("nothing changes unless the embassies repatriate them")
    assert conditioned(w, w.index("repatriate"), 0)
    w = words("if police raided the site")
    assert not conditioned(w, w.index("raided"), 0)
    w = words("before deportation is considered .")
    assert weighed(w, w.index("deportation"), 0, len(w))
    w = words("the deportation was considered a success")
    assert not weighed(w, w.index("deportation"), 0, len(w))
