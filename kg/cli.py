"""The ``kg`` command line: a thin layer over the library.

Each command parses its options, calls one library function, and turns
library errors into clear messages (never a traceback).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click
from click.core import ParameterSource

from kg.store import Store, StoreError, default_store_path

F = TypeVar("F", bound=Callable[..., Any])

EPILOG_BUILD = """\b
Examples:
  kg build data/sample/                       # the bundled sample
  kg build news.jsonl --store ~/graphs/malang
  kg build detik.csv --field title=judul,text=isi_berita,url=tautan,date=tanggal
"""


def store_option(fn: F) -> F:
    return click.option(
        "--store",
        "store_path",
        type=click.Path(path_type=Path),
        envvar="KG_STORE",
        default=None,
        show_envvar=True,
        help="Graph store folder [default: ./kg-store].",
    )(fn)


def limit_option(default: int, help: str, *, old: Sequence[str] = ()) -> Callable[[F], F]:
    """``--limit N``: the one name of "how many to show" in every command.

    ``old`` spellings (``--show``, ``--top``, ``--max-nodes``) still work, hidden from the
    help, with a warning on standard error naming ``--limit``.
    """

    def adopt(ctx: click.Context, param: click.Parameter, value: int | None) -> None:
        if value is None:
            return
        click.echo(f"warning: {param.opts[0]} is deprecated; use --limit", err=True)
        ctx.meta["kg.limit"] = value

    def resolve(ctx: click.Context, param: click.Parameter, value: int) -> int:
        given_old = ctx.meta.get("kg.limit")
        if given_old is not None and ctx.get_parameter_source("limit") is ParameterSource.DEFAULT:
            return int(given_old)
        return value

    def decorate(fn: F) -> F:
        for name in old:  # processed before --limit when given: click runs given options first
            fn = click.option(
                name,
                type=click.IntRange(0),
                hidden=True,
                expose_value=False,
                callback=adopt,
                help="Deprecated spelling of --limit.",
            )(fn)
        return click.option(
            "--limit",
            type=click.IntRange(0),
            default=default,
            show_default=True,
            callback=resolve,
            help=help,
        )(fn)

    return decorate


class RegistryChoice(click.Choice[str]):
    """A ``click.Choice`` whose names come from a registry (or the one tuple that lists them), read when first needed.

    The registry (export formats, metrics, ...) is loaded when the option is parsed or its
    help shown, not when ``kg`` starts, so ``kg --help`` stays fast.
    """

    def __init__(self, names: Callable[[], Sequence[str]]) -> None:
        self._names = names
        self._loaded: Sequence[str] | None = None
        self.case_sensitive = True

    @property  # type: ignore[override]  # click.Choice keeps choices in an attribute; here it is read lazily
    def choices(self) -> Sequence[str]:
        if self._loaded is None:
            self._loaded = tuple(self._names())
        return self._loaded

    @choices.setter
    def choices(self, value: Sequence[str]) -> None:
        self._loaded = tuple(value)


def endpoint_option(fn: F) -> F:
    """--endpoint URL (read a SPARQL server instead of the store), with --user and --password-env."""
    fn = click.option(
        "--password-env",
        metavar="VAR",
        help="Environment variable holding the server password (never on the command line).",
    )(fn)
    fn = click.option("--user", metavar="NAME", help="User name for the SPARQL server.")(fn)
    return click.option(
        "--endpoint",
        metavar="URL",
        envvar="KG_ENDPOINT",
        show_envvar=True,
        help="Read the graph from this SPARQL 1.1 server (its query URL) instead of the store.",
    )(fn)


def remote_store(endpoint: str, user: str | None, password_env: str | None, **options: Any) -> Any:
    """The SPARQL server at ``endpoint`` as a store (``kg.store.remote``)."""
    from kg.store.remote import RemoteStore

    password = None
    if password_env:
        if password_env not in os.environ:
            raise click.BadParameter(f"${password_env} is not set", param_hint="--password-env")
        password = os.environ[password_env]
    try:
        return RemoteStore(endpoint, user=user, password=password, **options)
    except StoreError as error:
        raise click.ClickException(str(error)) from None


@contextmanager
def open_graph(
    path: Path | None, endpoint: str | None, user: str | None, password_env: str | None
) -> Iterator[Any]:
    """The embedded store at ``path``, or with ``endpoint`` the SPARQL server there (read only)."""
    if not endpoint:
        with open_store(path) as store:
            yield store
        return
    remote = remote_store(endpoint, user, password_env)
    try:
        yield remote
    except StoreError as error:
        raise click.ClickException(str(error)) from None


@contextmanager
def open_store(path: Path | None, *, read_only: bool = True) -> Iterator[Store]:
    from kg.store.embedded import StoreDamaged, is_store_corruption

    try:
        store = Store(path or default_store_path(), read_only=read_only)
    except StoreError as error:
        raise click.ClickException(str(error)) from None
    try:
        yield store
    except StoreError as error:
        raise click.ClickException(str(error)) from None
    except (RuntimeError, OSError) as error:
        if is_store_corruption(error):  # RocksDB finds damage lazily, when it reads a missing file
            raise click.ClickException(str(StoreDamaged(store.path, error))) from None
        raise
    finally:
        store.close()


def date_orders() -> tuple[str, ...]:
    """The ways numeric dates may be read (``kg.ingest.pubdate.ORDERS``)."""
    from kg.ingest.pubdate import ORDERS

    return ORDERS


def reading_options(fn: F) -> F:
    """``--date-order`` and ``--max-article-chars``: how ``kg build`` and ``kg extract`` read articles."""
    fn = click.option(
        "--max-article-chars",
        type=click.IntRange(1),
        default=200_000,
        show_default=True,
        help="Skip (with a warning) articles longer than this.",
    )(fn)
    return click.option(
        "--date-order",
        type=RegistryChoice(date_orders),
        default="auto",
        show_default=True,
        help="Numeric dates like 05/06/2025: day-first, month-first, or as each file's dates settle it "
        "(a day above 12 decides; otherwise day-first, with a warning).",
    )(fn)


def jobs_option(help_text: str) -> Callable[[F], F]:
    """``--jobs/-j``: how many processes extract, for ``kg build`` and ``kg extract``."""
    return click.option(
        "--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True, help=help_text
    )


def _result_formats() -> list[str]:
    from kg.query.results import RESULT_FORMATS

    return RESULT_FORMATS.names()


class ErrorBoundary(click.Group):
    """The ``kg`` group: known failures (files, encodings, a damaged store) become messages, not tracebacks."""

    def invoke(self, ctx: click.Context) -> Any:
        from kg.errors import message

        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except BrokenPipeError:  # the reader went away (`kg query ... | head`): stop quietly
            with contextlib.suppress(OSError, ValueError, AttributeError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise click.exceptions.Exit(1) from None
        except Exception as error:
            text = message(error)
            if text is None:
                raise  # a bug: keep the traceback
            raise click.ClickException(text) from None


@click.group(
    cls=ErrorBoundary, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100}
)
@click.version_option(package_name="kg")
def main() -> None:
    """Knowledge graphs from Indonesian local-government news.

    \b
    A typical session:
      kg build data/sample/                 # read articles, extract, store
      kg query roles                        # who holds which role where
      kg export --format turtle -o out/kg.ttl
      kg viz -o out/graph.html              # interactive graph in a browser

    Every command that reads or writes the graph takes --store PATH
    (or the KG_STORE environment variable); the default is ./kg-store.
    """


@main.command(epilog=EPILOG_BUILD)
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--field",
    "fields",
    metavar="MAP",
    help="Column names for CSV/JSONL input: title=COL,text=COL,url=COL,date=COL.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option(
    "--one-per-file",
    is_flag=True,
    help="Each .txt file is one article (first line the title) instead of a dump of several.",
)
@jobs_option("Extract in this many processes (one per core pays off from a few hundred articles).")
@reading_options
@click.option(
    "--dask",
    metavar="ADDRESS",
    help="Extract on a Dask cluster: a scheduler address (tcp://host:8786) or local:N for N local "
    "workers (needs kg[dask]); the same graph, byte for byte.",
)
@click.option(
    "--evidence",
    type=click.Choice(["compact", "full"]),
    default=None,
    help="How each mention's evidence annotation points at its span: compact (the default for a new "
    "store) targets <article#char=START,END> and stores each article's text once; full uses "
    "text-quote and text-position selectors instead (about 2.4 times the statements in all). A "
    "store keeps the form it was first built with.",
)
@store_option
def build(
    inputs: tuple[Path, ...],
    fields: str | None,
    quiet: bool,
    one_per_file: bool,
    jobs: int,
    date_order: str,
    max_article_chars: int,
    dask: str | None,
    evidence: str | None,
    store_path: Path | None,
) -> None:
    """Read articles from files or folders and add them to the graph store.

    INPUTS are text dumps (title line, blank line, paragraphs), folders of .txt
    files, JSON Lines or CSV files. Articles already in the store with the same
    content are skipped; a changed article replaces its own statements only.
    Exit status 1 when any input was skipped (the warnings say why).
    """
    from kg.ingest import FieldMap
    from kg.pipeline import build as run_build

    try:
        field_map = FieldMap.parse(fields)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--field") from None
    with open_store(store_path, read_only=False) as store:
        bar: Any = None

        def progress(n: int, total: int, article: Any) -> None:
            nonlocal bar
            if quiet or total < 20:
                return
            if bar is None:
                bar = click.progressbar(length=total, label="Extracting", file=sys.stderr, show_pos=True)
                bar.__enter__()
            bar.update(1)

        with contextlib.ExitStack() as stack:
            mapper = None
            if dask:
                from kg.scale.dask import dask_mapper

                mapper = stack.enter_context(dask_mapper(dask))
            report = run_build(
                list(inputs),
                store,
                field_map,
                progress,
                jobs=jobs,
                one_per_file=one_per_file,
                date_order=date_order,
                max_article_chars=max_article_chars,
                mapper=mapper,
                evidence=evidence,
            )
        if bar is not None:
            bar.__exit__(None, None, None)
    warn(report)
    click.echo(
        f"{report.read} articles read: {report.added} added, {report.replaced} replaced, {report.unchanged} unchanged"
    )
    if report.added or report.replaced:
        kinds = ", ".join(f"{n} {kind.lower()}" for kind, n in sorted(report.entities.items()))
        relations = ", ".join(f"{n} {kind}" for kind, n in report.relations.items())
        click.echo(f"entities: {kinds}")
        click.echo(f"relations: {relations}")
        click.echo(f"statements written: {report.statements}")
    exit_on_problems(report)


def warn(report: Any) -> None:
    """Print the notes and problems of a build, extract or load report as warnings on stderr."""
    for problem in [*report.notes, *report.problems]:
        click.echo(f"warning: {problem}", err=True)


def exit_on_problems(report: Any) -> None:
    """Exit with status 1 when the input had problems (articles skipped): the summary is printed first."""
    if report.problems:
        sys.exit(1)


@main.command()
@click.argument("query")
@click.option(
    "--format",
    "fmt",
    type=RegistryChoice(_result_formats),
    default="table",
    show_default=True,
    help="How to write the rows: an aligned table, CSV, TSV or JSON.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=60,
    show_default=True,
    help="Stop the query after this many seconds (0: no limit).",
)
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    default=None,
    help="Show at most this many rows (0: all) [default: 1000 in the table, all in csv, tsv and json].",
)
@click.option(
    "--offset", type=click.IntRange(min=0), default=0, show_default=True, help="Skip this many rows first."
)
@store_option
@endpoint_option
def query(
    query: str,
    fmt: str,
    timeout: float,
    limit: int | None,
    offset: int,
    store_path: Path | None,
    endpoint: str | None,
    user: str | None,
    password_env: str | None,
) -> None:
    """Run a SPARQL query: a .rq file, a canned query name, or SPARQL text.

    \b
    Examples:
      kg query roles
      kg query events --format csv
      kg query quotes --offset 1000                      # the second page of the table
      kg query 'SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name }'   # prefixes declared for you
      kg query my-question.rq --format json
    Canned queries (in queries/): see `kg queries`.

    \b
    The table shows the first 1000 rows and its last line says when rows were
    left out and how to see them (--offset N for the next page, --limit 0 for
    all); csv, tsv and json write every row unless --limit is given.
    A canned query's complete result is kept in the store folder (kg-cache/)
    the first time it runs and shown from there until the store changes, so
    asking again, or for another page, is instant even on a big store.
    """
    from kg import query as q
    from kg.query.kept import page as run_page
    from kg.query.stream import TABLE_LIMIT, QueryFailed, QueryTimeout, paged, write_page

    if limit is None:
        limit = TABLE_LIMIT if fmt == "table" else 0
    if endpoint:  # the server runs the query; the same safety checks first, the time limit on the socket
        with open_graph(None, endpoint, user, password_env) as remote:
            remote.timeout = timeout or None
            names, found = q.run(remote, query)
        page = paged(names, iter(found), offset, limit or None)
    else:
        with open_store(store_path) as store:  # the same messages as every command for a missing store
            path = store.path
        # runs in a child process: the time limit (and Ctrl-C) really stop it; rows are written as they come
        try:
            page = run_page(path, q.resolve(query), timeout or None, offset, limit or None)
        except (QueryTimeout, QueryFailed) as error:
            raise click.ClickException(str(error)) from None
    try:
        write_page(page, fmt, click.echo)
    except (QueryTimeout, QueryFailed) as error:
        raise click.ClickException(str(error)) from None
    finally:
        page.rows.close()  # stops the query process if the page was cut early
    note = page.note()
    if note and fmt != "table":  # the table says it in its last line; csv and json stay clean data
        click.echo(f"note: {note}", err=True)


@main.command("queries")
def list_queries() -> None:
    """List the canned queries in queries/ and what each answers.

    \b
    Example:
      kg queries && kg query office-holders
    """
    from kg.query import canned

    for item in canned().values():
        click.echo(f"{item.name:24} {item.description}")


def _export_formats() -> list[str]:
    from kg.export import formats

    return list(formats())


def wrote(path: Path | str, detail: str = "") -> None:
    """Say what was written: on standard error when the output itself went to standard output."""
    from kg.output import is_stdout

    if is_stdout(path):
        if detail:
            click.echo(f"wrote standard output: {detail}", err=True)
        return
    click.echo(f"wrote {path}{': ' + detail if detail else ''}")


def listing(title: str, entries: Callable[[], list[tuple[str, str]]]) -> type[click.Command]:
    """A command class whose help ends with a section listing a registry's ``(name, summary)`` entries."""

    class Listed(click.Command):
        def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
            super().format_help_text(ctx, formatter)
            with formatter.section(title):
                formatter.write_dl(entries())

    return Listed


def _format_entries() -> list[tuple[str, str]]:
    from kg.export import formats

    return [(f.name, f.doc) for f in formats().values()]


@main.command(cls=listing("Formats", _format_entries))
@click.option(
    "--format",
    "fmt",
    required=True,
    type=RegistryChoice(_export_formats),
    help="The format to write (the list below).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    required=True,
    help="File to write, - for standard output (a folder for csv).",
)
@store_option
def export(fmt: str, output: Path, store_path: Path | None) -> None:
    """Write the graph in another format.

    \b
    Examples:
      kg export --format turtle -o out/kg.ttl
      kg export --format nquads -o - | gzip > out/kg.nq.gz
      kg export --format csv -o out/tables/
    """
    from kg.export import export as run_export
    from kg.export import formats
    from kg.output import is_stdout

    if formats()[fmt].folder and is_stdout(output):
        raise click.BadParameter(f"{fmt} writes a folder of files; give a folder name", param_hint="-o")
    with open_store(store_path) as store:
        path = run_export(store, fmt, output)
    wrote(path)


@main.command()
@store_option
def stats(store_path: Path | None) -> None:
    """Count articles, entities per type, relations and statements.

    \b
    Example:
      kg stats --store out/kg-store
    """
    from kg.stats import stats as run_stats

    with open_store(store_path) as store:
        for name, n in run_stats(store).items():
            click.echo(f"{name:32} {n}")


@main.command()
@click.option("--verbose", "-v", is_flag=True, help="Print pySHACL's full report.")
@store_option
def validate(verbose: bool, store_path: Path | None) -> None:
    """Check the graph against the SHACL shapes in ontology/shapes.ttl (exit 1 on violations).

    \b
    Examples:
      kg validate
      kg validate -v        # pySHACL's full report: focus node, path and message of each violation
    """
    from kg.validation import validate as run_validate

    with open_store(store_path) as store:
        result = run_validate(store)
    if result.conforms:
        click.echo("conforms: the graph satisfies ontology/shapes.ttl")
        return
    click.echo(result.text if verbose else "\n".join(result.text.splitlines()[:40]))
    click.echo(f"{result.violations} violations", err=True)
    sys.exit(1)


@main.command("eval")
@click.option(
    "--gold",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Gold annotations (kg-gold/1 JSON).",
)
@click.option(
    "--conll",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="CoNLL file to score PER/ORG/LOC spans on.",
)
@click.option(
    "--stakeholders",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="CSV whose 'entity' column lists stakeholders per article (detik.com style).",
)
@click.option(
    "--field", "fields", metavar="MAP", help="Column names of the --stakeholders CSV, as for kg build."
)
@limit_option(12, "How many misses and false positives to list per category.", old=("--show",))
@click.option(
    "--errors",
    is_flag=True,
    help="With --gold: list every miss, extra node and missing link (not just --limit).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON (for scripts and ratchets).")
@store_option
def evaluate(
    gold: Path | None,
    conll: Path | None,
    stakeholders: Path | None,
    fields: str | None,
    limit: int,
    errors: bool,
    as_json: bool,
    store_path: Path | None,
) -> None:
    """Score extraction: against gold annotations (--gold), NER spans against CoNLL (--conll),
    or coverage of annotated government stakeholders (--stakeholders).

    \b
    Examples:
      kg build data/sample/ && kg eval --gold ../shared/gold/seed.gold.json
      kg eval --conll idner-news-2k/dev.txt
      kg build detik.csv --field title=judul,text=isi_berita,url=tautan,date=tanggal
      kg eval --stakeholders detik.csv --field title=judul,text=isi_berita,url=tautan,date=tanggal
    """
    if not gold and not conll and not stakeholders:
        raise click.UsageError("give --gold FILE, --conll FILE or --stakeholders FILE")
    for option, path in (("--gold", gold), ("--conll", conll), ("--stakeholders", stakeholders)):
        _require_utf8(path, option)
    from kg.evaluate import evaluation_json

    coverage = conll_scores = report = None
    if stakeholders:
        from kg.evaluate.stakeholders import StakeholderError, evaluate_stakeholders
        from kg.ingest import FieldMap

        try:
            field_map = FieldMap.parse(fields)
        except ValueError as error:
            raise click.BadParameter(str(error), param_hint="--field") from None
        with open_store(store_path) as store:
            try:
                coverage = evaluate_stakeholders(store, stakeholders, field_map)
            except StakeholderError as error:
                raise click.BadParameter(str(error), param_hint="--stakeholders") from None
    if conll:
        from kg.evaluate.conll import evaluate_conll

        conll_scores = evaluate_conll(conll)
    if gold:
        from kg.evaluate.gold import GoldError, load_gold
        from kg.evaluate.gold import evaluate as run_eval

        try:
            data = load_gold(gold)
        except GoldError as error:
            raise click.ClickException(str(error)) from None
        with open_store(store_path) as store:
            report = run_eval(store, data)
    if as_json:  # one object, whichever modes ran
        click.echo(evaluation_json(report, conll_scores, coverage))
        return
    if coverage is not None:
        click.echo(
            f"government stakeholders found: {coverage.found}/{coverage.listed} = {coverage.ratio:.3f} over {coverage.articles} articles"
        )
        for miss in coverage.missing[:limit]:
            click.echo(f"  miss  {miss}")
    if conll_scores is not None:
        for label, s in conll_scores.items():
            click.echo(f"{label:8} P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f}")
    if report is not None:
        _print_report(report, limit, errors)


def _require_utf8(path: Path | None, option: str) -> None:
    """Stop with a message naming ``path`` unless it is UTF-8 text."""
    if path is None:
        return
    try:
        with path.open(encoding="utf-8") as handle:
            while handle.read(1 << 20):
                pass
    except UnicodeDecodeError as error:
        raise click.BadParameter(
            f"{path} is not UTF-8 text ({error.reason} at byte {error.start}); convert it to UTF-8",
            param_hint=option,
        ) from None


def _print_report(report: Any, limit: int, errors: bool) -> None:
    click.echo(f"{'category':14} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn  dup")
    for name, s in report.scores.items():
        click.echo(
            f"{name:14} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}  {s.tp:3} {s.fp:3} {s.fn:3}  {s.duplicates:3}"
        )
    click.echo(f"{'macro-F1':14} {'':6} {'':6} {report.macro_f1:6.3f}")
    click.echo(
        f"event participants_recall {report.participants_recall:.3f} "
        f"({report.participants_found}/{report.participants_wanted}), "
        f"location_accuracy {report.location_accuracy:.3f} ({report.locations_right}/{report.locations_wanted}); "
        f"award recipient_linked {report.recipient_linked:.3f} "
        f"({report.recipients_linked}/{report.recipients_wanted})"
    )
    click.echo(f"articles: {report.articles_found} (expected {report.articles_expected})")
    if report.articles_unmatched:
        click.echo("gold articles whose title no headline matches: " + "; ".join(report.articles_unmatched))
    click.echo("not_entities_found: " + (", ".join(report.forbidden) or "none"))
    if errors:
        for line in report.errors:
            click.echo(f"  - {line}")
        return
    for name, s in report.scores.items():
        for miss in s.misses[:limit]:
            click.echo(f"  miss  {name}: {miss}")
        for fp in s.false_positives[:limit]:
            click.echo(f"  extra {name}: {fp}")


@main.command()
@click.argument("label")
@limit_option(12, "How many supporting sentences to show.")
@store_option
@endpoint_option
def explain(
    label: str,
    limit: int,
    store_path: Path | None,
    endpoint: str | None,
    user: str | None,
    password_env: str | None,
) -> None:
    """Show what the graph knows about an entity: aliases and why its mentions were merged,
    roles, events, quotes, and the sentences that support them.

    When more than 10 entities have the name (an event name is shared by the events of
    many articles), the first 10 in IRI order are shown and the rest counted.

    \b
    Examples:
      kg explain "Erik Setyo Santoso"
      kg explain Bappeda            # aliases work too
    """
    from kg.explain import explain as run_explain
    from kg.explain import find

    with open_graph(store_path, endpoint, user, password_env) as store:
        found = find(store, label)
        if not found:
            raise click.ClickException(
                f"no entity is called {label!r}: write a name as the graph labels it "
                "(`kg query office-holders`, `kg query programs` list some)"
            )
        # an event name is shared by an event of every article that reports one: explain a few
        for iri in found[:EXPLAIN_MATCHES]:
            e = run_explain(store, iri, limit)
            click.echo(f"{e.label}  ({', '.join(e.types)})  <{e.iri}>")
            sections = [
                ("aliases", e.aliases),
                ("merged, and why", e.merged),
                ("kept apart", e.kept_apart),
                ("roles", e.memberships),
                ("events", e.events),
                ("quotes", e.quotes),
                ("evidence", e.evidence),
            ]
            for title, lines in sections:
                if lines:
                    click.echo(f"  {title}:")
                    for line in lines:
                        click.echo(f"    - {line}")
        if len(found) > EXPLAIN_MATCHES:
            click.echo(f"... and {len(found) - EXPLAIN_MATCHES:,} more entities called {label!r} (not shown)")


#: entities ``kg explain NAME`` explains in full when several have that name
EXPLAIN_MATCHES = 10


@main.command("extractors")
def list_extractors() -> None:
    """List the extraction stages in the order they run.

    \b
    Example:
      kg extractors
    """
    from kg.extract.base import extractors

    stages = extractors()
    width = max(len(stage.name) for stage in stages)
    for stage in stages:
        click.echo(f"{stage.order:3}  {stage.name:{width}} {stage.doc}")


def _register_plugins() -> None:
    """Commands that live in their own modules register on ``main`` here."""
    import importlib

    for module in ("kg.cli_explore", "kg.cli_scale", "kg.serve.cli"):
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as error:
            if error.name != module:
                raise


_register_plugins()
