"""Headless Chromium over the DevTools protocol on a pipe: open a page offline, evaluate, screenshot.

Used by the browser tests, the benchmark and for README screenshots. It needs
only the Debian ``chromium`` package (no driver, no Python package): Chromium
speaks the DevTools protocol on file descriptors 3 and 4 when started with
``--remote-debugging-pipe``, one JSON message per NUL-terminated record.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Any

from kg.output import atomic_write

CHROMIUM_PATHS = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--mute-audio",
    "--hide-scrollbars",
    # no network at all: every host name fails to resolve and no proxy is reachable
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--proxy-server=http://127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
)


class BrowserError(RuntimeError):
    """Chromium is missing, died, or did not answer in time."""


def find_chromium() -> str | None:
    """Path of a Chromium binary, or None."""
    for path in (os.environ.get("KG_CHROMIUM"), *CHROMIUM_PATHS):
        if path and Path(path).exists():
            return path
    return shutil.which("chromium")


class Chromium:
    """One headless Chromium with one page; collects console errors, dialogs and network requests."""

    def __init__(
        self, *, width: int = 1280, height: int = 800, timeout: float = 30.0, loopback: bool = False
    ) -> None:
        """``loopback=True`` lets pages reach servers on 127.0.0.1 (kg serve's tests); all else stays cut off."""
        binary = find_chromium()
        if binary is None:
            raise BrowserError("no Chromium found (install Debian's chromium package: scripts/browser-setup)")
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="kg-chromium-")
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()
        self.loopback = loopback
        self._proc = self._spawn(binary, to_child_r, from_child_w, width, height)
        os.close(to_child_r)
        os.close(from_child_w)
        self._buffer = b""
        self._next_id = 0
        self.session: str | None = None
        self.events: list[dict[str, Any]] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.requests: list[str] = []

    def _spawn(
        self, binary: str, read_fd: int, write_fd: int, width: int, height: int
    ) -> subprocess.Popen[bytes]:
        def remap() -> None:
            # runs in the child before exec: Chromium reads commands on fd 3 and writes replies on fd 4;
            # move both ends above 4 first so that neither dup2 clobbers the other
            high_read, high_write = (
                fcntl.fcntl(read_fd, fcntl.F_DUPFD, 10),
                fcntl.fcntl(write_fd, fcntl.F_DUPFD, 10),
            )
            os.dup2(high_read, 3)
            os.dup2(high_write, 4)

        flags = list(FLAGS)
        if (
            self.loopback
        ):  # 127.0.0.1 resolves and goes direct; every other host still fails or hits the dead proxy
            flags.remove("--proxy-bypass-list=<-loopback>")
            flags[flags.index("--host-resolver-rules=MAP * ~NOTFOUND")] += ", EXCLUDE 127.0.0.1"
        args = [
            binary,
            *flags,
            f"--user-data-dir={self.profile}",
            f"--window-size={width},{height}",
            "--remote-debugging-pipe",
            "about:blank",
        ]
        # close_fds=False: fds 3 and 4 are made in preexec_fn, after pass_fds is applied; every other
        # descriptor Python opened is close-on-exec anyway
        return subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=remap,
            close_fds=False,
        )

    # -- protocol -----------------------------------------------------------------------------

    def _send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> int:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_child, json.dumps(message).encode() + b"\0")
        return self._next_id

    def _read(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_child], [], [], left)[0]:
                raise BrowserError("Chromium did not answer in time")
            chunk = os.read(self._from_child, 1 << 20)
            if not chunk:
                raise BrowserError("Chromium closed the DevTools pipe (crashed?)")
            self._buffer += chunk
        record, _, self._buffer = self._buffer.partition(b"\0")
        message: dict[str, Any] = json.loads(record)
        return message

    def _event(self, message: dict[str, Any]) -> None:
        method, params = message.get("method", ""), message.get("params", {})
        self.events.append(message)
        if method == "Page.javascriptDialogOpening":
            self.dialogs.append(params.get("message", ""))
            self._send("Page.handleJavaScriptDialog", {"accept": True}, message.get("sessionId"))
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            self.errors.append(
                details.get("exception", {}).get("description") or details.get("text", "exception")
            )
        elif method == "Runtime.consoleAPICalled" and params.get("type") in {"error", "assert"}:
            self.errors.append(
                " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))
            )
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            self.errors.append(params["entry"].get("text", "log error"))
        elif method == "Network.requestWillBeSent":
            self.requests.append(params.get("request", {}).get("url", ""))

    def call(
        self,
        method: str,
        params: dict[str, Any] | None = None,
        *,
        session: bool = True,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Send a command (to the page session unless ``session=False``) and return its result."""
        wanted = self._send(method, params, self.session if session else None)
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            message = self._read(deadline)
            if message.get("id") == wanted:
                if "error" in message:
                    raise BrowserError(f"{method}: {message['error'].get('message')}")
                result: dict[str, Any] = message.get("result", {})
                return result
            if "method" in message:
                self._event(message)

    def pump(self, seconds: float) -> None:
        """Process events for a while (dialogs get answered, errors recorded)."""
        deadline = time.monotonic() + seconds
        try:
            while True:
                self._event(self._read(deadline))
        except BrowserError:
            if self._proc.poll() is not None:
                raise

    # -- pages ----------------------------------------------------------------------------------

    def open(
        self,
        url: str,
        *,
        ready: str = "document.readyState === 'complete'",
        timeout: float | None = None,
        offline: bool = True,
    ) -> float:
        """Open ``url`` in a fresh tab, wait until ``ready`` is true; returns seconds taken.

        ``offline`` (the default) cuts the tab from every network; pages served by a test's own
        server on loopback need ``offline=False`` (host names still resolve nowhere, see FLAGS).
        """
        target = self.call("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        self.session = self.call(
            "Target.attachToTarget", {"targetId": target, "flatten": True}, session=False
        )["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable")
        self.call(
            "Network.emulateNetworkConditions",
            {"offline": offline, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1},
        )
        start = time.monotonic()
        self.call("Page.navigate", {"url": url})
        self.wait_for(ready, timeout or self.timeout)
        return time.monotonic() - start

    def evaluate(self, expression: str) -> Any:
        """Value of a JavaScript expression in the page (JSON-serialisable results only)."""
        result = self.call(
            "Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True}
        )
        if "exceptionDetails" in result:
            raise BrowserError(f"{expression!r} threw: {result['exceptionDetails'].get('text')}")
        return result.get("result", {}).get("value")

    def wait_for(self, expression: str, timeout: float | None = None) -> None:
        """Poll until ``expression`` is truthy in the page."""
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            try:
                if self.evaluate(f"Boolean({expression})"):
                    return
            except BrowserError:
                pass  # the page may still be navigating
            if time.monotonic() > deadline:
                raise BrowserError(f"timed out waiting for {expression}")
            self.pump(0.05)

    def screenshot(self, path: Path) -> Path:
        """Write a PNG of the visible page."""
        data = self.call("Page.captureScreenshot", {"format": "png"})["data"]
        with atomic_write(path, "wb") as handle:
            handle.write(base64.b64decode(data))
        return path

    # -- lifetime -------------------------------------------------------------------------------

    def close(self) -> None:
        """End Chromium and remove its profile."""
        try:
            self._send("Browser.close")
            self._proc.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            self._proc.kill()
            self._proc.wait()
        finally:
            for fd in (self._to_child, self._from_child):
                with contextlib.suppress(OSError):
                    os.close(fd)
            shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self) -> Chromium:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
