"""The entity graph: persons, organisations, places, programs, events and awards as a networkx graph.

Nodes are keyed by IRI with attributes ``label``, ``type`` (ontology class
local name) and ``aliases``; edges carry ``relation`` (``holds role``,
``attended``, ``led``, ``located in``, ``about`` ...) and, for memberships,
the ``role``.
"""

from __future__ import annotations

import networkx as nx

from kg.store import Store

PREFIXES = """PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX kgo: <https://w3id.org/kg-id/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""

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

#: (SPARQL pattern binding ?a ?b [?role], relation label)
EDGES = (
    ("?m a org:Membership ; org:member ?a ; org:organization ?b ; org:role ?r . ?r skos:prefLabel ?role .", "holds role"),
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
            node, label=_value(row["label"]), type=kind, aliases=aliases, articles=int(_value(row["articles"]))
        )
    for pattern, relation in EDGES:
        with_role = "?role" in pattern
        rows = store.query(PREFIXES + f"SELECT DISTINCT ?a ?b {'?role' if with_role else ''} WHERE {{ {pattern} }}")
        for row in rows:  # type: ignore[union-attr]
            a, b = _value(row["a"]), _value(row["b"])
            if a in graph and b in graph:
                attrs = {"relation": relation}
                if with_role:
                    attrs["role"] = _value(row["role"])
                graph.add_edge(a, b, key=f"{relation}:{attrs.get('role', '')}", **attrs)
    return graph
