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
#: Teams that keep their written name and that an arrival makes a delegation
_ARRIVING_TEAMS = frozenset({"team", "mission"})
_ARRIVED = frozenset({"arrived", "arrives", "arrive", "landed", "lands"})
#: Words before a team's head that are no part of its name
_NOT_A_TEAM_NAME = frozenset({"a", "an", "the", "this", "that", "his", "her", "their", "its", "on", "of", "to", "led",
                              "headed", "sent", "dispatched", "new", "another", "first", "second"})


#: "<person> and his delegation": the person leads it
_HIS_OWN = (["and", "his"], ["and", "her"])
#: Words a sentence about a delegation holds (a delegation's own word, or a team's).
_HEAD_WORDS = frozenset({"delegation", "delegations", *_TEAM_WORDS})
#: A delegation told of again, in a sentence without its own word for it.
_DELEGATION_AGAIN = re.compile(r"\b(the delegation|the lawmakers|the delegates)\b", re.IGNORECASE)


class DelegationRules(_State):
    """Delegation nodes and what they took part in."""

    def _delegations(self, sent: Span, ents: list[Span], nodes: dict, events: list[_Event], ev: Evidence) -> None:
        doc = self.doc
        heads = [] if _HEAD_WORDS.isdisjoint(self.lower[sent.start:sent.end]) else \
            [i for i in range(sent.start, sent.end) if self.lower[i] in {"delegation", "delegations"}
             or self.lower[i] in _TEAM_WORDS and self._team_head(i, sent)]
        if not heads:
            if self.delegation is not None and _DELEGATION_AGAIN.search(self._text(sent)) \
                    and not _PARTICIPATION.isdisjoint(self.lower[sent.start:sent.end]):
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
        own = self.lower[head - 2:head] in _HIS_OWN  # (the team has no name but its leader's)
        if not code and leader is not None:  # "Chinese Assistant Minister ... Liu Zhongyi led a working group"
            code = next((self.batch.nodes[t].properties.get("iso2", "") for (src, rel, t) in self.edges
                         if src == leader.key and rel is RelType.HAS_NATIONALITY), "") \
                or str(leader.properties.get("office_country") or "")  # the state whose office the leader holds
        written = self._written_team(head, sent) if self.lower[head] in _ARRIVING_TEAMS else None
        if leader is None and self.delegation is not None and (
                re.search(r"\bthe delegation\b", self._text(sent), re.I) or written == self.lower[head]
                and self.delegation.properties.get("country") in {code, None}):
            delegation = self.delegation  # "the delegation", or "a team from China" after "Chinese team"
        elif not (code or leader or kind or written or own):
            return  # "The delegation was escorted by police": told again, though the story told none before;
            # "a task force led by the commission raided ...": a team nobody sent, whose, or to do what, no delegation
        else:
            label = demonym(code) if code and not own else ""
            kind = "" if own else kind  # "X and his delegation": the words around it are another list item's
            name = written or " ".join(filter(None, [label, kind, "delegation"]))
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
        including = next((t.i for t in sent if t.lower_ in {"including", "included", "members", "comprising"}), None)
        if including is not None:
            for ent in ents:
                member = nodes.get((ent.start, ent.end))
                if ent.label_ == "PERSON" and ent.start > including and member is not None and member is not leader:
                    self._edge(RelType.MEMBER_OF, member.key, delegation.key, ev)
        sender = self._sending_body(head, ents, nodes)
        if self._delegation_takes_part(sent, head, ents, leader, nodes, sender):
            for event in events:
                self._edge(RelType.PARTICIPATED_IN, delegation.key, event.node.key, ev)
                if sender is not None:  # "a team from X arrived": X took part through its team
                    self._edge(RelType.PARTICIPATED_IN, sender.key, event.node.key, ev)

    def _sending_body(self, head: int, ents: list[Span], nodes: dict) -> Node | None:
        """The agency a team comes from: "a team from Merrow's Serious Fraud Bureau"."""
        if head + 1 >= len(self.lower) or self.lower[head + 1] != "from":
            return None
        for ent in ents:
            if ent.label_ == "AGENCY" and head + 2 <= ent.start <= head + 4 and (ent.start, ent.end) in nodes:
                return nodes[(ent.start, ent.end)]
        return None

    def _written_team(self, head: int, sent: Span) -> str:
        """A team named by its own words ("Chinese anti-scam team", "rescue mission"), without its
        article or its length ("a four-day rescue mission" is a "rescue mission"); the fullest
        form the sentence gives it."""
        forms = [self._text(self.doc[self._team_start(k, sent):k + 1]) for k in range(sent.start, sent.end)
                 if self.lower[k] == self.lower[head]]
        return max(forms, key=len)  # "a mission ... for the rescue mission": its fullest name

    def _team_start(self, head: int, sent: Span) -> int:
        """The first word of a team's own name: back over lowercase words, demonyms and hyphens."""
        k = head
        while k - 1 >= sent.start and not any(c.isdigit() for c in self.words[k - 1]) \
                and self.lower[k - 1] not in _NOT_A_TEAM_NAME and "-day" not in self.lower[k - 1] \
                and (self.words[k - 1].isalpha() and self.words[k - 1].islower() or self.doc[k - 1].ent_type_ == "NORP"
                     or self.words[k - 1] == "-" and k - 2 >= sent.start and self.words[k - 2].isalpha()):
            k -= 1
        return k

    def _delegation_takes_part(self, sent: Span, head: int, ents: list[Span], leader: Node | None, nodes: dict,
                               sender: Node | None = None) -> bool:
        """"The delegation ... accompanied the raid", "the team has arrived in": a verb of taking
        part follows the delegation before anyone else's clause starts (the body it comes from is
        no one else)."""
        others = {e.start for e in ents if e.label_ in {"PERSON", "AGENCY"}
                  and nodes.get((e.start, e.end)) not in (leader, sender)}
        for tok in self.doc[head + 1:sent.end]:
            if tok.i in others:
                return False
            if (tok.lower_ in _PARTICIPATION or tok.lower_ in _ARRIVED and self.lower[head] in _ARRIVING_TEAMS) \
                    and not (tok.i + 1 < sent.end and self.lower[tok.i + 1] == "by"):
                return True  # ("led by" names the leader; it is not taking part in anything)
        return False

    def _team_head(self, i: int, sent: Span) -> bool:
        """A team a government sends, told as one: "a task force led by ...", "led a working group to
        Thailand", "a Chinese team arrived in". Its leader, purpose or arrival make it a delegation."""
        word, before = self.lower[i], self.lower[i - 1] if i > sent.start else ""
        if word in _ARRIVING_TEAMS and (self._foreign_team_arriving(i, sent) or self._led_abroad(i, sent)):
            return True
        if word not in _TEAM_WORDS or not ((word == "force" and before == "task") or (word == "group" and before == "working")
                or word in {"team", "mission"} and before in {"government", "joint", "inter-agency", "investigation", "rescue"}):
            return False
        after = self.lower[i + 1:min(sent.end, i + 3)]
        return after[:2] == ["led", "by"] or after[:2] == ["headed", "by"] or any(
            k >= sent.start and self.lower[k] in {"led", "headed"} and self.lower[k - 1] != "-" for k in (i - 3, i - 2))
        # (not "the Korea-led task force": a compound that names who leads a joint unit, no team sent)

    def _led_abroad(self, i: int, sent: Span) -> bool:
        """"he led a mission comprising officers ... to Cambodia": a team someone led, made of named
        members or sent to a country."""
        if not ({"led", "headed"} & set(self.lower[max(sent.start, i - 3):i])):
            return False
        rest = self.lower[i + 1:sent.end]
        sent_to = any(self.lower[k] == "to" and self.doc[k + 1].ent_type_ == "COUNTRY" for k in range(i + 1, sent.end - 1))
        return sent_to and ("comprising" in rest or "including" in rest)

    def _foreign_team_arriving(self, i: int, sent: Span) -> bool:
        """"Chinese anti-scam team arrives in", "a team from China's bureau has arrived in": a team
        of a named country whose own verb is an arrival."""
        named = self._team_start(i, sent)
        whose = [k for k in range(named, i) if self.doc[k].ent_type_ in {"NORP", "COUNTRY"}]
        if i + 2 < sent.end and self.lower[i + 1] == "from" and self.doc[i + 2].ent_type_ in {"NORP", "COUNTRY"}:
            whose.append(i + 2)
        home = {self.dateline_country, self.article_country} - {""}
        if not whose or any(self.doc[k].ent_id_ in home for k in whose):
            return False  # a team of no named country, or of the story's own ("Thai rescue team" in Mae Sot)
        k = i + 1
        while k < min(sent.end, i + 10) and (self.doc[k].ent_type_ or self.lower[k] in {"from", "'s", "’s", "has", "have", "had"}):
            k += 1  # past "from Merrow's Serious Fraud Bureau has"
        return k < sent.end and self.lower[k] in _ARRIVED

    def _led_by(self, sent: Span, ents: list[Span], nodes: dict, after: int) -> Node | None:
        doc = self.doc
        for ent in reversed([e for e in ents if e.label_ == "PERSON" and e.end <= after]):
            between = self.lower[ent.end:after]
            if between and between[0] in {"led", "headed"} and len(between) <= 4 or between in _HIS_OWN:
                return nodes.get((ent.start, ent.end))  # "Liu Zhongyi led a working group", "Pranav Ganesh and his delegation"
        before = self.lower[max(sent.start, after - 4):after]
        for k, word in enumerate(before[:-1]):
            earlier = [person for start, person in self.people if start < sent.start]
            if word in {"he", "she"} and before[k + 1] in {"led", "headed"} and earlier \
                    and not any(e.label_ == "PERSON" for e in ents if e.end <= after):
                return earlier[-1]  # "he led a mission": the person the story named last
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
