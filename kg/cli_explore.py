"""``kg viz``, ``kg analyze`` and ``kg timeline``: exploring the graph (registered on ``kg.cli.main``)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from kg.cli import endpoint_option, main, open_graph, open_store, store_option

if TYPE_CHECKING:  # networkx is imported by the commands that use it, not at `kg` start-up
    import networkx as nx

F = TypeVar("F", bound=Callable[..., Any])

EPILOG_VIZ = """\b
Examples:
  kg viz -o out/graph.html                          # the most central nodes
  kg viz --focus "Erik Setyo Santoso" --hops 2 -o out/erik.html
  kg viz --types person,organization,event --since 2024-11 --until 2024-12
  kg viz --size pagerank --max-nodes 800             # after `kg analyze --write` this is fast
  kg viz --query who-met-whom.rq -o out/q.html       # a CONSTRUCT, or a SELECT of node columns
\b
Types: person, organization, role, event, place, program, legislation, award,
article (articles are left out unless named). Open the page in any browser:
it works offline, hover a node for its sources, click it for links.
"""

EPILOG_ANALYZE = """\b
Examples:
  kg analyze                                        # top 20 entities by PageRank
  kg analyze --projection person-person --top 30 -o out/people.csv
  kg analyze --projection org-org --graph-out out/org-org.gexf   # open in Gephi
  kg analyze --write                                # store scores: kg viz --size pagerank
\b
Projections: entity (all relations), person-person (same article or event),
person-org (memberships, bipartite), org-org (same event). Betweenness is
estimated from a seeded sample of sources above 2,000 nodes. Stored scores:
  SELECT ?e ?v WHERE { ?e kgo:score ?s . ?s dcterms:identifier "pagerank" ; rdf:value ?v }
  ORDER BY DESC(?v)
"""

EPILOG_TIMELINE = """\b
Examples:
  kg timeline -o out/timeline.html
  kg timeline --office "Wali Kota Malang" -o out/wali-kota.html
  kg timeline --since 2024 --until 2024-12 -o out/2024.html
"""


def html_output(default: str) -> Callable[[F], F]:
    """The ``-o/--output`` option of a command that writes an HTML page."""
    return click.option(
        "-o",
        "--output",
        type=click.Path(dir_okay=False, path_type=Path),
        default=Path(default),
        show_default=True,
        help="HTML file to write (folders are created).",
    )


def _fail(error: Exception) -> click.ClickException:
    """A library error as a one-line CLI message."""
    if isinstance(error, OSError) and error.filename:
        return click.ClickException(f"cannot write {error.filename}: {error.strerror}")
    return click.ClickException(str(error))


@main.command(epilog=EPILOG_VIZ)
@html_output("graph.html")
@click.option("--focus", metavar="NAME", help="Show the neighbourhood of the node with this name (or alias).")
@click.option("--hops", type=click.IntRange(0, 6), default=1, show_default=True, help="Steps from --focus.")
@click.option("--types", metavar="LIST", help="Node types to show, comma-separated.")
@click.option(
    "--since", metavar="DATE", help="Events and memberships attested from this day (YYYY[-MM[-DD]])."
)
@click.option("--until", metavar="DATE", help="... up to this day.")
@click.option(
    "--max-nodes", type=click.IntRange(1), default=400, show_default=True, help="Keep the most central nodes."
)
@click.option(
    "--size",
    type=click.Choice(["degree", "betweenness", "pagerank"]),
    default="degree",
    show_default=True,
    help="Node size and --max-nodes ranking.",
)
@click.option(
    "--query",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Draw the result of a SPARQL file.",
)
@click.option("--title", help="Page heading.")
@click.option(
    "--lang",
    type=click.Choice(["id", "en"]),
    default="id",
    show_default=True,
    help="Edge labels in Indonesian or English.",
)
@store_option
@endpoint_option
def viz(
    output: Path,
    focus: str | None,
    hops: int,
    types: str | None,
    since: str | None,
    until: str | None,
    max_nodes: int,
    size: str,
    query: Path | None,
    title: str | None,
    lang: str,
    store_path: Path | None,
    endpoint: str | None,
    user: str | None,
    password_env: str | None,
) -> None:
    """Write an interactive graph page: coloured by type, sized by centrality, with sources."""
    from kg.viz import SelectionError, render_graph

    started = time.perf_counter()
    with open_graph(store_path, endpoint, user, password_env) as store:
        try:
            page = render_graph(
                store,
                output,
                focus=focus,
                hops=hops,
                types=types,
                since=since,
                until=until,
                max_nodes=max_nodes,
                size=size,
                query=query,
                title=title,
                lang=lang,
            )
        except (SelectionError, OSError) as error:
            raise _fail(error) from None
    for note in page.notes:
        click.echo(f"note: {note}", err=True)
    left = (
        f" ({page.total - page.shown} more not shown: use --focus or --max-nodes)"
        if page.total > page.shown
        else ""
    )
    click.echo(
        f"wrote {page.path}: {page.shown} nodes, {page.edges} edges{left} in {time.perf_counter() - started:.1f} s"
    )


@main.command(epilog=EPILOG_ANALYZE)
@click.option(
    "--projection",
    type=click.Choice(["entity", "person-person", "person-org", "org-org"]),
    default="entity",
    show_default=True,
)
@click.option(
    "--metrics",
    "metric_list",
    default="degree,betweenness,pagerank,community",
    show_default=True,
    help="Comma-separated.",
)
@click.option(
    "--sort",
    "sort_by",
    type=click.Choice(["degree", "betweenness", "pagerank"]),
    default="pagerank",
    show_default=True,
)
@click.option("--top", type=click.IntRange(0), default=20, show_default=True, help="Rows to print.")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="CSV of every node's scores."
)
@click.option(
    "--graph-out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The projection as .graphml or .gexf (for Gephi).",
)
@click.option(
    "--samples",
    type=click.IntRange(1),
    help="Betweenness source sample size (default: exact up to 2,000 nodes).",
)
@click.option("--write", is_flag=True, help="Store the scores in the graph (kgo:degree, kgo:score).")
@store_option
def analyze(
    projection: str,
    metric_list: str,
    sort_by: str,
    top: int,
    output: Path | None,
    graph_out: Path | None,
    samples: int | None,
    write: bool,
    store_path: Path | None,
) -> None:
    """Network analysis: degree, betweenness, PageRank and Louvain communities of a projection."""
    from kg.analyze import metrics
    from kg.analyze.projections import projection as build_projection
    from kg.analyze.projections import write_graph

    wanted = [m.strip() for m in metric_list.split(",") if m.strip()]
    unknown = [m for m in wanted if m not in metrics.METRICS]
    if unknown:
        raise click.BadParameter(
            f"unknown {', '.join(unknown)}; choose from {', '.join(metrics.METRICS)}", param_hint="--metrics"
        )
    if sort_by not in wanted:
        wanted.append(sort_by)
    if graph_out and graph_out.suffix.lower() not in {".graphml", ".gexf"}:
        raise click.BadParameter("use a .graphml or .gexf file name", param_hint="--graph-out")
    started = time.perf_counter()
    with open_store(store_path, read_only=not write) as store:
        graph = build_projection(store, projection)
        loaded = time.perf_counter()
        scores = metrics.compute(graph, wanted, samples=samples)
        computed = time.perf_counter()
        if write:
            prefix = "" if projection == "entity" else f"{projection}:"
            written = metrics.write_scores(store, {prefix + k: v for k, v in scores.values.items()})
    for note in scores.notes:
        click.echo(f"note: {note}", err=True)
    click.echo(
        f"{projection}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges "
        f"(loaded in {loaded - started:.1f} s, scored in {computed - loaded:.1f} s)"
    )
    rows = _score_rows(graph, scores.values, sort_by)
    columns = [m for m in metrics.METRICS if m in scores.values]
    _print_top(rows, columns, top)
    try:
        if output:
            click.echo(f"wrote {_write_csv(output, rows, columns)}")
        if graph_out:
            click.echo(f"wrote {write_graph(graph, graph_out, scores.values)}")
    except OSError as error:
        raise click.ClickException(f"cannot write {error.filename}: {error.strerror}") from None
    if write:
        click.echo(f"stored {written} statements of scores in the graph")


def _score_rows(graph: nx.Graph, values: dict[str, dict[str, float]], sort_by: str) -> list[dict[str, Any]]:
    """One row per node with its label, type and scores, best first (ties by label, then id)."""
    nodes = graph.nodes
    rows = [
        {
            "node": n,
            "label": nodes[n].get("label", n),
            "type": nodes[n].get("type", ""),
            **{m: v.get(n, 0.0) for m, v in values.items()},
        }
        for n in nodes
    ]
    return sorted(rows, key=lambda r: (-float(r[sort_by]), str(r["label"]), str(r["node"])))


def _write_csv(path: Path, rows: list[dict[str, Any]], columns: list[str]) -> Path:
    """Every node's scores as CSV."""
    from kg.output import atomic_write, csv_writer

    with atomic_write(path, newline="") as handle:
        writer = csv_writer(handle)
        writer.writerow(["node", "label", "type", *columns])
        writer.writerows([r["node"], r["label"], r["type"], *(r[c] for c in columns)] for r in rows)
    return path


def _print_top(rows: list[dict[str, Any]], columns: list[str], top: int) -> None:
    """The first ``top`` rows as an aligned table."""
    if not top:
        return
    click.echo(f"{'#':>3}  {'name':42} {'type':13}" + "".join(f"{c:>12}" for c in columns))
    for i, row in enumerate(rows[:top], 1):
        cells = "".join(
            f"{int(row[c]):>12}" if c in {"degree", "community"} else f"{float(row[c]):>12.5f}"
            for c in columns
        )
        click.echo(f"{i:>3}  {str(row['label'])[:42]:42} {str(row['type'])[:13]:13}{cells}")


@main.command(epilog=EPILOG_TIMELINE)
@html_output("timeline.html")
@click.option("--since", metavar="DATE", help="From this day (YYYY[-MM[-DD]]).")
@click.option("--until", metavar="DATE", help="Up to this day.")
@click.option(
    "--office", metavar="NAME", help="Only offices whose name contains this (events are then left out)."
)
@click.option("--max-events", type=click.IntRange(0), default=1500, show_default=True)
@click.option("--max-offices", type=click.IntRange(0), default=60, show_default=True)
@click.option("--title", help="Page heading.")
@store_option
@endpoint_option
def timeline(
    output: Path,
    since: str | None,
    until: str | None,
    office: str | None,
    max_events: int,
    max_offices: int,
    title: str | None,
    store_path: Path | None,
    endpoint: str | None,
    user: str | None,
    password_env: str | None,
) -> None:
    """Write a timeline page: events, and per office its holders over time (acting holders marked)."""
    from kg.viz import SelectionError, render_timeline

    with open_graph(store_path, endpoint, user, password_env) as store:
        try:
            page = render_timeline(
                store,
                output,
                since=since,
                until=until,
                office=office,
                max_events=max_events,
                max_offices=max_offices,
                title=title,
            )
        except (SelectionError, OSError) as error:
            raise _fail(error) from None
    click.echo(
        f"wrote {page.path}: {page.events} of {page.events_total} events, "
        f"{page.offices} of {page.offices_total} offices"
    )
