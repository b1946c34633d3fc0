"""Self-contained HTML pages: vendored scripts inlined, data as escaped JSON, a strict Content-Security-Policy.

Pages never load anything from the network: vis-network / vis-timeline and
the page scripts are inlined, the Content-Security-Policy allows only those
exact scripts (by hash), so an inline event handler smuggled in through data
(``<img onerror=...>``) could not run even if escaping failed somewhere.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from functools import cache
from pathlib import Path
from typing import Any

from kg import paths
from kg.output import write_text

ASSETS = paths.viz_assets()

#: characters that must not appear raw inside <script>: they could close the element or start a comment
_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


@cache
def asset(name: str) -> str:
    """Text of a vendored file in ``kg/viz/assets``."""
    return (ASSETS / name).read_text(encoding="utf-8")


def script_json(data: Any) -> str:
    """JSON safe to place inside a ``<script>`` element (``<``, ``>``, ``&`` as ``\\u003c`` etc.)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    for raw, escaped in _SCRIPT_ESCAPES.items():
        text = text.replace(raw, escaped)
    return text


def escape(text: object) -> str:
    """HTML-escape any value for element content or a quoted attribute."""
    return html.escape(str(text), quote=True)


def _sha256(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def _policy(scripts: list[str]) -> str:
    hashes = " ".join(_sha256(s) for s in scripts)
    return (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
        "font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'"
    )


def page(*, title: str, body: str, data: Any, scripts: list[str], css: str) -> str:
    """A whole HTML document: escaped title, ``body`` (already escaped), data JSON and inline scripts."""
    for script in scripts:
        if "</script" in script.lower():  # would end the element early; vendored files are checked here
            raise ValueError("inline script contains '</script'")
    tags = "\n".join(f"<script>{s}</script>" for s in scripts)
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{_policy(scripts)}">
<meta name="referrer" content="no-referrer">
<title>{escape(title)}</title>
<style>{css}</style>
</head>
<body>
{body}
<script type="application/json" id="kg-data">{script_json(data)}</script>
{tags}
</body>
</html>
"""


def write(path: Path, text: str) -> Path:
    """Write a page atomically, creating its folder."""
    return write_text(path, text)


def frame(title: str, info: str, view_id: str, hint: str, legend: str) -> str:
    """A page's static HTML: escaped heading and info line, search box, the view, side panel and legend."""
    return f"""<header>
<h1>{html.escape(title)}</h1>
<p id="kg-info">{html.escape(info)}</p>
<div class="search"><input id="kg-search" type="search" list="kg-names" autocomplete="off"
 placeholder="Cari nama / find a name" aria-label="Cari nama / find a name"><datalist id="kg-names"></datalist>
<span id="kg-status" role="status"></span></div>
</header>
<main><div id="{view_id}"></div>
<aside id="kg-panel" aria-live="polite"><p class="hint">{hint}</p></aside></main>
<footer id="kg-legend">{legend}</footer>"""
