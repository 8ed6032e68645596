"""The key rules: what folds two ways of writing one entity into one key, and what keeps keys
bounded, whichever loader made the node."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scamgraph.loaders import load_path
from scamgraph.model import MAX_KEY_CHARS, MAX_NAME_CHARS, Label, Node, make_key
from scamgraph.resolve import entity_key

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u061c", "\u202a", "\u202b",
             "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u00ad", "\u3164"]


@pytest.mark.parametrize(("titled", "plain"), [
    ("Immigration Commissioner Joel Viado", "Joel Viado"),
    ("Acting Immigration Commissioner Joel Viado", "Joel Viado"),
    ("Cambodian Interior Minister Sar Sokha", "Sar Sokha"),
    ("Thai Police Lt. Gen. Surachate Hakparn", "Surachate Hakparn"),
    ("Senator Risa Hontiveros", "Risa Hontiveros"),
    ("Prime Minister Hun Manet", "Hun Manet"),
])
def test_titles_are_folded_out_of_person_keys(titled: str, plain: str) -> None:
    assert entity_key(Label.PERSON, titled) == entity_key(Label.PERSON, plain)


@pytest.mark.parametrize("name", ["John Major", "Commissioner", "Deputy Kim", "Immigration Bureau"])
def test_a_title_word_that_is_the_name_stays(name: str) -> None:
    assert entity_key(Label.PERSON, name) == make_key(Label.PERSON, name)


@pytest.mark.parametrize("char", INVISIBLE)
def test_an_invisible_character_makes_no_second_node(char: str) -> None:
    look_alike = f"Kim Se{char}ok-ki"
    assert entity_key(Label.PERSON, look_alike) == entity_key(Label.PERSON, "Kim Seok-ki") == "person:kim-seok-ki"
    node = Node(Label.PERSON, look_alike)
    assert node.key == "person:kim-seok-ki"
    assert node.name == f"Kim Se<U+{ord(char):04X}>ok-ki"  # a reader sees that this name is not the plain one


def test_a_marked_name_keys_like_the_name_it_marks() -> None:
    assert make_key(Label.PERSON, "Kim Se<U+200B>ok-ki") == "person:kim-seok-ki"


@pytest.mark.parametrize(("variant", "plain"), [
    ("Ｋｉｍ Ｓｅｏｋ－ｋｉ", "Kim Seok-ki"),  # full-width forms
    ("Golden ﬁsh Park", "Golden fish Park"),  # a ligature
    ("Site Ⅻ", "Site XII"),  # a Roman numeral sign
    ("Kim²", "Kim2"),  # a superscript
    ("ＫＩＭ　ＳＥＯＫ　ＫＩ", "kim seok ki"),  # full-width capitals and an ideographic space
    ("Nguyễn Văn A", "Nguyen Van A"),
])
def test_keys_fold_compatibility_forms(variant: str, plain: str) -> None:
    assert make_key(Label.SITE, variant) == make_key(Label.SITE, plain)


def test_a_long_name_gives_a_bounded_key_with_a_readable_head() -> None:
    first, second = "Golden " + "x" * 5000 + " One", "Golden " + "x" * 5000 + " Two"
    keys = {make_key(Label.ORGANIZATION, first), make_key(Label.ORGANIZATION, second)}
    assert len(keys) == 2  # two long names sharing a head still get two keys
    for key in keys:
        assert len(key) <= MAX_KEY_CHARS and key.startswith("organization:golden-xxxx")
    assert make_key(Label.ORGANIZATION, first) == make_key(Label.ORGANIZATION, first)
    assert len(make_key(Label.PERSON, "金" * 5000).encode("utf-8")) <= 4 * MAX_KEY_CHARS


def test_a_long_name_is_cut_for_show_and_kept_whole() -> None:
    name = "Kim " + "y" * 6000
    node = Node(Label.PERSON, name)
    assert len(node.name) == MAX_NAME_CHARS and node.name.endswith("\u2026")
    assert node.properties["full_name"] == name
    given = Node(Label.PERSON, name, key="person:" + "z" * 6000)  # a key a report spelled out
    assert len(given.key) <= MAX_KEY_CHARS


def test_every_loader_gives_a_long_name_the_same_key(tmp_path: Path) -> None:
    name = "Zhang " + "Wei " * 1200
    document = {"report": {"title": "t"}, "entities": [{"id": "p", "label": "Person", "name": name},
                                                      {"id": "s", "label": "Site", "name": "Compound"}],
                "relations": [{"type": "OPERATES", "source": "p", "target": "s"}]}
    (tmp_path / "r.json").write_text(json.dumps(document))
    (tmp_path / "r.csv").write_text("source_label,source_name,relation,target_label,target_name\n"
                                    f"Person,{name},OPERATES,Site,Compound\n")
    (tmp_path / "r.ftm.json").write_text(json.dumps({"id": "p", "schema": "Person", "properties": {"name": [name]}}))
    keys = set()
    for file in ("r.json", "r.csv", "r.ftm.json"):
        batch = load_path(tmp_path / file)
        batch.validate()
        people = [n.key for n in batch.nodes.values() if n.label is Label.PERSON]
        assert len(people) == 1 and len(people[0]) <= MAX_KEY_CHARS, file
        keys.add(people[0])
    assert keys == {entity_key(Label.PERSON, name)}


@pytest.mark.parametrize(("kind", "value"), [("domain", "a" * 300 + ".example"), ("phone", "1" * 5000),
                                             ("handle", "x" * 5000), ("wallet-btc", "1" * 5000)])
def test_an_identifier_too_long_to_be_one_is_refused_briefly(kind: str, value: str) -> None:
    from scamgraph.loaders.identifiers import normalize_identifier

    with pytest.raises(ValueError) as caught:
        normalize_identifier(kind, value, "KH")
    assert len(str(caught.value)) < 200  # says why without echoing five thousand characters
