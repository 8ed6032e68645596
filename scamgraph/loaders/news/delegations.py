"""Delegations: a country's team, its leader ("led by"), members and purpose."""

from __future__ import annotations

import re

from spacy.tokens import Span

from scamgraph.loaders.news.state import _Event, _State
from scamgraph.loaders.news.words import _PARTICIPATION
from scamgraph.model import Evidence, Label, Node, RelType
from scamgraph.resolve import demonym


#: The head words of a team told as one (``_team_head`` reads nothing else; checked first, per word).
_TEAM_WORDS = frozenset({"force", "group", "team", "mission"})


class DelegationRules(_State):
    """Delegation nodes and what they took part in."""

    def _delegations(self, sent: Span, ents: list[Span], nodes: dict, events: list[_Event], ev: Evidence) -> None:
        doc = self.doc
        heads = [i for i in range(sent.start, sent.end) if self.lower[i] in {"delegation", "delegations"}
                 or self.lower[i] in _TEAM_WORDS and self._team_head(i, sent)]
        if not heads:
            mention = re.search(r"\b(the delegation|the lawmakers|the delegates)\b", self._text(sent), re.I)
            if self.delegation is not None and mention and any(t.lower_ in _PARTICIPATION for t in sent):
                for event in events:
                    self._edge(RelType.PARTICIPATED_IN, self.delegation.key, event.node.key, ev)
            return
        head = heads[0]
        window = doc[max(sent.start, head - 4):min(sent.end, head + 6)]
        # whose delegation: a demonym or country near it, not where it went ("a working group to Thailand")
        code = next((e.id_ for e in ents if e.label_ in {"NORP", "COUNTRY"} and window.start <= e.start < window.end
                     and self.lower[e.start - 1] not in {"to", "in", "into"}), "")
        if not code and self.lower[sent.start:head].count("dispatched") + self.lower[sent.start:head].count("sent"):
            code = next((e.id_ for e in ents if e.label_ == "COUNTRY" and e.start < head), "")  # "South Korea dispatched a task force"
        words = {t.lower_ for t in window}
        kind = "parliamentary" if words & {"parliamentary", "lawmakers", "legislators", "lawmaker", "congressional", "assembly"} \
            else "government" if words & {"government", "officials", "ministerial", "official"} else ""
        leader = self._led_by(sent, ents, nodes, head)
        if not code and leader is not None:  # "Chinese Assistant Minister ... Liu Zhongyi led a working group"
            code = next((self.batch.nodes[t].properties.get("iso2", "") for (src, rel, t) in self.edges
                         if src == leader.key and rel is RelType.HAS_NATIONALITY), "")
        if leader is None and self.delegation is not None and re.search(r"\bthe delegation\b", self._text(sent), re.I):
            delegation = self.delegation
        else:
            label = demonym(code) if code else ""
            name = " ".join(filter(None, [label, kind, "delegation"]))
            if leader is not None:
                name += f" led by {leader.name}"
            props: dict = {"kind": kind or None, "country": code or None}
            purpose = _purpose(self._text(sent))
            if purpose:
                props["purpose"] = purpose
            delegation = self._add(Node(Label.DELEGATION, name[0].upper() + name[1:], properties=props))
            self.delegation = delegation
        if code:
            nat = self._nationality(code)
            if nat is not None:
                self._edge(RelType.REPRESENTS, delegation.key, nat.key, ev)
        if leader is not None:
            self._edge(RelType.LEADS, leader.key, delegation.key, ev)
        including = next((t.i for t in sent if t.lower_ in {"including", "included", "members"}), None)
        if including is not None:
            for ent in ents:
                member = nodes.get((ent.start, ent.end))
                if ent.label_ == "PERSON" and ent.start > including and member is not None and member is not leader:
                    self._edge(RelType.MEMBER_OF, member.key, delegation.key, ev)
        if self._delegation_takes_part(sent, head, ents, leader, nodes):
            for event in events:
                self._edge(RelType.PARTICIPATED_IN, delegation.key, event.node.key, ev)

    def _delegation_takes_part(self, sent: Span, head: int, ents: list[Span], leader: Node | None, nodes: dict) -> bool:
        """"The delegation ... accompanied the raid": a verb of taking part follows the delegation
        before anyone else's clause starts."""
        others = {e.start for e in ents if e.label_ in {"PERSON", "AGENCY"} and nodes.get((e.start, e.end)) is not leader}
        for tok in self.doc[head + 1:sent.end]:
            if tok.i in others:
                return False
            if tok.lower_ in _PARTICIPATION and not (tok.i + 1 < sent.end and self.lower[tok.i + 1] == "by"):
                return True  # ("led by" names the leader; it is not taking part in anything)
        return False

    def _team_head(self, i: int, sent: Span) -> bool:
        """A team a government sends, told as one: "a task force led by ...", "led a working group to
        Thailand". Its leader and purpose make it a delegation."""
        word, before = self.lower[i], self.lower[i - 1] if i > sent.start else ""
        if word not in _TEAM_WORDS or not ((word == "force" and before == "task") or (word == "group" and before == "working")
                or word in {"team", "mission"} and before in {"government", "joint", "inter-agency", "investigation", "rescue"}):
            return False
        after = self.lower[i + 1:min(sent.end, i + 3)]
        return after[:2] == ["led", "by"] or after[:2] == ["headed", "by"] or (
            i - 3 >= sent.start and self.lower[i - 3] in {"led", "headed"}) or (i - 2 >= sent.start and self.lower[i - 2] in {"led", "headed"})

    def _led_by(self, sent: Span, ents: list[Span], nodes: dict, after: int) -> Node | None:
        doc = self.doc
        for ent in reversed([e for e in ents if e.label_ == "PERSON" and e.end <= after]):
            between = self.lower[ent.end:after]
            if between and between[0] in {"led", "headed"} and len(between) <= 4:
                return nodes.get((ent.start, ent.end))  # "Liu Zhongyi led a working group"
        for tok in doc[after:sent.end]:
            if tok.lower_ in {"led", "headed", "leader", "chaired"} and tok.i + 1 < sent.end and self.lower[tok.i + 1] in {"by", "of"}:
                for ent in ents:
                    if ent.label_ == "PERSON" and tok.i < ent.start <= tok.i + 9:
                        return nodes.get((ent.start, ent.end))
        return None


_PURPOSE = [
    re.compile(r"\bas part of (?:a|an|the|its|their)\s+([^,.;]{3,80}?(?:investigation|inquiry|probe|mission|review|hearing|visit|fact-finding trip))\b", re.I),
    re.compile(r"\bto (investigate|inspect|examine|discuss|review|check on|seek|secure|negotiate|press for|oversee) ([^,.;]{3,80})", re.I),
]


def _purpose(text: str) -> str:
    for pattern in _PURPOSE:
        found = pattern.search(text)
        if found:
            return " ".join(" ".join(found.groups()).split())
    return ""
