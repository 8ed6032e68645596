"""Masking the people recorded as victims, for sharing a graph with partner agencies.

A victim keeps their place in the structure (the raid that rescued them, the flight that brought
them home, the number that called them) but loses everything that identifies them: the node
becomes ``victim:N`` named ``victim N``; identifiers that only victims used are dropped; and every
text (quotes, titles, other entities' keys) has their names, name parts, slugs and phone digits
replaced by ``[victim]``.

Why numbers rather than hashes of the key: a hash of a name can be reversed by hashing a list of
likely names; a number cannot. The numbering follows a hash of the key, so it says nothing about
the names either. It is stable within one export or report, not across them.

Over-masking is the intended failure: a victim's name parts are masked in every quote and title,
so a perpetrator who shares one ("Park") loses it there too; other entities' own names lose only
whole victim names, so the site "KK Park" keeps its name.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

import networkx as nx

from scamgraph.analysis.links import is_victim

__all__ = ["Redaction", "redact"]

MASK = "[victim]"


class Redaction:
    """What to hide in one graph; ``graph()`` gives the redacted copy, ``text()`` masks any string."""

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.source = graph
        victims = sorted((n for n in graph if is_victim(graph, n)), key=lambda n: hashlib.sha256(n.encode()).hexdigest())
        self.aliases = {key: f"victim:{number}" for number, key in enumerate(victims, start=1)}
        self.dropped = {ident for victim in victims for _, ident in graph.out_edges(victim) if self._only_victims_use(ident)}
        self._full = _pattern(self._whole_names(), self._digit_runs())
        self._parts = self._parts_pattern()
        slugs = [k.split(":", 1)[-1] for k in self.aliases if len(k.split(":", 1)[-1]) >= 3]
        self._slug = re.compile("|".join(re.escape(s) for s in sorted(slugs, key=len, reverse=True))) if slugs else None

    def _only_victims_use(self, node: str) -> bool:
        graph = self.source
        return graph.nodes[node].get("label") == "Identifier" and all(
            p in self.aliases for p in nx.all_neighbors(graph, node) if graph.nodes[p].get("label") != "Report")

    def _whole_names(self) -> set[str]:
        """Victims' full names and aliases, and the values of the identifiers dropped with them."""
        names: set[str] = set()
        for key in list(self.aliases) + sorted(self.dropped):
            data = self.source.nodes[key]
            names.update(str(v) for v in [data.get("name"), data.get("value"), *(data.get("aliases") or [])] if v)
        return {w for w in names if len(w) >= 2}

    def _parts_pattern(self) -> re.Pattern[str] | None:
        """Victims' name parts standing alone. Other entities' names that contain one ("KK Park")
        are matched first and kept, so only "Park was rescued" loses it. Case matters: the name
        "Park" is masked, the word "park" ("a scam park") is not."""
        parts = {p for key in self.aliases for p in _name_parts(self.source.nodes[key].get("name")) if len(p) >= 3}
        if not parts:
            return None
        lowered = {p.casefold() for p in parts}
        keep = {str(d["name"]) for n, d in self.source.nodes(data=True)
                if n not in self.aliases and d.get("name") and d.get("label") != "Report"
                and lowered & {w.casefold() for w in _name_parts(d["name"])}}
        return re.compile((rf"(?P<keep>{_words(keep)})|" if keep else "") + _words(parts))

    def _digit_runs(self) -> list[str]:
        """The last eight digits of every dropped phone-like identifier, however it was spaced."""
        runs = []
        for key in self.dropped:
            digits = re.sub(r"\D", "", str(self.source.nodes[key].get("name", "")))
            if len(digits) >= 7:
                runs.append(r"[\s.\-()]*".join(digits[-8:]))
        return runs

    def text(self, value: str) -> str:
        """``value`` (a quote, a title, a warning) with every trace of a victim replaced by ``[victim]``:
        "Park was rescued" loses "Park" even where a site elsewhere is called "KK Park"."""
        value = self._full.sub(MASK, value) if self._full else value
        return self._parts.sub(lambda m: m.group(0) if m.groupdict().get("keep") else MASK, value) if self._parts else value

    def name(self, value: str) -> str:
        """Another entity's name: only whole victim names are masked, so "KK Park" stays."""
        return self._full.sub(MASK, value) if self._full else value

    def key(self, key: str) -> str:
        """The key a node has in the redacted graph."""
        if key in self.aliases:
            return self.aliases[key]
        return self._slug.sub("victim", key) if self._slug else key

    def _value(self, value: Any, mask: Any) -> Any:
        if isinstance(value, str):
            return mask(value)
        if isinstance(value, (list, tuple)):
            return [self._value(v, mask) for v in value]
        return value

    def _node(self, data: dict[str, Any]) -> dict[str, Any]:
        names = data.get("label") != "Report"  # a report's name is its title: free text
        return {k: self._value(v, self.name if names and k in {"name", "aliases"} else self.text)
                for k, v in data.items()}

    def graph(self) -> nx.MultiDiGraph:
        """The redacted copy: same structure, victims as ``victim N``, texts masked."""
        source, out = self.source, nx.MultiDiGraph()
        for node, data in source.nodes(data=True):
            if node in self.dropped:
                continue
            if node in self.aliases:
                alias = self.aliases[node]
                out.add_node(alias, label="Person", name=alias.replace(":", " "), role_class="victim")
            else:
                out.add_node(self.key(node), **self._node(data))
        for a, b, data in source.edges(data=True):
            if a in self.dropped or b in self.dropped:
                continue
            clean = {k: (self.key(v) if k == "report" and isinstance(v, str) else self._value(v, self.text))
                     for k, v in data.items()}
            out.add_edge(self.key(a), self.key(b), **clean)
        return out


def _name_parts(name: Any) -> list[str]:
    return re.split(r"[\s\-]+", str(name or ""))


def _words(words: set[str]) -> str:
    """A regular expression for any of ``words`` as whole words (the longest first)."""
    return r"(?<![\w+@])(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)"


def _pattern(words: set[str], digit_runs: list[str]) -> re.Pattern[str] | None:
    """Whole words (names, handles) or a phone's digits with whatever came before them."""
    parts = [_words(words)] if words else []
    if digit_runs:
        parts.append(r"\+?(?:\d[\s.\-()]*)*?(?:" + "|".join(digit_runs) + r")(?!\d)")
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def redact(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``graph`` with the people recorded as victims masked (see the module docstring)."""
    return Redaction(graph).graph()
