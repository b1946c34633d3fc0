"""``kg extract``, ``kg load`` and ``kg push``: the graph beyond one machine (registered on ``kg.cli.main``)."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from kg.cli import exit_on_problems, jobs_option, main, open_store, reading_options, store_option, warn
from kg.store import StoreError

if TYPE_CHECKING:
    from click._termui_impl import ProgressBar

EPILOG_EXTRACT = """\b
Examples:
  kg extract news.jsonl --out shards/               # one N-Quads file per 500 articles
  kg extract big/ --out shards/ --dask tcp://scheduler:8786
  kg load shards/ --store out/kg-store              # the same store as `kg build big/`
"""


class _Bar:
    """A progress bar on stderr, shown from 20 items on."""

    def __init__(self, label: str, quiet: bool) -> None:
        self.label, self.quiet = label, quiet
        self.bar: ProgressBar[int] | None = None

    def __call__(self, n: int, total: int, *_: Any) -> None:
        if self.quiet or total < 20:
            return
        if self.bar is None:
            self.bar = click.progressbar(length=total, label=self.label, file=sys.stderr, show_pos=True)
            self.bar.__enter__()
        self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


@main.command(epilog=EPILOG_EXTRACT)
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), required=True, help="New folder.")
@click.option("--field", "fields", metavar="MAP", help="Column names for CSV/JSONL input, as for kg build.")
@click.option(
    "--partition-size", type=click.IntRange(1), default=500, show_default=True, help="Articles per shard."
)
@jobs_option("Extract in this many processes.")
@click.option("--dask", metavar="ADDRESS", help="Extract on a Dask cluster (tcp://host:8786 or local:N).")
@click.option("--one-per-file", is_flag=True, help="Each .txt file is one article, as for kg build.")
@reading_options
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option(
    "--evidence",
    type=click.Choice(["compact", "full"]),
    default="compact",
    show_default=True,
    help="The form of the evidence annotations, as for kg build; `kg load` loads the shards only "
    "into a new store or one of the same form.",
)
def extract(
    inputs: tuple[Path, ...],
    out: Path,
    fields: str | None,
    partition_size: int,
    jobs: int,
    dask: str | None,
    one_per_file: bool,
    date_order: str,
    max_article_chars: int,
    quiet: bool,
    evidence: str,
) -> None:
    """Extract articles into N-Quads shards (one per partition) without touching a store.

    Each article's statements are in its own named graph. `kg load` turns the shards
    into a store; their N-Quads also feed any triple store's bulk loader.
    """
    from kg.ingest import FieldMap
    from kg.pipeline import extract_in_order, worker_pool
    from kg.shards import extract_to_shards

    try:
        field_map = FieldMap.parse(fields)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--field") from None
    bar = _Bar("Extracting", quiet)
    try:
        with contextlib.ExitStack() as stack:
            mapper = None
            if dask:
                from kg.scale.dask import dask_mapper

                mapper = stack.enter_context(dask_mapper(dask))
            elif jobs > 1:
                pool = stack.enter_context(worker_pool(jobs))

                def mapper(articles: list[Any]) -> Any:
                    return extract_in_order(pool, jobs, articles)

            report = extract_to_shards(
                list(inputs),
                out,
                field_map,
                mapper=mapper,
                partition_size=partition_size,
                one_per_file=one_per_file,
                date_order=date_order,
                max_article_chars=max_article_chars,
                progress=bar,
                evidence=evidence,
            )
    except StoreError as error:
        raise click.ClickException(str(error)) from None
    finally:
        bar.close()
    warn(report)
    click.echo(
        f"{report.read} articles read: {report.articles} extracted into {report.shards} shards "
        f"in {out} ({report.statements} statements)"
    )
    exit_on_problems(report)


@main.command(epilog=EPILOG_EXTRACT)
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@store_option
def load(folder: Path, quiet: bool, store_path: Path | None) -> None:
    """Load the shards of `kg extract` into the store and finish the build.

    The merged default graph is built, labels and names are resolved across
    articles and the store compacted, as `kg build` does: the same graph, byte for byte.
    The shards' evidence form (`kg extract --evidence`) must be the store's, unless it is new.
    """
    from kg.shards import load_shards

    bar = _Bar("Loading", quiet)
    with open_store(store_path, read_only=False) as store:
        try:
            report = load_shards(folder, store, bar)
        finally:
            bar.close()
    warn(report)
    click.echo(
        f"{report.read} articles read: {report.added} added, {report.replaced} replaced, {report.unchanged} unchanged"
    )
    click.echo(f"statements written: {report.statements}")
    exit_on_problems(report)


EPILOG_PUSH = """\b
Examples:
  oxigraph serve --location server-data --bind 127.0.0.1:7878 &
  kg push --endpoint http://127.0.0.1:7878/query
  KG_PW=dba kg push --endpoint http://127.0.0.1:8890/sparql --user dba --password-env KG_PW
  kg query roles --endpoint http://127.0.0.1:7878/query
"""


@main.command(epilog=EPILOG_PUSH)
@click.option("--endpoint", required=True, metavar="URL", help="The server's SPARQL query URL.")
@click.option("--user", metavar="NAME", help="User name for the server.")
@click.option("--password-env", metavar="VAR", help="Environment variable holding the password.")
@click.option(
    "--graph-store",
    metavar="URL",
    help="The Graph Store Protocol URL, when it cannot be told from --endpoint (kg.store.remote).",
)
@click.option(
    "--timeout", type=click.FloatRange(min=1), default=300, show_default=True, help="Seconds per request."
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@store_option
def push(
    endpoint: str,
    user: str | None,
    password_env: str | None,
    graph_store: str | None,
    timeout: float,
    quiet: bool,
    store_path: Path | None,
) -> None:
    """Copy the graph into a SPARQL 1.1 server through the Graph Store Protocol.

    One named graph per article and the merged graph; only graphs that changed since
    the last push are sent, each whole in one request, so an interrupted push leaves
    whole graphs only and running it again completes it.
    """
    from kg.cli import remote_store
    from kg.store.push import push as run_push

    remote = remote_store(endpoint, user, password_env, graph_store=graph_store, timeout=timeout)
    bar = _Bar("Pushing", quiet)
    with open_store(store_path) as store:
        try:
            report = run_push(store, remote, bar)
        finally:
            bar.close()
    click.echo(
        f"{report.sent} graphs sent, {report.unchanged} unchanged, {report.deleted} deleted; merged graph "
        f"{'sent' if report.merged_sent else 'unchanged'}; {report.statements} statements in "
        f"{report.seconds:.1f} s ({report.rate:,.0f} statements/s)"
    )
