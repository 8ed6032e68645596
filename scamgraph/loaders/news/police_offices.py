"""A civil title held in a police body is a police office: "Brigadier X, director of the Y police
station", "the Criminal Investigation Department's deputy director Z" are police officers, as the
force's own ranks would say; the staff of unions of police forces (Interpol, Europol) stay officials."""

from __future__ import annotations

import re
from collections.abc import Mapping

from scamgraph.model import Edge, Label, Node, RelType

__all__ = ["police_office"]

#: Ties to a body whose kind says what the person's office is
_SERVES = frozenset({RelType.WORKS_FOR, RelType.LEADS})
#: Names of police bodies whatever head word they take ("Criminal Investigation Department",
#: "Crime Investigations Unit", "... Police Station"): the forces' detective branches
_POLICE_BODY = re.compile(r"\b(?:police|criminal investigations?|crime investigations?)\b", re.I)

#: Unions of police forces whose directors are the union's civil staff, not officers of a force
_POLICE_UNIONS = re.compile(r"(?:Interpol|INTERPOL|Europol|ASEANAPOL|Aseanapol|Afripol|AFRIPOL)\b")


def police_office(person: Node, edges: Mapping[tuple[str, RelType, str], Edge], nodes: Mapping[str, Node]) -> None:
    """"Brigadier X, director of the Y police station", "the Criminal Investigation Department's
    deputy director Z": a civil title (director, chief, official) held in a police body is a
    police office, so its holder is a police officer, as the force's own ranks would say."""
    for source, rel, target in edges:
        if source != person.key or rel not in _SERVES:
            continue
        body = nodes.get(target)
        if body is not None and body.label == Label.AGENCY and not _POLICE_UNIONS.match(body.name) and (
                body.properties.get("kind") == "police" or _POLICE_BODY.search(body.name)):
            person.properties["role"], person.properties["role_class"] = "police officer", "police"
            return
