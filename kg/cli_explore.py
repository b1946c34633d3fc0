"""``kg viz``, ``kg analyze`` and ``kg timeline``: exploring the graph (registered on ``kg.cli.main``)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from kg.cli import (
    RegistryChoice,
    endpoint_option,
    limit_option,
    listing,
    main,
    open_graph,
    open_store,
    store_option,
    wrote,
)

F = TypeVar("F", bound=Callable[..., Any])

EPILOG_VIZ = """\b
Examples:
  kg viz -o out/graph.html                          # the most central nodes
  kg viz --focus "Erik Setyo Santoso" --hops 2 -o out/erik.html
  kg viz --types person,organization,event --since 2024-11 --until 2024-12
  kg viz --size pagerank --limit 800                 # after `kg analyze --write` this is fast
  kg viz --query who-met-whom.rq -o out/q.html       # a CONSTRUCT, or a SELECT of node columns
\b
Types: person, organization, role, event, place, program, legislation, award,
article (articles are left out unless named). Open the page in any browser:
it works offline, hover a node for its sources, click it for links.
"""

EPILOG_ANALYZE = """\b
Examples:
  kg analyze                                        # top 20 entities by PageRank
  kg analyze --projection person-person --limit 30 -o out/people.csv
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


def _ranking_metrics() -> list[str]:
    from kg.analyze.metrics import ranking_metrics

    return ranking_metrics()


def _metrics() -> list[str]:
    from kg.analyze.metrics import METRICS

    return METRICS.names()


def _projections() -> list[str]:
    from kg.analyze.projections import PROJECTIONS

    return PROJECTIONS.names()


def html_output(default: str) -> Callable[[F], F]:
    """The ``-o/--output`` option of a command that writes an HTML page."""
    return click.option(
        "-o",
        "--output",
        type=click.Path(dir_okay=False, path_type=Path),
        default=Path(default),
        show_default=True,
        help="HTML file to write (folders are created); - for standard output.",
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
@limit_option(400, "How many nodes to show: the most central ones.", old=("--max-nodes",))
@click.option(
    "--size",
    type=RegistryChoice(_ranking_metrics),
    default="degree",
    show_default=True,
    help="Node size and --limit ranking: a metric of kg analyze.",
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
    limit: int,
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
                max_nodes=limit,
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
        f" ({page.total - page.shown} more not shown: use --focus or --limit)"
        if page.total > page.shown
        else ""
    )
    wrote(page.path, f"{page.shown} nodes, {page.edges} edges{left} in {time.perf_counter() - started:.1f} s")


def _metric_entries() -> list[tuple[str, str]]:
    from kg.analyze.metrics import METRICS

    return [(m.name, m.doc) for m in METRICS.items().values()]


@main.command(epilog=EPILOG_ANALYZE, cls=listing("Metrics", _metric_entries))
@click.option(
    "--projection",
    type=RegistryChoice(_projections),
    default="entity",
    show_default=True,
    help="Which network to score (see below).",
)
@click.option(
    "--metrics",
    "metric_list",
    default="degree,betweenness,pagerank,community",
    show_default=True,
    help="Comma-separated metrics to compute (the list below).",
)
@click.option(
    "--sort",
    "sort_by",
    type=RegistryChoice(_ranking_metrics),
    default="pagerank",
    show_default=True,
    help="The metric that orders the rows.",
)
@limit_option(20, "How many rows to print.", old=("--top",))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="CSV of every node's scores; - for standard output.",
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
    limit: int,
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
    from kg.analyze.table import score_table
    from kg.output import is_stdout

    wanted = [m.strip() for m in metric_list.split(",") if m.strip()]
    unknown = [m for m in wanted if m not in metrics.METRICS]
    if unknown:
        raise click.BadParameter(
            f"unknown {', '.join(unknown)}; choose from {', '.join(metrics.METRICS.names())}",
            param_hint="--metrics",
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
    # with -o - the CSV is standard output: the summary and the top rows go to standard error
    err = is_stdout(output)
    click.echo(
        f"{projection}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges "
        f"(loaded in {loaded - started:.1f} s, scored in {computed - loaded:.1f} s)",
        err=err,
    )
    table = score_table(graph, scores.values, sort_by)
    _print_top(table, limit, err)
    try:
        if output:
            wrote(table.write_csv(output))
        if graph_out:
            wrote(write_graph(graph, graph_out, scores.values))
    except OSError as error:
        raise click.ClickException(f"cannot write {error.filename}: {error.strerror}") from None
    if write:
        click.echo(f"stored {written} statements of scores in the graph", err=err)


def _print_top(table: Any, limit: int, err: bool) -> None:
    """The first ``limit`` rows of a :class:`kg.analyze.table.ScoreTable` as an aligned table."""
    if not limit:
        return
    columns = table.columns
    click.echo(f"{'#':>3}  {'name':42} {'type':13}" + "".join(f"{c:>12}" for c in columns), err=err)
    for i, row in enumerate(table.rows[:limit], 1):
        cells = "".join(
            f"{int(row.scores[c]):>12}" if c in {"degree", "community"} else f"{float(row.scores[c]):>12.5f}"
            for c in columns
        )
        click.echo(f"{i:>3}  {row.label[:42]:42} {row.type[:13]:13}{cells}", err=err)


@main.command(epilog=EPILOG_TIMELINE)
@html_output("timeline.html")
@click.option("--since", metavar="DATE", help="From this day (YYYY[-MM[-DD]]).")
@click.option("--until", metavar="DATE", help="Up to this day.")
@click.option(
    "--office", metavar="NAME", help="Only offices whose name contains this (events are then left out)."
)
@click.option(
    "--max-events",
    type=click.IntRange(0),
    default=1500,
    show_default=True,
    help="Show at most this many events.",
)
@click.option(
    "--max-offices",
    type=click.IntRange(0),
    default=60,
    show_default=True,
    help="Show at most this many offices.",
)
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
    wrote(
        page.path,
        f"{page.events} of {page.events_total} events, {page.offices} of {page.offices_total} offices",
    )
