"""Property tests, second round: YAML front matter with aliases and depth, lone surrogates,
invisible and bidirectional characters, and names whose keys would pass 4 kB. Each draws
inputs no one would write by hand and states what must hold for all of them."""

from __future__ import annotations

import json
import tempfile
import time
import unicodedata
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from scamgraph.loaders import LoadError, load_path
from scamgraph.loaders.guard import DocumentError, load_yaml
from scamgraph.loaders.text import parse_article
from scamgraph.model import MAX_KEY_CHARS, Label, Node, invisible, make_key
from scamgraph.resolve import entity_key

# the Hypothesis profile (bounded or long) is chosen in conftest.py
INVISIBLE = st.sampled_from(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u202a", "\u202b",
                             "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u061c", "\u3164"]) | \
    st.characters(categories=["Cf"])
SURROGATES = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
NAME_WORDS = st.sampled_from(["Kim", "Seok-ki", "Chen", "Zhi", "Golden", "Lotus", "Nguyễn", "Văn", "金", "សុខ", "O'Neil"])


@st.composite
def yaml_with_aliases(draw: st.DrawFn) -> str:
    """Anchored lists, each level naming the one before it ``width`` times: a laughs bomb when
    wide and deep enough, plain YAML when not."""
    levels, width = draw(st.integers(1, 12)), draw(st.integers(1, 12))
    lines = ["l0: &l0 [" + ", ".join(["lol"] * width) + "]"]
    lines += [f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * width) + "]" for i in range(1, levels)]
    lines.append(f"title: *l{levels - 1}" if draw(st.booleans()) else "title: plain")
    return "\n".join(lines)


@st.composite
def deep_yaml(draw: st.DrawFn) -> str:
    depth = draw(st.integers(1, 20_000))
    if draw(st.booleans()):
        return "title: " + "[" * depth + "]" * depth
    block = min(depth, 300)  # indentation grows with depth: past the limit of 64 is enough
    return "".join("  " * i + f"k{i}:\n" for i in range(block)) + "  " * block + "x: 1"


@given(yaml_with_aliases() | deep_yaml())
def test_front_matter_is_read_or_refused_in_bounded_time(front: str) -> None:
    started = time.monotonic()
    raw = f"---\n{front}\n---\nPolice raided a compound in Phnom Penh.\n".encode()
    try:
        article = parse_article(raw, ".md")
    except ValueError as exc:
        assert str(exc).startswith("front matter:"), exc
    else:
        assert len(article.title) < 200_000 and article.text.strip()
    assert time.monotonic() - started < 5


@given(yaml_with_aliases() | deep_yaml())
def test_the_yaml_guard_never_lets_a_bomb_or_a_deep_tree_through(text: str) -> None:
    try:
        document = load_yaml(text)
    except DocumentError as exc:
        assert "alias" in str(exc) or "nested" in str(exc), exc
        return
    assert _size(document) <= 20_000


def _size(value: object) -> int:
    stack, seen = [value], 0
    while stack:
        item = stack.pop()
        seen += 1
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return seen


@given(st.lists(NAME_WORDS, min_size=1, max_size=4), SURROGATES, st.sampled_from([".json", ".yaml", ".md"]))
def test_a_lone_surrogate_is_refused_with_the_file_named(words: list[str], surrogate: str, suffix: str) -> None:
    name = " ".join(words) + surrogate
    escaped = json.dumps(name)  # ASCII, with the surrogate as a \\udXXX escape both JSON and YAML read
    if suffix == ".md":
        text = f"---\ntitle: {escaped}\n---\nPolice raided a compound.\n"
    else:
        text = json.dumps({"report": {"title": "t"}, "entities": [{"id": "p", "label": "Person", "name": name}]})
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"r{suffix}"
        path.write_text(text, "ascii")
        try:
            load_path(path)
        except LoadError as exc:
            assert str(path) in str(exc) and "surrogate" in str(exc)
            str(exc).encode("utf-8")  # the message itself prints
        else:
            raise AssertionError("a lone surrogate was accepted")


@given(st.lists(NAME_WORDS, min_size=1, max_size=4), st.lists(st.tuples(st.integers(0, 60), INVISIBLE), max_size=6))
def test_invisible_characters_change_no_key_and_show_in_the_name(words: list[str], inserts: list[tuple[int, str]]) -> None:
    plain = " ".join(words)
    look_alike = plain
    for position, char in inserts:
        cut = position % (len(look_alike) + 1)
        look_alike = look_alike[:cut] + char + look_alike[cut:]
    for label in (Label.PERSON, Label.ORGANIZATION, Label.SITE):
        assert entity_key(label, look_alike) == entity_key(label, plain)
    node = Node(Label.SITE, look_alike)
    assert not any(invisible(c) for c in node.name)
    assert make_key(Label.SITE, node.name) == node.key == make_key(Label.SITE, plain)


@given(st.text(st.characters(categories=["L", "N", "Zs", "Pd"]), min_size=1, max_size=60))
def test_keys_do_not_change_under_nfkc(text: str) -> None:
    folded = unicodedata.normalize("NFKC", text)
    try:
        key = make_key(Label.SITE, text)
    except ValueError:
        return
    assert make_key(Label.SITE, folded) == key


#: names past 4 kB: a drawn piece of any script repeated, then a drawn tail (drawing 4,100
#: characters one by one would spend the test's time in the generator)
LONG_NAMES = st.tuples(st.text(st.characters(categories=["L", "N", "Zs", "Cf"]), min_size=1, max_size=30),
                       st.text(st.characters(categories=["L", "N"]), max_size=30)).map(
    lambda parts: parts[0] * (4_100 // len(parts[0]) + 1) + parts[1])


@given(LONG_NAMES, st.characters(categories=["Lu", "Ll"]))
def test_keys_over_four_kilobytes_are_bounded_and_still_distinct(name: str, last: str) -> None:
    try:
        key = make_key(Label.ORGANIZATION, name)
    except ValueError:
        return
    assert len(key) <= MAX_KEY_CHARS and len(key.encode("utf-8")) <= 4 * MAX_KEY_CHARS
    assert key == make_key(Label.ORGANIZATION, name) and key.startswith("organization:")
    other = make_key(Label.ORGANIZATION, name + " x" + last)
    assert other != key or len(name) < MAX_KEY_CHARS
