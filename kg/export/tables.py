"""Tidy CSV tables (entities, memberships, events, participants, quotes, awards) and the mentions table."""

from __future__ import annotations

import errno
from pathlib import Path

from kg.analyze.graph import PREFIXES
from kg.export import register_format
from kg.output import atomic_write, csv_writer
from kg.query.evidence import TARGET, TARGET_VARIABLES, Quotes
from kg.store import Store, term_value
from kg.text.spans import outermost

TABLES = {
    "entities": """SELECT ?entity ?type ?label (GROUP_CONCAT(DISTINCT ?alt; separator="|") AS ?aliases) WHERE {
        ?entity a ?cls ; rdfs:label ?label .
        VALUES (?cls ?type) { (schema:Person "Person") (org:Organization "Organization") (schema:Place "Place")
                              (kgo:Program "Program") (schema:Legislation "Legislation") (org:Role "Role") }
        OPTIONAL { ?entity skos:altLabel ?alt } } GROUP BY ?entity ?type ?label ORDER BY ?type ?label ?entity""",
    "memberships": """SELECT ?membership ?person ?person_name ?role ?role_label ?organization ?organization_label ?tenure
        (MIN(?day) AS ?first_attested) (MAX(?day) AS ?last_attested) WHERE {
        ?membership a org:Membership ; org:member ?person ; org:role ?role .
        ?person schema:name ?person_name . ?role skos:prefLabel ?role_label .
        OPTIONAL { ?membership org:organization ?organization . ?organization skos:prefLabel ?organization_label }
        OPTIONAL { ?membership kgo:tenure ?tenure } OPTIONAL { ?membership kgo:attestedOn ?day }
        } GROUP BY ?membership ?person ?person_name ?role ?role_label ?organization ?organization_label ?tenure
        ORDER BY ?person_name ?role_label ?membership""",
    "events": """SELECT ?event ?name ?date ?location ?location_name WHERE {
        ?event a schema:Event ; schema:name ?name .
        OPTIONAL { ?event schema:startDate ?date } OPTIONAL { ?event schema:location ?location . ?location schema:name ?location_name }
        } ORDER BY ?date ?name ?event""",
    "participants": """SELECT ?event ?relation ?participant ?participant_label WHERE {
        ?event a schema:Event ; ?p ?participant . ?participant rdfs:label ?participant_label .
        VALUES (?p ?relation) { (schema:performer "performer") (schema:attendee "attendee") (schema:organizer "organizer") }
        } ORDER BY ?event ?relation ?participant_label""",
    "quotes": """SELECT ?quote ?speaker ?speaker_name ?text ?article WHERE {
        ?quote a schema:Quotation ; schema:text ?text ; schema:creator ?speaker ; schema:isPartOf ?article .
        ?speaker schema:name ?speaker_name } ORDER BY ?article ?speaker_name ?text""",
    "awards": """SELECT ?award ?name ?recipient ?recipient_label ?conferred_by ?conferred_by_label WHERE {
        ?award a kgo:Award ; schema:name ?name .
        OPTIONAL { ?award kgo:awardedTo ?recipient . ?recipient rdfs:label ?recipient_label }
        OPTIONAL { ?award kgo:conferredBy ?conferred_by . ?conferred_by rdfs:label ?conferred_by_label }
        } ORDER BY ?name ?award""",
}

MENTIONS = f"""PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT ?article_title ?type ?entity {TARGET_VARIABLES} WHERE {{
    ?ann a oa:Annotation ; oa:hasBody ?entity .
    {TARGET}
    ?a schema:headline ?article_title .
    ?entity a ?cls .
    VALUES (?cls ?type) {{ (schema:Person "Person") (org:Organization "Organization") (schema:Place "Place")
                          (kgo:Program "Program") (schema:Legislation "Legislation") (org:Role "Role") }}
}} ORDER BY ?a"""
MENTION_COLUMNS = ["article_title", "article", "start", "end", "text", "type", "entity"]


def write_rows(store: Store, sparql: str, path: Path) -> int:
    """Run a SELECT and write its rows as CSV with a header; returns the row count."""
    solutions = store.query(PREFIXES + sparql)
    names = [v.value for v in solutions.variables]  # type: ignore[union-attr]
    count = 0
    with atomic_write(path, newline="") as handle:
        writer = csv_writer(handle)
        writer.writerow(names)
        for row in solutions:  # type: ignore[union-attr]
            writer.writerow([term_value(row[n]) for n in names])
            count += 1
    return count


@register_format("csv", "", folder=True)
def write_csv(store: Store, path: Path) -> None:
    """CSV tables in a folder: entities, memberships, events, participants, quotes, awards."""
    if path.exists() and not path.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "is a file; csv writes a folder of tables", str(path))
    path.mkdir(parents=True, exist_ok=True)
    for name, sparql in TABLES.items():
        write_rows(store, sparql, path / f"{name}.csv")


def mention_rows(store: Store) -> list[list[str]]:
    """Flat mentions (``kg.text.spans.outermost``), per article, in text order.

    Nested mentions (a region inside an organisation's name, inside an office
    title) stay in the graph as evidence but are not rows: one row per span, as
    flat named-entity annotation expects.
    """
    by_article: dict[str, list[tuple[int, int, str, list[str]]]] = {}
    titles: dict[str, list[tuple[int, int]]] = {}
    solutions = store.query(PREFIXES + MENTIONS)
    names = [v.value for v in solutions.variables]  # type: ignore[union-attr]
    quotes = Quotes(store)  # rows come article by article: each text is read once
    for row in solutions:  # type: ignore[union-attr]
        values = {name: term_value(row[name]) for name in names if row[name] is not None}
        quote = quotes.quote(values)
        if quote is None or quote.start is None or quote.end is None:
            continue
        start, end, kind = quote.start, quote.end, values["type"]
        cells = [
            values["article_title"],
            quote.article,
            str(start),
            str(end),
            quote.exact,
            kind,
            values["entity"],
        ]
        if kind == "Role":
            titles.setdefault(cells[1], []).append((start, end))
        else:
            by_article.setdefault(cells[1], []).append((start, end, kind, cells))
    for mentions in by_article.values():  # the order the rows had when SPARQL sorted them
        mentions.sort(key=lambda m: (m[0], m[1], m[2], m[3][6]))
    rows = []
    for article in sorted(by_article):
        flat = outermost(by_article[article], titles.get(article, []))
        rows.extend(m[3] for m in sorted(flat, key=lambda m: (m[0], m[1], m[2])))
    return rows


@register_format("mentions", ".csv")
def write_mentions(store: Store, path: Path) -> None:
    """Mentions CSV: one row per (outermost) entity mention, with character offsets into the article body."""
    with atomic_write(path, newline="") as handle:
        writer = csv_writer(handle)
        writer.writerow(MENTION_COLUMNS)
        writer.writerows(mention_rows(store))
