"""Checking a user's SPARQL before it runs: read-only, and nothing leaves the machine.

Oxigraph executes ``SERVICE <http://...>`` by sending an HTTP request, and
``LOAD <url>`` would fetch a document; updates would change the store. A query
given to ``kg query`` or ``kg viz --query`` may only read the store, so
:func:`check_query` rejects, before execution:

* ``SERVICE`` (federated query: an HTTP request to any IRI),
* ``FROM`` / ``FROM NAMED`` unless the IRI names a graph the store has,
* ``LOAD`` and every update form (``INSERT``, ``DELETE``, ``CLEAR``, ``DROP``,
  ``CREATE``, ``ADD``, ``MOVE``, ``COPY``, ``WITH``).

The check works on tokens, not on raw text: the contents of strings, IRIs and
comments, variables (``?service``), prefixed names (``ex:from``) and language
tags can never trigger it, and keywords are found in any letter case.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
)

_PN_CHARS = r"[^\s<>\"'{}|^`\\(),;\[\]#=!&*/+?$@]"
_TOKEN = re.compile(
    r"""
      (?P<comment>\#[^\n\r]*)
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                 |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
    | (?P<var>[?$]\w+)
    | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
    | (?P<pname>(?:[A-Za-z_]"""
    + _PN_CHARS
    + r"""*)?:"""
    + _PN_CHARS
    + r"""*)
    | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
    | (?P<space>\s+)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


class UnsafeQuery(ValueError):  # noqa: N818 (reads as what it reports)
    """A query that would write, or reach outside the store; the message says which part."""


def tokens(sparql: str) -> Iterator[tuple[str, str]]:
    """``(kind, text)`` of each SPARQL token (kinds: comment, iri, string, var, lang, pname, word, other)."""
    for match in _TOKEN.finditer(sparql):
        kind = match.lastgroup or "other"
        if kind != "space":
            yield kind, match.group()


def check_query(sparql: str, has_graph: Callable[[str], bool]) -> None:
    """Raise :class:`UnsafeQuery` unless ``sparql`` only reads the store (see the module docstring).

    ``has_graph(iri)`` says whether the store holds a named graph with that IRI.

    >>> check_query("SELECT ?s WHERE { ?s ?p 'SERVICE' } # LOAD", lambda iri: False)
    >>> try:
    ...     check_query("SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }", lambda iri: False)
    ... except UnsafeQuery as error:
    ...     print(error)
    SERVICE is not allowed: kg queries only read the local store (SERVICE would send a request to http://x/)
    """
    significant = [(kind, text) for kind, text in tokens(sparql) if kind != "comment"]
    for i, (kind, text) in enumerate(significant):
        if kind != "word":
            continue
        word = text.upper()
        following = significant[i + 1] if i + 1 < len(significant) else ("", "")
        if word == "SERVICE":
            target = following[1].strip("<>") if following[0] == "iri" else following[1]
            if following[0] == "word" and following[1].upper() == "SILENT":
                target = significant[i + 2][1].strip("<>") if i + 2 < len(significant) else ""
            raise UnsafeQuery(
                "SERVICE is not allowed: kg queries only read the local store"
                + (f" (SERVICE would send a request to {target})" if target else "")
            )
        if word in UPDATE_KEYWORDS:
            raise UnsafeQuery(
                f"{word} is not allowed: kg queries are read-only (SELECT, CONSTRUCT, ASK or DESCRIBE); "
                "updates and LOAD are refused"
            )
        if word == "FROM":
            j = i + 1
            if following[0] == "word" and following[1].upper() == "NAMED":
                j += 1
            kind_j, graph = significant[j] if j < len(significant) else ("", "")
            iri = graph[1:-1] if kind_j == "iri" else ""
            if not iri or not has_graph(iri):
                raise UnsafeQuery(
                    f"FROM {graph or '(nothing)'} is not allowed: FROM and FROM NAMED may only name "
                    "a graph of the store, by its full IRI (leave them out to query the merged graph)"
                )
