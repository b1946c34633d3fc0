"""SPARQL servers for tests and measurements, started on 127.0.0.1 and always stopped.

``running(kind, folder)`` starts an Oxigraph server (the ``oxigraph`` PyPI package's
binary) or OpenLink Virtuoso 7 (Debian's ``virtuoso-opensource``) with its data in
``folder`` on free loopback ports, waits until it answers, and stops it on exit.
``missing(kind)`` says why a server cannot run here (None when it can).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

START_TIMEOUT = 60.0
VIRTUOSO_SHARE = Path("/usr/share/virtuoso-opensource-7")
VIRTUOSO_VSP = Path("/var/lib/virtuoso-opensource-7/vsp")


@dataclass(frozen=True)
class Server:
    kind: str
    endpoint: str  # the SPARQL query URL
    user: str | None = None
    password: str | None = None


def oxigraph_binary() -> str | None:
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.exists() else shutil.which("oxigraph")


def missing(kind: str) -> str | None:
    if kind == "oxigraph":
        if oxigraph_binary() is None:
            return "no `oxigraph` server binary (pip install oxigraph; scripts/setup installs it)"
        return None
    if shutil.which("virtuoso-t") is None:
        return "Virtuoso is not installed (apt-get install virtuoso-opensource; scripts/setup tries as root)"
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(
                f"server exited ({process.returncode}): {log.read_text(errors='replace')[-800:]}"
            )
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return  # it answers
        except (urllib.error.URLError, OSError):
            time.sleep(0.3)
    raise RuntimeError(f"server did not answer {url} within {START_TIMEOUT:.0f} s")


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
CaseMode = 2
DirsAllowed = ., {share}/vad
VADInstallDir = {share}/vad/
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
ThreadsPerQuery = 1
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {vsp}
ServerThreads = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
"""


@contextmanager
def running(kind: str, folder: Path) -> Iterator[Server]:
    """A fresh server of ``kind`` ("oxigraph" or "virtuoso") with its data in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    port = free_port()
    log = folder / "server.log"
    if kind == "oxigraph":
        command = [
            str(oxigraph_binary()),
            "serve",
            "--location",
            str(folder / "data"),
            "--bind",
            f"127.0.0.1:{port}",
        ]
        server = Server(kind, f"http://127.0.0.1:{port}/query")
        probe = f"http://127.0.0.1:{port}/"
    else:
        ini = folder / "virtuoso.ini"
        ini.write_text(
            VIRTUOSO_INI.format(d=folder, sql=free_port(), http=port, share=VIRTUOSO_SHARE, vsp=VIRTUOSO_VSP),
            encoding="utf-8",
        )
        command = ["virtuoso-t", "-f", "-c", str(ini)]
        server = Server(kind, f"http://127.0.0.1:{port}/sparql", "dba", "dba")
        probe = f"http://127.0.0.1:{port}/sparql?query=ASK%7B%7D"
    with log.open("wb") as out:
        process = subprocess.Popen(
            command, cwd=folder, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        _wait(probe, process, log)
        yield server
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(5)
