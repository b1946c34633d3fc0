"""kg from Python and Jupyter: open a store, build it, query it, get DataFrames and rdflib graphs.

>>> import kg, tempfile
>>> folder = tempfile.mkdtemp()
>>> article = kg.Article(title="Wali Kota Malang Membuka Pameran Batik",
...     text="MALANG - Wali Kota Malang Hendra Gunawan membuka Pameran Batik di Balai Kota Malang.",
...     url="https://example.org/batik", date="2024-11-18")
>>> kg.build([article], folder + "/store").added
1
>>> graph = kg.open_store(folder + "/store")
>>> rows = graph.query("SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name }")
>>> rows.columns, rows[0]["name"]
(['name'], 'Hendra Gunawan')
>>> graph.query("ASK { ?p a schema:Person }")
True
>>> graph.close()
>>> import shutil; shutil.rmtree(folder)

Queries get the data model's prefixes (``schema:``, ``org:``, ``kg:``...) unless they
declare their own, and go through the same check as ``kg query`` and ``kg serve``
(read-only; nothing outside the store).
"""

from __future__ import annotations

import datetime
import html
import tempfile
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from kg.model.vocab import PREFIXES, SPARQL_PREFIXES
from kg.pipeline import BuildReport
from kg.pipeline import build as build_paths
from kg.records import Article
from kg.store import Store, StoreError, default_store_path

if TYPE_CHECKING:
    import pandas
    import rdflib

__all__ = ["KnowledgeGraph", "Rows", "build", "open_store", "to_dataframe"]

_XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMBERS: dict[str, type[int] | type[float] | type[Decimal]] = {
    f"{_XSD}{t}": int
    for t in (
        "integer",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "unsignedInt",
    )
}
_NUMBERS.update({f"{_XSD}decimal": Decimal, f"{_XSD}double": float, f"{_XSD}float": float})


def python_value(term: object) -> Any:
    """A result term as a plain Python value: IRIs and strings as ``str``, numbers, dates, booleans.

    >>> python_value(ox.Literal("42", datatype=ox.NamedNode(_XSD + "integer")))
    42
    >>> python_value(ox.Literal("2024-11-18", datatype=ox.NamedNode(_XSD + "date")))
    datetime.date(2024, 11, 18)
    >>> python_value(ox.NamedNode("https://schema.org/Person"))
    'https://schema.org/Person'
    """
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        try:
            if datatype in _NUMBERS:
                return _NUMBERS[datatype](term.value)
            if datatype == f"{_XSD}boolean":
                return term.value in {"true", "1"}
            if datatype == f"{_XSD}date":
                return datetime.date.fromisoformat(term.value)
            if datatype == f"{_XSD}dateTime":
                return datetime.datetime.fromisoformat(term.value.replace("Z", "+00:00"))
        except ValueError:
            return term.value
        return term.value
    return str(getattr(term, "value", term))


class Rows(list[dict[str, Any]]):
    """The rows of a SELECT: a list of dicts (column → value; unbound columns are ``None``)."""

    def __init__(self, columns: list[str], rows: Iterable[dict[str, Any]]) -> None:
        super().__init__(rows)
        self.columns = columns

    def to_dataframe(self) -> pandas.DataFrame:
        """The rows as a pandas DataFrame (pandas is needed only here)."""
        return to_dataframe(self)

    def _repr_html_(self) -> str:  # a table in Jupyter, without pandas
        head = "".join(f"<th>{html.escape(c)}</th>" for c in self.columns)
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(str(r.get(c) or ''))}</td>" for c in self.columns) + "</tr>"
            for r in self[:200]
        )
        more = f"<p>… {len(self) - 200} more rows</p>" if len(self) > 200 else ""
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}"


def to_dataframe(rows: Rows | list[dict[str, Any]]) -> pandas.DataFrame:
    """A pandas DataFrame of query rows, columns in query order. ``pip install pandas`` first."""
    try:
        import pandas
    except ModuleNotFoundError:
        raise ModuleNotFoundError(
            "to_dataframe needs pandas: pip install pandas (or pip install 'kg[notebook]')"
        ) from None
    columns = getattr(rows, "columns", None) or sorted({k for r in rows for k in r})
    return pandas.DataFrame([[r.get(c) for c in columns] for r in rows], columns=columns)


def _with_prefixes(sparql: str) -> str:
    from kg.query import with_prefixes

    return with_prefixes(sparql)


class KnowledgeGraph:
    """A kg store opened from Python: query it, build into it, look at it with rdflib or in a notebook."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def path(self) -> Path:
        return self.store.path

    # -- reading ------------------------------------------------------------------------

    def query(self, sparql: str, *, check: bool = True) -> Rows | bool | rdflib.Graph:
        """Run SPARQL (or a canned query by name): SELECT → :class:`Rows`, ASK → bool, CONSTRUCT → rdflib.Graph.

        ``check`` (the default) refuses updates, SERVICE and FROM naming anything outside the
        store, as ``kg query`` and ``kg serve`` do.
        """
        from kg.query import canned, checked

        known = canned()
        text = known[sparql].path.read_text(encoding="utf-8") if sparql in known else sparql
        text = _with_prefixes(text)
        if check:
            text = checked(self.store, text)
        result = self.store.query(text)
        if isinstance(result, ox.QuerySolutions):
            columns = [v.value for v in result.variables]
            return Rows(columns, ({c: python_value(row[c]) for c in columns} for row in result))
        if isinstance(result, ox.QueryTriples):
            import rdflib

            graph = rdflib.Graph()
            for prefix, iri in PREFIXES.items():
                graph.bind(prefix, iri)
            data = ox.serialize(result, format=ox.RdfFormat.N_TRIPLES) or b""
            graph.parse(data=data.decode(), format="nt")
            return graph
        return bool(result)

    def to_dataframe(self, sparql: str) -> pandas.DataFrame:
        """A SELECT (or canned query name) straight to a DataFrame."""
        rows = self.query(sparql)
        if not isinstance(rows, Rows):
            raise StoreError("to_dataframe needs a SELECT query")
        return rows.to_dataframe()

    def canned(self) -> dict[str, str]:
        """The canned queries (``kg queries``) by name: their SPARQL text."""
        from kg.query import canned

        return {name: c.path.read_text(encoding="utf-8") for name, c in canned().items()}

    def rdflib_graph(self) -> rdflib.Graph:
        """The merged graph as an ``rdflib.Graph`` (oxrdflib: rdflib's API, Oxigraph underneath, read-only)."""
        import rdflib
        from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

        OxigraphStore = _oxrdflib()  # noqa: N806 (a class)

        graph = rdflib.Graph(
            store=OxigraphStore(store=self.store._store), identifier=DATASET_DEFAULT_GRAPH_ID
        )
        for prefix, iri in PREFIXES.items():
            graph.bind(prefix, iri, override=True)
        return graph

    def rdflib_dataset(self) -> rdflib.Dataset:
        """Every graph (one per article plus the merged default graph) as an ``rdflib.Dataset``."""
        import rdflib

        OxigraphStore = _oxrdflib()  # noqa: N806 (a class)
        return rdflib.Dataset(store=OxigraphStore(store=self.store._store))

    def explain(self, name: str) -> Any:
        """What ``kg explain NAME`` prints, as an :class:`kg.explain.Explanation` (a name or an IRI)."""
        from kg.explain import explain, find

        iris = [name] if name.startswith(("http://", "https://")) else find(self.store, name)
        if not iris:
            raise StoreError(f"no entity named {name!r}")
        return explain(self.store, iris[0])

    def graph_view(self, **options: Any) -> GraphView:
        """The interactive page of ``kg viz`` (same options: focus, hops, types, query...), shown inline in Jupyter."""
        from kg.viz import render_graph

        with tempfile.TemporaryDirectory(prefix="kg-view-") as folder:
            query = options.pop("query", None)
            if query is not None and not Path(str(query)).is_file():
                source = Path(folder) / "query.rq"
                source.write_text(_with_prefixes(str(query)), encoding="utf-8")
                query = source
            page = Path(folder) / "graph.html"
            render_graph(self.store, page, query=query, **options)
            return GraphView(page.read_text(encoding="utf-8"))

    def __len__(self) -> int:
        return len(self.store)

    # -- writing ------------------------------------------------------------------------

    def build(self, source: Any, **options: Any) -> BuildReport:
        """Add articles: paths (files, folders) and/or :class:`~kg.Article` objects, as ``kg build`` does."""
        if self.store.read_only:
            raise StoreError(f"{self.path} is open read-only: use kg.open_store(path, writable=True)")
        paths, articles = _split(source)
        return build_paths(paths, self.store, articles=articles, **options)

    # -- life cycle ---------------------------------------------------------------------

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<kg.KnowledgeGraph {self.path} ({'read-only' if self.store.read_only else 'writable'})>"


class GraphView:
    """The ``kg viz`` page of a graph; Jupyter shows it inline (an isolated iframe), ``save`` writes it."""

    def __init__(self, page: str) -> None:
        self.html = page

    def _repr_html_(self) -> str:
        return (
            f'<iframe srcdoc="{html.escape(self.html, quote=True)}" style="width:100%;height:640px;border:0" '
            'sandbox="allow-scripts"></iframe>'
        )

    def save(self, path: str | Path) -> Path:
        from kg.output import write_text

        return write_text(Path(path), self.html)


def _oxrdflib() -> Any:
    try:
        from oxrdflib import OxigraphStore
    except ModuleNotFoundError:
        raise ModuleNotFoundError(
            "the rdflib view needs oxrdflib: pip install oxrdflib (or pip install 'kg[notebook]')"
        ) from None
    return OxigraphStore


def _split(source: Any) -> tuple[list[str | Path], list[Article]]:
    items = [source] if isinstance(source, str | Path | Article) else list(source)
    paths = [item for item in items if isinstance(item, str | Path)]
    articles = [item for item in items if isinstance(item, Article)]
    if len(paths) + len(articles) != len(items):
        raise TypeError("build takes paths (str or Path) and kg.Article objects")
    return paths, articles


def open_store(path: str | Path | None = None, *, writable: bool = False) -> KnowledgeGraph:
    """Open the store at ``path`` (default ``$KG_STORE`` or ``./kg-store``); read-only unless ``writable``."""
    return KnowledgeGraph(Store(path or default_store_path(), read_only=not writable))


def build(
    source: Any, store: str | Path | Store | KnowledgeGraph | None = None, **options: Any
) -> BuildReport:
    """Build ``source`` (paths and/or :class:`~kg.Article` objects) into ``store``; what ``kg build`` does.

    ``store`` is a folder (default ``$KG_STORE`` or ``./kg-store``; created if new, and
    re-building changes nothing) or an open :class:`KnowledgeGraph` or :class:`~kg.store.Store`.
    A folder is closed again when the build is done: open it with :func:`open_store`.
    Options are those of ``kg build``: ``fields``, ``jobs``, ``one_per_file``, ``date_order``,
    ``progress``, ``evidence`` (``"compact"`` or ``"full"``).
    """
    if isinstance(store, KnowledgeGraph):
        return store.build(source, **options)
    if isinstance(store, Store):
        return KnowledgeGraph(store).build(source, **options)
    with KnowledgeGraph(Store(store or default_store_path())) as graph:
        return graph.build(source, **options)


#: the prologue of every query, for code that writes its own
PROLOGUE = SPARQL_PREFIXES
