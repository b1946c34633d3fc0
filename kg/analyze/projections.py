"""Projections researchers use: the entity graph and three derived networks, for scoring and for Gephi.

``entity``          every entity and relation (undirected, parallel relations summed into ``weight``)
``person-person``   persons linked when mentioned in the same article or taking part in the same event
``person-org``      bipartite affiliation: person — organisation through memberships (``bipartite`` 0/1)
``org-org``         organisations linked when they take part in (attend, organise, lead) the same event
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from itertools import combinations
from pathlib import Path

import networkx as nx

from kg.analyze.graph import entity_graph, memberships
from kg.analyze.metrics import simple_graph
from kg.output import atomic_write
from kg.query import named
from kg.registry import Registry
from kg.store import Store, solutions, term_value

GRAPH_FORMATS = (".graphml", ".gexf")


def _labels(store: Store, kind: str) -> dict[str, str]:
    """Label of every entity of one class (``schema:Person``, ``org:Organization``)."""
    rows = solutions(store, named.labelled(kind))
    return {term_value(r["s"]): term_value(r["label"]) for r in rows}


def _groups(store: Store, sparql: str) -> dict[str, set[str]]:
    """Group ?member by ?group over the rows of a SELECT."""
    groups: dict[str, set[str]] = defaultdict(set)
    for row in solutions(store, sparql):
        groups[term_value(row["group"])].add(term_value(row["member"]))
    return groups


def _co_occurrence(groups: Iterable[set[str]], labels: dict[str, str], kind: str) -> nx.Graph[str]:
    """Nodes that share a group are linked; ``weight`` counts the shared groups."""
    graph: nx.Graph[str] = nx.Graph()
    for node in sorted(labels):
        graph.add_node(node, label=labels[node], type=kind)
    for members in groups:
        for a, b in combinations(sorted(m for m in members if m in labels), 2):
            if graph.has_edge(a, b):
                graph[a][b]["weight"] += 1
            else:
                graph.add_edge(a, b, weight=1)
    return graph


def entity_projection(store: Store) -> nx.Graph[str]:
    """The entity graph as an undirected weighted graph (attributes kept for export)."""
    return simple_graph(entity_graph(store))


def person_person(store: Store) -> nx.Graph[str]:
    """Persons co-mentioned in an article or co-participating in an event."""
    articles = _groups(store, named.PERSONS_BY_ARTICLE)
    events = _groups(store, named.PERSONS_BY_EVENT)
    groups = [articles[k] for k in sorted(articles)] + [events[k] for k in sorted(events)]
    return _co_occurrence(groups, _labels(store, "schema:Person"), "Person")


def person_org(store: Store) -> nx.Graph[str]:
    """Bipartite person — organisation affiliation from memberships; ``roles`` lists the roles held."""
    people, orgs = _labels(store, "schema:Person"), _labels(store, "org:Organization")
    graph: nx.Graph[str] = nx.Graph()
    for m in memberships(store):
        if m.person not in people or m.organization not in orgs:
            continue
        graph.add_node(m.person, label=people[m.person], type="Person", bipartite=0)
        graph.add_node(m.organization, label=orgs[m.organization], type="Organization", bipartite=1)
        if graph.has_edge(m.person, m.organization):
            edge = graph[m.person][m.organization]
            edge["weight"] += 1
            edge["roles"] = "|".join(sorted(set(edge["roles"].split("|")) | {m.role}))
        else:
            graph.add_edge(m.person, m.organization, weight=1, roles=m.role)
    return graph


def org_org(store: Store) -> nx.Graph[str]:
    """Organisations that take part in the same events; ``weight`` counts the shared events."""
    events = _groups(store, named.ORGANIZATIONS_BY_EVENT)
    return _co_occurrence(
        [events[k] for k in sorted(events)], _labels(store, "org:Organization"), "Organization"
    )


PROJECTIONS: Registry[Callable[[Store], nx.Graph[str]]] = Registry("projection")


def register_projection(name: str, build: Callable[[Store], nx.Graph[str]]) -> None:
    """Register a projection builder under ``name``; built-ins use this too. A name already taken raises."""
    PROJECTIONS.add(name, build)


register_projection("entity", entity_projection)
register_projection("person-person", person_person)
register_projection("person-org", person_org)
register_projection("org-org", org_org)


def projection(store: Store, name: str) -> nx.Graph[str]:
    """The registered projection ``name`` of the graph in ``store``."""
    return PROJECTIONS.get(name)(store)


def write_graph(graph: nx.Graph[str], path: Path, scores: dict[str, dict[str, float]] | None = None) -> Path:
    """GraphML or GEXF (by suffix) of ``graph`` with scores as node attributes, for Gephi."""
    if path.suffix.lower() not in GRAPH_FORMATS:
        raise ValueError(f"{path}: write .graphml or .gexf")
    out: nx.Graph[str] = nx.Graph()
    for node, data in graph.nodes(data=True):
        # GraphML/GEXF take scalar attributes only; drop anything else (e.g. lists of days)
        attrs = {k: v for k, v in data.items() if isinstance(v, str | int | float | bool)}
        for metric, values in (scores or {}).items():
            if node in values:
                attrs[metric] = values[node]
        out.add_node(node, **attrs)
    for a, b, data in graph.edges(data=True):
        out.add_edge(a, b, **{k: v for k, v in data.items() if isinstance(v, str | int | float | bool)})
    with atomic_write(path, "wb") as handle:
        if path.suffix.lower() == ".gexf":
            nx.write_gexf(out, handle)
        else:
            nx.write_graphml(out, handle)
    return path
