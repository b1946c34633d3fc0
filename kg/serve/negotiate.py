"""Content negotiation for the endpoint: which format a client's ``Accept`` header asks for.

>>> best("application/sparql-results+xml;q=0.9, text/csv", ["application/sparql-results+json", "text/csv"])
'text/csv'
>>> best("*/*", ["text/turtle", "application/n-triples"])
'text/turtle'
>>> best("", ["text/turtle"])
'text/turtle'
>>> best("image/png", ["text/turtle"]) is None
True
"""

from __future__ import annotations

import pyoxigraph as ox

#: SELECT and ASK results: media type → pyoxigraph format (first = default)
RESULT_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
}

#: CONSTRUCT and DESCRIBE results and RDF documents: media type → pyoxigraph format (first = default)
GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "text/n3": ox.RdfFormat.TURTLE,  # Turtle is valid N3
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/xml": ox.RdfFormat.RDF_XML,
    "application/json": ox.RdfFormat.JSON_LD,
}


def _ranges(accept: str) -> list[tuple[float, int, str]]:
    """``(quality, position, media range)`` of each entry of an Accept header."""
    found = []
    for position, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        quality = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        found.append((quality, position, media))
    return found


def _matches(media_range: str, media: str) -> bool:
    if media_range in {"*/*", "*"}:
        return True
    if media_range.endswith("/*"):
        return media.startswith(media_range[:-1])
    return media_range == media


def best(accept: str | None, offered: list[str]) -> str | None:
    """The offered media type the header prefers (the first offered on a tie); ``None`` if none is acceptable."""
    ranges = _ranges(accept or "")
    if not ranges:
        return offered[0]
    scored = []
    for order, media in enumerate(offered):
        # the most specific range that matches decides the quality of this type
        matching = [r for r in ranges if _matches(r[2], media)]
        if not matching:
            continue
        specific = max(matching, key=lambda r: (r[2] == media, not r[2].startswith("*"), -r[1]))
        if specific[0] > 0:
            exact = specific[2] == media
            scored.append((-specific[0], not exact, specific[1] if exact else order, order, media))
    return min(scored)[4] if scored else None
