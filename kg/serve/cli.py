"""``kg serve`` (registered on ``kg.cli.main``)."""

from __future__ import annotations

import signal
import threading
from pathlib import Path

import click

from kg.cli import main, store_option

EPILOG = """\b
Examples:
  kg serve                                   # http://127.0.0.1:7878/ (query page), /sparql (endpoint)
  kg serve --store out/kg-store --port 0     # any free port; the address is printed
  kg serve --timeout 10 --workers 4
  kg serve --host 0.0.0.0 --cors https://yasgui.example.org   # reachable by others: README, "Exposing"
\b
Read-only: updates, LOAD, SERVICE and FROM naming anything outside the store are
refused. The server answers from a snapshot of the store; after a `kg build` it
takes a new one by itself.
"""


@main.command("serve", epilog=EPILOG)
@store_option
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback only by default)."
)
@click.option(
    "--port", type=click.IntRange(0, 65535), default=7878, show_default=True, help="Port; 0 picks a free one."
)
@click.option(
    "--timeout",
    type=click.FloatRange(0.1, None),
    default=30.0,
    show_default=True,
    help="Time limit per query, seconds.",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=3,
    show_default=True,
    help="Queries run at once (processes).",
)
@click.option(
    "--cors",
    metavar="ORIGIN",
    default=None,
    help="Let pages from ORIGIN query the endpoint (no CORS without it).",
)
@click.option("--log/--no-log", default=False, help="Print one line per request to stderr.")
def serve(
    store_path: Path | None, host: str, port: int, timeout: float, workers: int, cors: str | None, log: bool
) -> None:
    """Serve the store as a SPARQL 1.1 endpoint with a query page and entity pages."""
    from kg.serve import Server
    from kg.store import StoreError, default_store_path

    server = Server(
        store_path or default_store_path(),
        host=host,
        port=port,
        timeout=timeout,
        workers=workers,
        cors=cors,
        log=log,
    )
    try:
        server.start()
    except StoreError as error:
        raise click.ClickException(str(error)) from None
    except OSError as error:
        raise click.ClickException(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    try:
        click.echo(f"kg serve: SPARQL endpoint {server.url}/sparql, query page {server.url}/", nl=True)
        click.echo(f"port {server.port}; time limit {timeout:g} s; {workers} workers; Ctrl-C stops", err=True)
        if host not in {"127.0.0.1", "localhost", "::1"}:
            click.echo(
                f"warning: listening on {host}: anyone who can reach this address can query the graph "
                "(README, 'Exposing the endpoint')",
                err=True,
            )
        while not stop.wait(0.5):
            pass
    finally:
        server.close()
