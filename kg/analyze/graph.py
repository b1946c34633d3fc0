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

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from kg import lang
from kg.model.vocab import SPARQL_PREFIXES
from kg.store import Store, cache

PREFIXES = SPARQL_PREFIXES

#: class IRI → node type, most specific first
NODE_TYPES = {
    "https://schema.org/Person": "Person",
    "http://www.w3.org/ns/org#Organization": "Organization",
    "https://schema.org/Legislation": "Legislation",
    "https://w3id.org/kg-id/ontology#Program": "Program",
    "https://schema.org/Event": "Event",
    "https://w3id.org/kg-id/ontology#Award": "Award",
    "https://schema.org/Place": "Place",
}

RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"

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


def _value(term: object) -> str:
    return str(getattr(term, "value", term))


def entity_graph(store: Store) -> nx.MultiDiGraph:
    """Every entity node and the relations between them."""
    graph = nx.MultiDiGraph()
    labels = store.query(
        PREFIXES
        + """SELECT ?s ?type ?label (GROUP_CONCAT(DISTINCT ?alt; separator="|") AS ?aliases)
        (COUNT(DISTINCT ?article) AS ?articles) WHERE {
            ?s a ?type ; rdfs:label ?label .
            VALUES ?type { schema:Person org:Organization schema:Legislation kgo:Program schema:Event kgo:Award schema:Place }
            OPTIONAL { ?s skos:altLabel ?alt }
            OPTIONAL { ?s prov:wasDerivedFrom ?article }
        } GROUP BY ?s ?type ?label"""
    )
    for row in labels:  # type: ignore[union-attr]
        node, kind = _value(row["s"]), NODE_TYPES[_value(row["type"])]
        current = graph.nodes.get(node, {}).get("type")
        if current and list(NODE_TYPES.values()).index(current) <= list(NODE_TYPES.values()).index(kind):
            continue
        aliases = _value(row["aliases"]) if row["aliases"] is not None else ""
        graph.add_node(
            node,
            label=_value(row["label"]),
            type=kind,
            aliases=aliases,
            articles=int(_value(row["articles"])),
        )
    for pattern, relation in EDGES:
        with_role = "?role" in pattern
        rows = store.query(
            PREFIXES + f"SELECT DISTINCT ?a ?b {'?role' if with_role else ''} WHERE {{ {pattern} }}"
        )
        for row in rows:  # type: ignore[union-attr]
            a, b = _value(row["a"]), _value(row["b"])
            if a in graph and b in graph:
                attrs = {"relation": relation}
                if with_role:
                    attrs["role"] = _value(row["role"])
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
    rows = store.query(
        PREFIXES
        + """SELECT ?m ?p ?role ?o ?olabel ?tenure ?day WHERE {
            ?m a org:Membership ; org:member ?p ; org:role ?r . ?r skos:prefLabel ?role .
            OPTIONAL { ?m org:organization ?o . OPTIONAL { ?o rdfs:label ?olabel } }
            OPTIONAL { ?m kgo:tenure ?tenure } OPTIONAL { ?m kgo:attestedOn ?day } }"""
    )
    found: dict[str, dict[str, Any]] = {}
    for row in rows:  # type: ignore[union-attr]
        m = found.setdefault(
            _value(row["m"]),
            {
                "person": _value(row["p"]),
                "role": _value(row["role"]),
                "organization": _value(row["o"]) if row["o"] is not None else None,
                "organization_label": _value(row["olabel"]) if row["olabel"] is not None else None,
                "tenure": _value(row["tenure"]) if row["tenure"] is not None else "regular",
                "days": set(),
            },
        )
        if row["day"] is not None:
            m["days"].add(_value(row["day"])[:10])
    return [Membership(iri, **{**m, "days": tuple(sorted(m["days"]))}) for iri, m in sorted(found.items())]


def _entity_nodes(store: Store, graph: nx.MultiDiGraph) -> None:
    """Add every entity with its label and most specific type (one query per class: fast on big stores)."""
    for cls, kind in NODE_TYPES.items():  # most specific first: a node keeps the first type it gets
        for row in store.query(f"SELECT ?s ?label WHERE {{ ?s a <{cls}> ; <{RDFS_LABEL}> ?label }}"):  # type: ignore[union-attr]
            node = row[0].value
            if node not in graph:
                graph.add_node(node, label=row[1].value, type=kind)
    for row in store.query(PREFIXES + "SELECT ?e ?d WHERE { ?e a schema:Event ; schema:startDate ?d }"):  # type: ignore[union-attr]
        node = _value(row["e"])
        if node in graph:
            day = _value(row["d"])[:10]
            graph.nodes[node]["date"] = min(day, graph.nodes[node].get("date", day))


def _office_edges(store: Store, graph: nx.MultiDiGraph) -> None:
    """Person —holds role→ office —office in→ organisation, one office node per role × organisation."""
    for m in memberships(store):
        if m.person not in graph:
            continue
        office = m.office_id
        if office not in graph:
            graph.add_node(office, label=m.office_label, type="Role", role=m.office_role)
            if m.organization in graph:
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


def _article_nodes(store: Store, graph: nx.MultiDiGraph) -> None:
    """Article nodes (headline, date, URL) and article —mentions→ entity edges."""
    rows = store.query(
        PREFIXES
        + """SELECT ?a ?title ?date ?url WHERE { ?a a schema:NewsArticle ; schema:headline ?title .
            OPTIONAL { ?a schema:datePublished ?date } OPTIONAL { ?a schema:url ?url } }"""
    )
    for row in rows:  # type: ignore[union-attr]
        attrs = {"label": _value(row["title"]), "type": "Article"}
        if row["date"] is not None:
            attrs["date"] = _value(row["date"])[:10]
        if row["url"] is not None:
            attrs["url"] = _value(row["url"])
        graph.add_node(_value(row["a"]), **attrs)
    for row in store.query(PREFIXES + "SELECT ?a ?e WHERE { ?a a schema:NewsArticle ; schema:mentions ?e }"):  # type: ignore[union-attr]
        a, e = _value(row["a"]), _value(row["e"])
        if a in graph and e in graph:
            graph.add_edge(a, e, key="mentions", relation="mentions")


def explore_graph(store: Store, *, articles: bool = False) -> nx.MultiDiGraph:
    """The graph people look at: entities, office nodes (role × organisation) and, optionally, articles.

    Memberships become person —holds role→ office —office in→ organisation, with
    the role as written, the tenure and the attested days on the first edge;
    event participation points from the participant to the event.

    Read from the store once per store state: the result is cached in the store's
    folder (:mod:`kg.store.cache`) and read back while the store is unchanged (about
    a tenth of the time of reading it from the store on a big one).
    """
    folder = store.path if isinstance(store, Store) else None  # a SPARQL server: no folder to keep it in
    return cache.cached(
        folder,
        "explore-graph-articles" if articles else "explore-graph",
        _code_version(),
        lambda: _read_explore_graph(store, articles=articles),
        _encode,
        _decode,
    )


def _code_version() -> str:
    """What the cached graph depends on besides the store: this module and the office-name table."""
    global _VERSION
    if _VERSION is None:
        digest = hashlib.sha256(Path(__file__).read_bytes())
        digest.update(repr(sorted(_HEADS.items())).encode())
        digest.update(repr(sorted(RELATION_LABELS_ID.items())).encode())
        _VERSION = digest.hexdigest()[:24]
    return _VERSION


_VERSION: str | None = None


def _encode(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """The graph as JSON: nodes and edges in insertion order, with their attributes."""
    return {
        "nodes": [[node, attrs] for node, attrs in graph.nodes(data=True)],
        "edges": [[a, b, key, attrs] for a, b, key, attrs in graph.edges(keys=True, data=True)],
    }


def _decode(data: dict[str, Any]) -> nx.MultiDiGraph:
    """The graph :func:`_encode` wrote, the same nodes, edges and order."""
    graph = nx.MultiDiGraph()
    graph.add_nodes_from((node, attrs) for node, attrs in data["nodes"])
    graph.add_edges_from((a, b, key, attrs) for a, b, key, attrs in data["edges"])
    return graph


def _read_explore_graph(store: Store, *, articles: bool) -> nx.MultiDiGraph:
    """:func:`explore_graph` read from the store itself."""
    graph = nx.MultiDiGraph()
    _entity_nodes(store, graph)
    _office_edges(store, graph)
    for pattern, relation, reverse in EXPLORE_EDGES:
        for row in store.query(PREFIXES + f"SELECT DISTINCT ?a ?b WHERE {{ {pattern} }}"):  # type: ignore[union-attr]
            a, b = _value(row["a"]), _value(row["b"])
            if a in graph and b in graph:
                source, target = (b, a) if reverse else (a, b)
                graph.add_edge(source, target, key=relation, relation=relation)
    if articles:
        _article_nodes(store, graph)
    return graph
