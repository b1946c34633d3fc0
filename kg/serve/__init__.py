"""``kg serve``: a read-only SPARQL 1.1 endpoint with a query page over the store ``kg build`` writes.

* :mod:`kg.serve.app`: the HTTP server (standard library) and the protocol,
* :mod:`kg.serve.pool`: worker processes that run queries and are killed at the time limit,
* :mod:`kg.serve.snapshot`: the server reads a checkpoint, never a store a build is writing,
* :mod:`kg.serve.jobs`, :mod:`kg.serve.entity_page`, :mod:`kg.serve.pages`: what it answers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["Server"]

if TYPE_CHECKING:
    from kg.serve.app import Server


def __getattr__(name: str) -> Any:
    """``Server`` on first use: registering ``kg serve`` on the CLI must not load the HTTP server."""
    if name != "Server":
        raise AttributeError(f"module 'kg.serve' has no attribute {name!r}")
    from kg.serve.app import Server

    return Server
