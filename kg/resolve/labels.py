"""One primary label per node across articles: the spelling most of its articles write.

Two articles may write one node two ways ("Perserikatan Bangsa-Bangsa" / "Perserikatan
Bangsa-bangsa", "PT Pertamina (Persero)" / "PT Pertamina Persero"): both mint one IRI, and
the node must still have exactly one ``schema:name`` (or ``skos:prefLabel``) and ``rdfs:label``.
The label is chosen here, once the articles are stored, from all the spellings they state:
the one most articles state; of two as frequent, the first in code-point order of their
N-Triples. The other spellings become ``skos:altLabel`` in the graphs that stated them.

The choice depends on the set of stored articles only, never on which article came first:
building the same articles in another order, in batches or with several workers gives the
same labels. It is a stage of identity resolution (:func:`kg.resolve.identity.resolve_store`),
recorded like a merge (``kgo:LabelChoice``) so that the next build can undo it and choose again
over the articles' own spellings.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from pyoxigraph import Literal, NamedNode, Quad, QuerySolutions

from kg.model.vocab import SKOS
from kg.query import named
from kg.store import Store


def chosen(spellings: Mapping[str, int]) -> str:
    """The label of a node from its spellings (N-Triples literal → how many articles state it).

    >>> chosen({'"PT Pertamina Persero"': 1, '"PT Pertamina (Persero)"': 3})
    '"PT Pertamina (Persero)"'
    >>> chosen({'"Perserikatan Bangsa-bangsa"': 2, '"Perserikatan Bangsa-Bangsa"': 2})
    '"Perserikatan Bangsa-Bangsa"'

    As often stated, a name cut to an initial at its end gives way to the name written whole:

    >>> chosen({'"Hadi Budi R"': 1, '"Hadi Budi Rahmat"': 1})
    '"Hadi Budi Rahmat"'
    """
    return min(spellings, key=lambda label: (-spellings[label], _ends_with_an_initial(label), label))


def _ends_with_an_initial(literal: str) -> bool:
    """Whether an N-Triples literal's text ends with a one-letter word: ``"Hadi Budi R"``."""
    return _INITIAL_AT_END.search(literal) is not None


_INITIAL_AT_END = re.compile(r"\s\w\.?\"(?:@[\w-]+)?$")


@dataclass(frozen=True)
class LabelChoice:
    """A node written more than one way: the label it keeps, and the statements of the others."""

    node: str
    label: Literal
    articles: int  # how many articles state the label kept
    stated: tuple[Quad, ...]  # the primary-label statements of the other spellings, in the articles' graphs

    def rewritten(self) -> list[Quad]:
        """What ``stated`` becomes: the label kept, and each other spelling as an ``skos:altLabel``, graph by graph."""
        out: dict[Quad, None] = {}
        for quad in self.stated:
            out[Quad(quad.subject, quad.predicate, self.label, quad.graph_name)] = None
            out[Quad(quad.subject, SKOS.altLabel, quad.object, quad.graph_name)] = None
        return list(out)


def choices(quads: Iterable[Quad]) -> list[LabelChoice]:
    """The label choices of the nodes whose primary-label statements (``quads``, in the articles'
    graphs) spell them more than one way, in IRI order.

    >>> from kg.model.vocab import SCHEMA
    >>> n, g1, g2 = NamedNode("http://x/n"), NamedNode("http://x/g1"), NamedNode("http://x/g2")
    >>> quads = [Quad(n, SCHEMA.name, Literal(label), g) for label, g in (("Ab", g1), ("AB", g2), ("AB", g1))]
    >>> [(c.node, c.label.value, c.articles, [q.graph_name.value for q in c.stated]) for c in choices(quads)]
    [('http://x/n', 'AB', 2, ['http://x/g1'])]
    """
    graphs: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    stated: dict[str, list[Quad]] = defaultdict(list)
    literals: dict[str, Literal] = {}
    for quad in quads:
        if not isinstance(quad.object, Literal) or not isinstance(quad.subject, NamedNode):
            continue
        node, label = quad.subject.value, str(quad.object)
        graphs[node][label].add(str(quad.graph_name))
        stated[node].append(quad)
        literals[label] = quad.object
    found = []
    for node in sorted(graphs):
        spellings = {label: len(where) for label, where in graphs[node].items()}
        if len(spellings) < 2:
            continue
        label = chosen(spellings)
        others = sorted((q for q in stated[node] if str(q.object) != label), key=str)
        found.append(LabelChoice(node, literals[label], spellings[label], tuple(others)))
    return found


def label_choices(store: Store) -> list[LabelChoice]:
    """:func:`choices` over the nodes of ``store`` that its merged graph labels more than one way."""
    nodes = [row["s"] for row in store.select(named.SPELLED_APART)]
    if not nodes:
        return []
    solutions = store.query(named.primary_labels(" ".join(f"<{node}>" for node in nodes)))
    assert isinstance(solutions, QuerySolutions)
    return choices(Quad(row["s"], row["p"], row["l"], row["g"]) for row in solutions)
