"""One place for each decision: SPARQL in kg/query/named.py, IRIs in kg/model/iris.py.

Each test lists the modules that still break the rule (they are being rewritten on other
branches); the lists may only shrink: a listed module that no longer breaks it fails the
test until it is taken off.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

KG = Path(__file__).resolve().parents[1] / "kg"

SPARQL = re.compile(
    r"\b(?:SELECT|CONSTRUCT|ASK|DESCRIBE)\b[^\"]*?\bWHERE\s*\{|\bDELETE\s*\{|\bINSERT\s*(?:DATA|\{)|\bDROP\s+SILENT\b",
    re.S,
)
#: modules whose SPARQL stays where it is, each for a reason
SPARQL_ELSEWHERE = {
    "cli_explore.py",  # an example query for users in kg analyze --help: help text, not a query kg runs
    # the evidence-target pattern that named.MENTIONS shares, and its readers' two lookups (named imports
    # this module: the other way round would be an import cycle)
    "query/evidence.py",
    "store/embedded.py",  # the store's own mechanics: merging, replacing an article graph, moving a node
    "store/push.py",  # kg push's bookkeeping graph on the server (the digests of the graphs it sent)
    "store/remote.py",  # turns a server's parsed CONSTRUCT answer into QueryTriples: no question of the graph
}


def _strings(path: Path) -> list[str]:
    """The string literals of a module (f-strings joined), without docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            found.append(node.value)
        elif isinstance(node, ast.JoinedStr):
            found.append("".join(v.value if isinstance(v, ast.Constant) else "X" for v in node.values))
    return found


def _modules_with(pattern: re.Pattern[str]) -> set[str]:
    return {
        path.relative_to(KG).as_posix()
        for path in KG.rglob("*.py")
        if any(pattern.search(text) for text in _strings(path))
    }


def test_sparql_lives_in_the_named_queries_module() -> None:
    found = _modules_with(SPARQL)
    assert "query/named.py" in found  # the detector finds the queries where they belong
    found.discard("query/named.py")
    assert found - SPARQL_ELSEWHERE == set(), "move these queries to kg/query/named.py"
    assert SPARQL_ELSEWHERE - found == set(), "no SPARQL left here: take it off SPARQL_ELSEWHERE"


IRI = re.compile(r"https://w3id\.org/kg-id/resource/")
#: modules that still spell out the resource namespace (``kg.model.iris.BASE``)
IRIS_ELSEWHERE = {
    "model/vocab.py",  # the kg: prefix of the data model
}


def test_iris_are_minted_in_kg_model_iris() -> None:
    found = _modules_with(IRI) - {"model/iris.py"}
    assert found - IRIS_ELSEWHERE == set(), "mint these IRIs in kg/model/iris.py"
    assert IRIS_ELSEWHERE - found == set(), "take these off IRIS_ELSEWHERE"
