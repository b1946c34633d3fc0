"""The entity graph: persons, organisations, places, programs, events and awards as a networkx graph.

:func:`entity_graph` is the graph exported to GraphML; :func:`explore_graph`
is the one people look at in ``kg viz``: it adds office nodes (role ×
organisation, shared by acting and regular holders), event dates, attested
membership days and, on request, article nodes.

Nodes are keyed by IRI with attributes ``label``, ``type`` (ontology class
local name) and ``aliases``; edges carry ``relation`` (``holds role``,
``attended``, ``led``, ``located in``, ``about`` ...) and, for memberships,
the ``role``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import networkx as nx

from kg import lang
from kg.model.vocab import NODE_CLASSES, SPARQL_PREFIXES
from kg.query import named
from kg.store import Store, solutions, term_value

PREFIXES = SPARQL_PREFIXES

#: class IRI → node type, most specific first (``kg.model.vocab.NODE_CLASSES``; offices and articles apart)
NODE_TYPES = {cls.value: kind for kind, cls in NODE_CLASSES.items() if kind not in {"Role", "Article"}}


#: (SPARQL pattern binding ?a ?b [?role], relation label)
EDGES = (
    (
        "?m a org:Membership ; org:member ?a ; org:organization ?b ; org:role ?r . ?r skos:prefLabel ?role .",
        "holds role",
    ),
    ("?a schema:performer ?b .", "led"),
    ("?a schema:attendee ?b .", "attended"),
    ("?a schema:organizer ?b .", "organised"),
    ("?a schema:location ?b .", "located in"),
    ("?a schema:about ?b .", "about"),
    ("?a org:subOrganizationOf ?b .", "part of"),
    ("?a schema:containedInPlace ?b .", "located in"),
    ("?a kgo:awardedTo ?b .", "awarded to"),
    ("?a kgo:conferredBy ?b .", "conferred by"),
    ("?a schema:legislationPassedBy ?b .", "passed by"),
)


def entity_graph(store: Store) -> nx.MultiDiGraph[str]:
    """Every entity node and the relations between them."""
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    labels = solutions(store, named.entity_labels(list(NODE_TYPES)))
    for row in labels:
        node, kind = term_value(row["s"]), NODE_TYPES[term_value(row["type"])]
        current = graph.nodes.get(node, {}).get("type")
        if current and list(NODE_TYPES.values()).index(current) <= list(NODE_TYPES.values()).index(kind):
            continue
        aliases = term_value(row["aliases"]) if row["aliases"] is not None else ""
        graph.add_node(
            node,
            label=term_value(row["label"]),
            type=kind,
            aliases=aliases,
            articles=int(term_value(row["articles"])),
        )
    for pattern, relation in EDGES:
        with_role = "?role" in pattern
        rows = solutions(store, named.pairs(pattern, role=with_role))
        for row in rows:
            a, b = term_value(row["a"]), term_value(row["b"])
            if a in graph and b in graph:
                attrs = {"relation": relation}
                if with_role:
                    attrs["role"] = term_value(row["role"])
                graph.add_edge(a, b, key=f"{relation}:{attrs.get('role', '')}", **attrs)
    return graph


# -- the explore graph: entities, offices and (optionally) articles, for viewing ------------------------

#: relation (English, as on entity_graph edges) → plain Indonesian label shown in pages
RELATION_LABELS_ID = lang.mapping("relation-labels", "relation", "label")

#: (SPARQL pattern binding ?a ?b, relation, reversed) — reversed edges point from participant to event so
#: that the label reads as a sentence ("Erik —memimpin→ Rapat Koordinasi ...")
EXPLORE_EDGES = (
    ("?a schema:performer ?b .", "led", True),
    ("?a schema:attendee ?b .", "attended", True),
    ("?a schema:organizer ?b .", "organised", True),
    ("?a schema:location ?b .", "located in", False),
    ("?a schema:about ?b .", "about", False),
    ("?a org:subOrganizationOf ?b .", "part of", False),
    ("?a schema:containedInPlace ?b .", "located in", False),
    ("?a kgo:awardedTo ?b .", "awarded to", False),
    ("?a kgo:conferredBy ?b .", "conferred by", False),
    ("?a schema:legislationPassedBy ?b .", "passed by", False),
)

_ACTING = re.compile(
    r"^(?:penjabat sementara|penjabat|pelaksana tugas|pelaksana harian|pjs\.?|plt\.?|plh\.?|pj\.?)\s+", re.I
)
#: regional heads whose office name folds the region kind in ("Wali Kota" + "Kota Malang" → "Wali Kota Malang")
_HEADS = {
    kind: (head, deputy) for kind, head, deputy in lang.table("region-heads", ("kind", "head", "deputy"))
}


@dataclass(frozen=True)
class Membership:
    """One org:Membership: who holds which role where, how, and on which days it is attested."""

    iri: str
    person: str
    role: str
    organization: str | None
    organization_label: str | None
    tenure: str
    days: tuple[str, ...]

    @property
    def office_role(self) -> str:
        """The role without an acting prefix: ``Penjabat Wali Kota`` → ``Wali Kota``."""
        return _ACTING.sub("", self.role).strip() or self.role

    @property
    def office_id(self) -> str:
        """A stable id for the office (role × organisation), shared by acting and regular holders."""
        return f"office:{self.office_role.casefold()}@{self.organization or ''}"

    @property
    def office_label(self) -> str:
        return office_label(self.office_role, self.organization_label)


def office_label(role: str, organization: str | None) -> str:
    """How people name an office: ``Wali Kota Malang``, ``Sekretaris Daerah Kota Malang``, ``Kepala Dinas ...``."""
    if not organization:
        return role
    place = organization.removeprefix("Pemerintah ")
    if place != organization:
        for kind, heads in _HEADS.items():
            if place.startswith(kind + " ") and role in heads:
                return f"{role} {place[len(kind) + 1 :]}"
        return f"{role} {place}"
    return f"{role} {organization}"


def memberships(store: Store) -> list[Membership]:
    """Every membership with its attested days, ordered by IRI."""
    rows = solutions(store, named.MEMBERSHIPS)
    found: dict[str, dict[str, Any]] = {}
    for row in rows:
        m = found.setdefault(
            term_value(row["m"]),
            {
                "person": term_value(row["p"]),
                "role": term_value(row["role"]),
                "organization": term_value(row["o"]) if row["o"] is not None else None,
                "organization_label": term_value(row["olabel"]) if row["olabel"] is not None else None,
                "tenure": term_value(row["tenure"]) if row["tenure"] is not None else "regular",
                "days": set(),
            },
        )
        if row["day"] is not None:
            m["days"].add(term_value(row["day"])[:10])
    return [Membership(iri, **{**m, "days": tuple(sorted(m["days"]))}) for iri, m in sorted(found.items())]


def _entity_nodes(store: Store, graph: nx.MultiDiGraph[str]) -> None:
    """Add every entity with its label and most specific type (one query per class: fast on big stores)."""
    for cls, kind in NODE_TYPES.items():  # most specific first: a node keeps the first type it gets
        for row in solutions(store, named.labelled(cls)):
            node = row[0].value
            if node not in graph:
                graph.add_node(node, label=row[1].value, type=kind)
    for row in solutions(store, named.EVENT_DATES):
        node = term_value(row["e"])
        if node in graph:
            day = term_value(row["d"])[:10]
            graph.nodes[node]["date"] = min(day, graph.nodes[node].get("date", day))


def _office_edges(store: Store, graph: nx.MultiDiGraph[str]) -> None:
    """Person —holds role→ office —office in→ organisation, one office node per role × organisation."""
    for m in memberships(store):
        if m.person not in graph:
            continue
        office = m.office_id
        if office not in graph:
            graph.add_node(office, label=m.office_label, type="Role", role=m.office_role)
            if m.organization is not None and m.organization in graph:
                graph.add_edge(office, m.organization, key="office in", relation="office in")
        key = f"holds role:{m.iri}"
        graph.add_edge(
            m.person,
            office,
            key=key,
            relation="holds role",
            role=m.role,
            tenure=m.tenure,
            days=list(m.days),
            membership=m.iri,
            organization=m.organization or "",
            office=m.office_label,
        )


def _article_nodes(store: Store, graph: nx.MultiDiGraph[str]) -> None:
    """Article nodes (headline, date, URL) and article —mentions→ entity edges."""
    rows = solutions(store, named.ARTICLES)
    for row in rows:
        attrs = {"label": term_value(row["title"]), "type": "Article"}
        if row["date"] is not None:
            attrs["date"] = term_value(row["date"])[:10]
        if row["url"] is not None:
            attrs["url"] = term_value(row["url"])
        graph.add_node(term_value(row["a"]), **attrs)
    for row in solutions(store, named.ARTICLE_MENTIONS):
        a, e = term_value(row["a"]), term_value(row["e"])
        if a in graph and e in graph:
            graph.add_edge(a, e, key="mentions", relation="mentions")


def explore_graph(store: Store, *, articles: bool = False) -> nx.MultiDiGraph[str]:
    """The graph people look at: entities, office nodes (role × organisation) and, optionally, articles.

    Memberships become person —holds role→ office —office in→ organisation, with
    the role as written, the tenure and the attested days on the first edge;
    event participation points from the participant to the event.
    """
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    _entity_nodes(store, graph)
    _office_edges(store, graph)
    for pattern, relation, reverse in EXPLORE_EDGES:
        for row in solutions(store, named.pairs(pattern)):
            a, b = term_value(row["a"]), term_value(row["b"])
            if a in graph and b in graph:
                source, target = (b, a) if reverse else (a, b)
                graph.add_edge(source, target, key=relation, relation=relation)
    if articles:
        _article_nodes(store, graph)
    return graph
