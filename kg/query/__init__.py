"""Canned and ad-hoc SPARQL: resolve a query by name, file or text; format the results."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg import paths
from kg.store import Store, StoreError, term_value

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


@dataclass(frozen=True)
class Canned:
    name: str
    path: Traversable
    description: str


def canned() -> dict[str, Canned]:
    """The canned queries (``queries/`` in a checkout), by name, with the comment each opens with."""
    found = {}
    for path in paths.queries():
        lines = [
            line[1:].strip() for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#")
        ]
        name = path.name.removesuffix(".rq")
        found[name] = Canned(name, path, " ".join(lines[:2]))
    return found


def with_prefixes(sparql: str) -> str:
    """The data model's prefixes (``schema:``, ``org:``, ``kgo:`` ...) before a query, each one
    the query does not declare itself."""
    from kg.model.vocab import PREFIXES

    declared = {
        line.split()[1].rstrip(":")
        for line in sparql.splitlines()
        if line.strip().upper().startswith("PREFIX") and len(line.split()) > 1
    }
    missing = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in PREFIXES.items() if name not in declared)
    return missing + sparql if missing else sparql


def resolve(query: str) -> str:
    """SPARQL text for ``query``: a ``.rq`` file, the name of a canned query, or SPARQL itself;
    the data model's prefixes are there whether the query declares them or not."""
    path = Path(query)
    if query.endswith(".rq") or (len(query) < 255 and "\n" not in query and path.is_file()):
        try:
            return with_prefixes(path.read_text(encoding="utf-8"))
        except OSError as error:
            from kg.errors import short_path

            raise StoreError(f"cannot read query file {short_path(query)}: {error.strerror}") from None
    known = canned()
    if query in known:
        return known[query].path.read_text(encoding="utf-8")
    if not any(
        word in query.upper()
        for word in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE", "INSERT", "DELETE", "LOAD", "CLEAR", "DROP")
    ):
        raise StoreError(f"{query!r} is neither a .rq file, a canned query ({', '.join(known)}) nor SPARQL")
    return with_prefixes(query)


def checked(store: Store, sparql: str) -> str:
    """``sparql`` if it only reads the store; else a :class:`StoreError` saying what was refused."""
    from kg.query.safety import UnsafeQuery, check_query

    try:
        check_query(sparql, store.has_graph)
    except UnsafeQuery as error:
        raise StoreError(f"query refused: {error}") from None
    return sparql


def run(store: Store, query: str) -> tuple[list[str], list[list[str]]]:
    """Run a query; SELECT gives its rows, CONSTRUCT/DESCRIBE subject-predicate-object rows, ASK one boolean row."""
    result = store.query(checked(store, resolve(query)))
    if isinstance(result, bool | ox.QueryBoolean):  # pyoxigraph answers ASK with a QueryBoolean
        return ["result"], [[str(bool(result)).lower()]]
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        return names, [[term_value(row[n]) for n in names] for row in result]
    return ["subject", "predicate", "object"], [
        [term_value(t.subject), term_value(t.predicate), term_value(t.object)] for t in result
    ]


def format_rows(names: list[str], rows: list[list[str]], fmt: str) -> str:
    """Render rows as an aligned table, CSV, TSV or JSON (:mod:`kg.query.results`)."""
    from kg.query.results import format_rows as render

    return render(names, rows, fmt)
