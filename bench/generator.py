"""A seeded synthetic scam network, written as structured reports so it goes through the real loader.

``scam_network(entities)`` returns report documents in the JSON report format
(``loaders/report.schema.json``): raid reports (a compound in one of several countries, its
operator and recruiters, workers of many nationalities (most of them victims), the police agency,
arrests, rescues and repatriations by nationality, sometimes a visiting delegation) and victim
reports (a victim, the compound, the phone numbers and domains used on them, reused across
reports with a heavy tail). Operators and compounds are drawn with a heavy tail too, so a few
touch much of the network, as in real data. ``batches()`` parses the documents with the
structured loader; ``graph()`` turns them into the MultiDiGraph ``store.to_networkx`` returns,
for measuring analyses without a store.
"""

from __future__ import annotations

import random
from typing import Any

import networkx as nx

from scamgraph.loaders.structured import parse
from scamgraph.model import GraphBatch, report_key

__all__ = ["scam_network", "batches", "graph"]

COUNTRIES = {"KH": ["Phnom Penh", "Sihanoukville", "Bavet", "Poipet"], "MM": ["Myawaddy", "Tachileik", "Shwe Kokko"],
             "LA": ["Bokeo", "Vientiane"], "PH": ["Pasay", "Bamban", "Porac"], "TH": ["Mae Sot", "Chiang Rai"]}
NATIONALITIES = ["CN", "VN", "ID", "PH", "MY", "TH", "IN", "KE", "UG", "ET", "NG", "PK", "BD", "LK", "NP", "KR", "TW",
                 "JP", "BR", "RU", "UA", "KZ", "UZ", "EG", "MA", "TR", "MM", "LA", "KH", "US"]
SCAMS = ["romance scam", "investment fraud", "voice phishing", "pig butchering", "online gambling", "crypto fraud"]


def _heavy(rng: random.Random, items: list[Any]) -> Any:
    """Low indexes far more often (Pareto-like): a few compounds and operators dominate."""
    return items[min(len(items) - 1, int(rng.paretovariate(1.2)) - 1)]


def scam_network(entities: int, seed: int = 11, reports: int | None = None) -> list[dict[str, Any]]:
    """Report documents that together name about ``entities`` distinct entities; with
    ``reports``, exactly that many documents (``entities`` then only sizes the pools of
    compounds, operators, phones and domains the reports draw from)."""
    rng = random.Random(seed)
    sites = [f"Compound {i}" for i in range(max(3, entities // 60))]
    operators = [f"Operator Group {i}" for i in range(max(2, entities // 200))]
    phones = [f"+855 1{i:07d}" for i in range(max(5, entities // 25))]
    domains = [f"invest-{i}.example" for i in range(max(3, entities // 80))]
    names: set[str] = set()
    documents: list[dict[str, Any]] = []
    while len(documents) < reports if reports is not None else len(names) < entities:
        number = len(documents)
        site = _heavy(rng, sites)
        index = sites.index(site)
        country = list(COUNTRIES)[index % len(COUNTRIES)]
        city = COUNTRIES[country][index % len(COUNTRIES[country])]
        if rng.random() < 0.35:
            doc = _raid(rng, number, site, city, country, _heavy(rng, operators))
        else:
            doc = _victim(rng, number, site, _heavy(rng, phones), _heavy(rng, domains))
        documents.append(doc)
        names.update(f"{e['label']}:{e['name']}" for e in doc["entities"])
    return documents


def _date(rng: random.Random) -> str:
    return f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _raid(rng: random.Random, n: int, site: str, city: str, country: str, operator: str) -> dict[str, Any]:
    date = _date(rng)
    entities = [{"id": "site", "label": "Site", "name": site}, {"id": "city", "label": "Location", "name": city,
                                                                 "properties": {"kind": "city"}},
                {"id": "raid", "label": "Event", "name": f"Raid {n} on {site}", "properties": {"type": "raid", "date": date}},
                {"id": "police", "label": "Agency", "name": f"{country} National Police", "properties": {"kind": "police"}},
                {"id": "op", "label": "Organization", "name": operator},
                {"id": "scam", "label": "ScamType", "name": rng.choice(SCAMS)}]
    relations = [{"type": "OCCURRED_AT", "source": "raid", "target": "site", "quote": f"police raided {site}"},
                 {"type": "LOCATED_IN", "source": "site", "target": "city"},
                 {"type": "CONDUCTED", "source": "police", "target": "raid"},
                 {"type": "OPERATES", "source": "op", "target": "site"},
                 {"type": "ENGAGED_IN", "source": "site", "target": "scam"}]
    for i, code in enumerate(rng.sample(NATIONALITIES, rng.randint(2, 6))):
        entities.append({"id": f"n{i}", "label": "Nationality", "name": code, "properties": {"iso2": code}})
        rel = "ARRESTED" if rng.random() < 0.3 else "RESCUED"
        relations.append({"type": rel, "source": "raid", "target": f"n{i}", "properties": {"count": rng.randint(1, 300)}})
    for i in range(rng.randint(1, 4)):  # recruiters and bosses, named
        entities.append({"id": f"r{i}", "label": "Person", "name": f"Recruiter {n}-{i}", "properties": {"role": "recruiter",
                                                                                                        "role_class": "suspect"}})
        relations += [{"type": "WORKS_FOR", "source": f"r{i}", "target": "op"}, {"type": "ARRESTED", "source": "raid", "target": f"r{i}"}]
    for i in range(rng.randint(2, 10)):  # trafficked workers, most of them victims
        entities.append({"id": f"w{i}", "label": "Person", "name": f"Worker {n}-{i}", "properties": {"role": "worker",
                                                                                                     "role_class": "victim"}})
        relations.append({"type": "RESCUED", "source": "raid", "target": f"w{i}"})
    if rng.random() < 0.4:
        entities.append({"id": "rep", "label": "Event", "name": f"Repatriation {n}", "properties": {"type": "repatriation", "date": date}})
        entities.append({"id": "home", "label": "Nationality", "name": "ID", "properties": {"iso2": "ID"}})
        relations.append({"type": "REPATRIATED", "source": "rep", "target": "home", "properties": {"count": rng.randint(5, 200)}})
    if rng.random() < 0.1:
        entities.append({"id": "del", "label": "Delegation", "name": f"Delegation {n}"})
        relations.append({"type": "PARTICIPATED_IN", "source": "del", "target": "raid"})
    return {"report": {"title": f"Raid report {n}", "published": date, "kind": "news"}, "entities": entities, "relations": relations}


def _victim(rng: random.Random, n: int, site: str, phone: str, domain: str) -> dict[str, Any]:
    return {"report": {"title": f"Victim report {n}", "published": _date(rng), "kind": "victim"},
            "entities": [{"id": "v", "label": "Person", "name": f"Victim {n}", "properties": {"role_class": "victim"}},
                         {"id": "site", "label": "Site", "name": site},
                         {"id": "phone", "label": "Identifier", "name": phone, "properties": {"kind": "phone"}},
                         {"id": "web", "label": "Identifier", "name": domain, "properties": {"kind": "domain"}}],
            "relations": [{"type": "USES", "source": "site", "target": "phone", "quote": "they called from this number"},
                          {"type": "USES", "source": "site", "target": "web", "quote": "the investment site"},
                          {"type": "AFFECTED", "source": "site", "target": "v"}]}


def batches(documents: list[dict[str, Any]]) -> list[GraphBatch]:
    """The documents through the real structured loader."""
    return [parse(doc, key=report_key(f"bench-{i}-{doc['report']['title']}"), source=f"bench-{i}.json")
            for i, doc in enumerate(documents)]


def graph(documents: list[dict[str, Any]]) -> nx.MultiDiGraph:
    """The MultiDiGraph a store would return for these reports (no store involved)."""
    result = nx.MultiDiGraph()
    for batch in batches(documents):
        for node in batch.all_nodes():
            result.add_node(node.key, label=node.label.value, name=node.name, **node.properties)
        for edge in batch.with_mentions().edges:
            ev = edge.evidence[0] if edge.evidence else None
            result.add_edge(edge.source, edge.target, key=f"{edge.type.value}|{batch.report_key}", type=edge.type.value,
                            report=batch.report_key, quote=ev.quote if ev else "",
                            reported=batch.report.properties.get("published"), **edge.properties)
    return result
