"""The SPARQL ``kg`` itself runs, by name: one module instead of strings across the package.

The questions users ask are the canned queries of ``queries/`` (``kg queries``); the
queries here are the package's own: the CSV tables, the projections and graphs of
``kg analyze`` and ``kg viz``, stored scores, store statistics and the stakeholder
evaluation, kg explain, the details and timeline pages of ``kg viz``, the entity pages of
``kg serve``, the identity links of ``kg.resolve.identity`` and the gold-standard evaluation.
Every query opens with :data:`PREFIXES` (the data model's prefixes), so the modules that run
them pass the text as it is; ``statements_about``, ``CLEAR_IDENTITY``, the updates of identity resolution and
the gold-standard queries use full IRIs and have none.

Not here: the stores' own update mechanics (``kg.store``).
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.model.iris import BASE, IDENTITY_GRAPH
from kg.model.mapping import PRIMARY_LABELS
from kg.model.vocab import DCTERMS, KGO, RDF, RDFS, SPARQL_PREFIXES, type_values
from kg.query.evidence import TARGET, TARGET_VARIABLES
from kg.records import EntityType

PREFIXES = SPARQL_PREFIXES

# -- kg export --format csv / mentions -------------------------------------------------------------

#: the node types of the entities table and of the mentions export (``kg.model.vocab.NODE_CLASSES``)
ENTITY_TABLE_TYPES = tuple(t.value for t in EntityType)

TABLES = {  # table name -> the SELECT whose rows it holds
    "entities": """SELECT ?entity ?type ?label (GROUP_CONCAT(DISTINCT ?alt; separator="|") AS ?aliases) WHERE {
        ?entity a ?cls ; rdfs:label ?label .
        """
    + type_values(*ENTITY_TABLE_TYPES)
    + """
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

#: every mention with its article's headline; the target in either evidence form
#: (:data:`kg.query.evidence.TARGET`), rows in article order so each text is read once
MENTIONS = (
    PREFIXES
    + f"""SELECT ?article_title ?type ?entity {TARGET_VARIABLES} WHERE {{
    ?ann a oa:Annotation ; oa:hasBody ?entity .
    {TARGET}
    ?a schema:headline ?article_title .
    ?entity a ?cls .
    """
    + type_values(*ENTITY_TABLE_TYPES)
    + """
} ORDER BY ?a"""
)
TABLES = {name: PREFIXES + sparql for name, sparql in TABLES.items()}
MENTION_COLUMNS = ["article_title", "article", "start", "end", "text", "type", "entity"]


# -- the entity graph, memberships and the explore graph (kg.analyze.graph) -------------------------


def entity_labels(classes: list[str]) -> str:
    """Each node of these classes with its type, label, aliases and how many articles name it."""
    return (
        PREFIXES
        + """SELECT ?s ?type ?label (GROUP_CONCAT(DISTINCT ?alt; separator="|") AS ?aliases)
        (COUNT(DISTINCT ?article) AS ?articles) WHERE {
            ?s a ?type ; rdfs:label ?label .
            VALUES ?type { """
        + " ".join(f"<{cls}>" for cls in classes)
        + """ }
            OPTIONAL { ?s skos:altLabel ?alt }
            OPTIONAL { ?s prov:wasDerivedFrom ?article }
        } GROUP BY ?s ?type ?label"""
    )


def pairs(pattern: str, *, role: bool = False) -> str:
    """The distinct ``?a ?b`` (and ``?role``) a graph pattern binds: one kind of edge."""
    return PREFIXES + f"SELECT DISTINCT ?a ?b {'?role' if role else ''} WHERE {{ {pattern} }}"


MEMBERSHIPS = (
    PREFIXES
    + """SELECT ?m ?p ?role ?o ?olabel ?tenure ?day WHERE {
            ?m a org:Membership ; org:member ?p ; org:role ?r . ?r skos:prefLabel ?role .
            OPTIONAL { ?m org:organization ?o . OPTIONAL { ?o rdfs:label ?olabel } }
            OPTIONAL { ?m kgo:tenure ?tenure } OPTIONAL { ?m kgo:attestedOn ?day } }"""
)


def labelled(cls: str) -> str:
    """Every node of class ``cls`` (an IRI, or a prefixed name like ``schema:Person``) with its label."""
    term = cls if ":" in cls and not cls.startswith("http") else f"<{cls}>"
    return PREFIXES + f"SELECT ?s ?label WHERE {{ ?s a {term} ; <{RDFS.label.value}> ?label }}"


EVENT_DATES = PREFIXES + "SELECT ?e ?d WHERE { ?e a schema:Event ; schema:startDate ?d }"

ARTICLES = (
    PREFIXES
    + """SELECT ?a ?title ?date ?url WHERE { ?a a schema:NewsArticle ; schema:headline ?title .
            OPTIONAL { ?a schema:datePublished ?date } OPTIONAL { ?a schema:url ?url } }"""
)

ARTICLE_MENTIONS = PREFIXES + "SELECT ?a ?e WHERE { ?a a schema:NewsArticle ; schema:mentions ?e }"


# -- projections (kg.analyze.projections): ?group ?member rows ---------------------------------------

PERSONS_BY_ARTICLE = (
    PREFIXES
    + "SELECT ?group ?member WHERE { ?group a schema:NewsArticle ; schema:mentions ?member . ?member a schema:Person }"
)
PERSONS_BY_EVENT = (
    PREFIXES
    + """SELECT ?group ?member WHERE { ?group a schema:Event ; ?p ?member . ?member a schema:Person .
            VALUES ?p { schema:performer schema:attendee schema:organizer } }"""
)
ORGANIZATIONS_BY_EVENT = (
    PREFIXES
    + """SELECT ?group ?member WHERE { ?group a schema:Event ; ?p ?member . ?member a org:Organization .
            VALUES ?p { schema:performer schema:attendee schema:organizer } }"""
)


# -- stored scores (kg.analyze.metrics) ---------------------------------------------------------------


def stored_scores(metric: str) -> str:
    """``?e ?v``: the scores of ``metric`` written by ``kg analyze --write``."""
    if metric == "degree":
        return f"SELECT ?e ?v WHERE {{ ?e <{KGO.degree.value}> ?v }}"
    return (
        f"SELECT ?e ?v WHERE {{ ?e <{KGO.score.value}> ?s . "
        f"?s <{DCTERMS.identifier.value}> {ox.Literal(metric)} ; <{RDF.value.value}> ?v }}"
    )


def delete_scores(metric: str, graph: ox.NamedNode | None) -> str:
    """The update that removes the stored scores of ``metric`` from ``graph`` (None: the default graph)."""
    if metric == "degree":
        template = where = f"?e <{KGO.degree.value}> ?v ."
    else:
        template = f"?e <{KGO.score.value}> ?s . ?s ?p ?o ."
        where = f"?e <{KGO.score.value}> ?s . ?s <{DCTERMS.identifier.value}> {ox.Literal(metric)} ; ?p ?o ."

    def wrap(body: str) -> str:
        return f"GRAPH {graph} {{ {body} }}" if graph else body

    return f"DELETE {{ {wrap(template)} }} WHERE {{ {wrap(where)} }}"


# -- kg stats --------------------------------------------------------------------------------------


def node_counts(classes: dict[str, ox.NamedNode]) -> str:
    """``?name ?n``: how many nodes of each class, named as ``classes`` (name -> class) says."""
    values = " ".join(f'(<{cls.value}> "{name}")' for name, cls in classes.items())
    return (
        PREFIXES
        + f"SELECT ?name (COUNT(DISTINCT ?s) AS ?n) WHERE {{ VALUES (?cls ?name) {{ {values} }} ?s a ?cls }} GROUP BY ?name"
    )


# -- kg eval --stakeholders --------------------------------------------------------------------------

NAMES_BY_ARTICLE = (
    PREFIXES
    + """SELECT ?url ?title ?label WHERE {
            ?a a schema:NewsArticle ; schema:headline ?title ; schema:mentions ?e .
            OPTIONAL { ?a schema:url ?url }
            { ?e a schema:Person } UNION { ?e a org:Organization }
            { ?e rdfs:label ?label } UNION { ?e skos:altLabel ?label } }"""
)


# -- kg explain (kg.explain) -------------------------------------------------------------------------


def _literal(value: str) -> str:
    """A SPARQL string literal of ``value`` (quotes and backslashes escaped, newlines as spaces)."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def find_by_label(label: str) -> str:
    """``?s``: the entities (not roles) with this label or alias, case-insensitive, in IRI order."""
    return (
        PREFIXES
        + f"""SELECT DISTINCT ?s WHERE {{ {{ ?s rdfs:label ?l }} UNION {{ ?s skos:altLabel ?l }}
            FILTER(LCASE(STR(?l)) = LCASE({_literal(label)})) FILTER NOT EXISTS {{ ?s a org:Role }} }} ORDER BY ?s"""
    )


#: ``?s ?l``: every label and alias of the entities (not roles): the label index of kg explain
LABELS_AND_ALIASES = (
    PREFIXES
    + """SELECT DISTINCT ?s ?l WHERE { { ?s rdfs:label ?l } UNION { ?s skos:altLabel ?l }
            FILTER NOT EXISTS { ?s a org:Role } }"""
)


def label_and_types(node: str) -> str:
    """``?label ?type`` of ``node`` (``<iri>``)."""
    return PREFIXES + f"SELECT ?label ?type WHERE {{ {node} rdfs:label ?label ; a ?type }}"


def aliases(node: str) -> str:
    """``?alt``: the aliases of ``node`` (``<iri>``)."""
    return PREFIXES + f"SELECT ?alt WHERE {{ {node} skos:altLabel ?alt }}"


def memberships_of(node: str) -> str:
    """The memberships of ``node`` (``<iri>``: its person or its organisation), first and last attested day."""
    # Oxigraph joins largely in the order written: the query starts from the entity (a
    # subquery), never from every membership of the store
    return (
        PREFIXES
        + f"""SELECT ?role ?org ?who ?tenure (MIN(?d) AS ?first) (MAX(?d) AS ?last) WHERE {{
            {{ SELECT DISTINCT ?m WHERE {{ {{ ?m org:member {node} }} UNION {{ ?m org:organization {node} }} }} }}
            ?m a org:Membership ; org:role/skos:prefLabel ?role ; org:member ?p .
            ?p rdfs:label ?who . OPTIONAL {{ ?m org:organization/skos:prefLabel ?org }}
            OPTIONAL {{ ?m kgo:tenure ?tenure }} OPTIONAL {{ ?m kgo:attestedOn ?d }}
        }} GROUP BY ?role ?org ?who ?tenure ORDER BY ?first ?who"""
    )


def events_of(node: str) -> str:
    """``?name ?date ?rel``: the events ``node`` (``<iri>``) takes part in, and how."""
    return (
        PREFIXES
        + f"""SELECT ?name ?date ?rel WHERE {{ {{ SELECT ?e ?p WHERE {{ ?e ?p {node} }} }} ?e a schema:Event ; schema:name ?name .
            OPTIONAL {{ ?e schema:startDate ?date }} BIND(REPLACE(STR(?p), "^.*/", "") AS ?rel) }} ORDER BY ?date ?name"""
    )


def quotes_by(node: str) -> str:
    """``?t``: the text of each quotation of ``node`` (``<iri>``)."""
    return PREFIXES + f"SELECT ?t WHERE {{ ?q schema:creator {node} ; schema:text ?t }} ORDER BY ?t"


def annotation_targets(node: str, pool: int) -> str:
    """The targets (:data:`kg.query.evidence.TARGET`) of at most ``pool`` annotations about ``node``."""
    return (
        PREFIXES
        + f"""SELECT {TARGET_VARIABLES} WHERE {{
            {{ SELECT ?ann WHERE {{ ?ann oa:hasBody {node} }} LIMIT {pool} }} {TARGET} }}"""
    )


# -- the details of the nodes a kg viz page shows (kg.viz.details) ------------------------------------


def first_aliases(node: str, limit: int) -> str:
    """``?alt``: the first ``limit`` aliases of ``node`` (``<iri>``), in order."""
    return (
        PREFIXES + f"SELECT DISTINCT ?alt WHERE {{ {node} skos:altLabel ?alt }} ORDER BY ?alt LIMIT {limit}"
    )


def count(pattern: str) -> str:
    """``?n``: how many solutions a graph pattern has."""
    return PREFIXES + f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}"


def latest_articles(node: str, pool: int, limit: int) -> str:
    """``?title ?date ?url``: the latest ``limit`` of a pool of ``pool`` articles ``node`` (``<iri>``) comes from."""
    # a hub is mentioned by tens of thousands of articles: sort a bounded pool, not all of them
    return (
        PREFIXES
        + f"""SELECT ?title ?date ?url WHERE {{
            {{ SELECT DISTINCT ?a WHERE {{ {{ ?a schema:mentions {node} }} UNION {{ {node} prov:wasDerivedFrom ?a }} }}
               LIMIT {pool} }}
            ?a schema:headline ?title . OPTIONAL {{ ?a schema:datePublished ?date }} OPTIONAL {{ ?a schema:url ?url }}
            }} ORDER BY DESC(?date) ?title LIMIT {limit}"""
    )


def evidence_of(node: str, pool: int) -> str:
    """``?kind`` (1 role, 2 quote, 3 mention) and the target of at most ``pool`` annotations about ``node``."""
    # the sub-select pins the join order: annotations of this node first, then their spans (fast on hubs)
    return (
        "PREFIX oa: <http://www.w3.org/ns/oa#>\n"
        + PREFIXES
        + f"""SELECT ?kind {TARGET_VARIABLES} WHERE {{
            {{ SELECT DISTINCT ?ann ?kind WHERE {{
                {{ ?m org:member {node} . ?ann oa:hasBody ?m BIND(1 AS ?kind) }}
                UNION {{ ?q schema:creator {node} . ?ann oa:hasBody ?q BIND(2 AS ?kind) }}
                UNION {{ ?ann oa:hasBody {node} BIND(3 AS ?kind) }} }} LIMIT {pool} }}
            {TARGET} }}"""
    )


# -- the timeline page (kg.viz.timeline_page) -----------------------------------------------------------

#: dated events with a place and their number of participants
DATED_EVENTS = (
    PREFIXES
    + """SELECT ?e ?label ?date (SAMPLE(?where) AS ?place) (COUNT(DISTINCT ?who) AS ?n) WHERE {
            ?e a schema:Event ; rdfs:label ?label ; schema:startDate ?date .
            OPTIONAL { ?e schema:location ?l . ?l rdfs:label ?where }
            OPTIONAL { ?e schema:performer|schema:attendee|schema:organizer ?who }
        } GROUP BY ?e ?label ?date"""
)

PERSON_LABELS = PREFIXES + "SELECT ?p ?name WHERE { ?p a schema:Person ; rdfs:label ?name }"


# -- identity links (kg.resolve.identity) ---------------------------------------------------------------

PERSON_NAMES = (
    PREFIXES
    + """
        SELECT ?p ?name WHERE { ?p a schema:Person ; schema:name ?name } ORDER BY ?p ?name"""
)


def person_contexts(values: str) -> str:
    """``?p ?x ?office ?named``: the roles and organisations of the memberships of the persons ``values``
    (``<iri> ...``; ``?office`` bound for the organisations they hold an office in, not only a seat:
    an "Anggota ..." of a commission may chair another body), and the organisations and the roles
    (``?named`` bound) named in their articles; each pair once (a person named in thousands of
    articles would otherwise repeat each organisation once per article sharing it, every row read
    into Python: 33 s of adding 100 articles to a 100,000-article store)."""
    return (
        PREFIXES
        + f"""
        SELECT DISTINCT ?p ?x ?office ?named WHERE {{
          VALUES ?p {{ {values} }}
          {{ ?m org:member ?p .
            {{ ?m org:role ?x }} UNION {{ ?m org:organization ?x }}
            UNION
            {{ ?m org:organization ?x ; org:role ?r . FILTER(!STRSTARTS(STR(?r), "{BASE}role/anggota"))
               BIND(true AS ?office) }} }}
          UNION
          {{ GRAPH ?g {{ ?p a schema:Person . ?x a org:Organization }} }}
          UNION
          {{ GRAPH ?g {{ ?p a schema:Person . ?x a org:Role }} BIND(true AS ?named) }}
        }}"""
    )


def named_together(one: str, other: str) -> str:
    """A row when one article graph states both persons (IRIs ``one`` and ``other``)."""
    return (
        PREFIXES
        + f"""
        SELECT ?g WHERE {{ GRAPH ?g {{ <{one}> a schema:Person . <{other}> a schema:Person }} }} LIMIT 1"""
    )


def graphs_naming(cls: str) -> str:
    """``?n ?k``: each node of class ``cls`` and in how many graphs (articles) it is stated."""
    return (
        PREFIXES
        + f"""
        SELECT ?n (COUNT(DISTINCT ?g) AS ?k) WHERE {{ GRAPH ?g {{ ?n a {cls} }} }} GROUP BY ?n"""
    )


def names_and_aliases(cls: str) -> str:
    """``?n ?name ?alias``: each node of class ``cls`` with its names and aliases."""
    return (
        PREFIXES
        + f"""
        SELECT ?n ?name ?alias WHERE {{
          ?n a {cls} ; schema:name|skos:prefLabel ?name . OPTIONAL {{ ?n skos:altLabel ?alias }}
        }} ORDER BY ?n ?name"""
    )


#: the predicates of a node's primary label, as SPARQL terms
_PRIMARY = " ".join(f"<{p}>" for p in sorted(PRIMARY_LABELS))
#: ``?s``: the nodes the merged graph labels more than one way (two articles spelling one node two ways)
SPELLED_APART = f"""
    SELECT ?s WHERE {{ VALUES ?p {{ {_PRIMARY} }} ?s ?p ?l FILTER(isLiteral(?l)) }}
    GROUP BY ?s HAVING (COUNT(DISTINCT ?l) > 1) ORDER BY ?s"""


def primary_labels(values: str) -> str:
    """``?s ?p ?l ?g``: the primary labels (``schema:name``, ``skos:prefLabel``, ``rdfs:label``) of the nodes
    ``values`` (``<iri> ...``) in each article graph stating them."""
    return f"""
        SELECT ?s ?p ?l ?g WHERE {{
          VALUES ?s {{ {values} }} VALUES ?p {{ {_PRIMARY} }}
          GRAPH ?g {{ ?s ?p ?l }} FILTER(?g != <{IDENTITY_GRAPH.value}>)
        }}"""


#: the update that removes every identity decision an earlier resolution recorded (close matches,
#: merge records) from the identity graph and from the merged graph
CLEAR_IDENTITY = f"""
DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{IDENTITY_GRAPH.value}> {{ ?s ?p ?o }} }};
DROP SILENT GRAPH <{IDENTITY_GRAPH.value}>
"""

#: ``?m ?original ?added``: the merges and label choices of the last resolution, the last made first
#: (the order to undo them)
MERGE_RECORDS = (
    PREFIXES
    + f"""
        SELECT ?m ?original ?added WHERE {{ GRAPH <{IDENTITY_GRAPH.value}> {{
          ?m kgo:step ?step ; kgo:originalStatements ?original .
          OPTIONAL {{ ?m kgo:addedStatements ?added }} }} }} ORDER BY DESC(?step)"""
)

#: ``?h``: the content hash of every stored article
ARTICLE_HASHES = PREFIXES + "SELECT ?h WHERE { ?a a schema:NewsArticle ; kgo:contentHash ?h }"


def _data(quads: list[ox.Quad]) -> str:
    """``quads`` as the body of ``INSERT DATA`` / ``DELETE DATA``: merged-graph triples, then each named graph."""
    by_graph: dict[str, list[str]] = {}
    for quad in quads:
        graph = "" if isinstance(quad.graph_name, ox.DefaultGraph) else str(quad.graph_name)
        by_graph.setdefault(graph, []).append(f"{ox.Triple(quad.subject, quad.predicate, quad.object)} .")
    return " ".join(
        "\n".join(lines) if not graph else f"GRAPH {graph} {{ " + "\n".join(lines) + " }"
        for graph, lines in sorted(by_graph.items())
    )


def rewrite(remove: list[ox.Quad], add: list[ox.Quad]) -> str:
    """The update that deletes ``remove`` and then inserts ``add`` (quads as they are, no prefixes)."""
    parts = []
    if remove:
        parts.append(f"DELETE DATA {{ {_data(remove)} }}")
    if add:
        parts.append(f"INSERT DATA {{ {_data(add)} }}")
    return " ;\n".join(parts)


def drop_unasserted(triples: list[ox.Triple]) -> str:
    """The update that deletes those of ``triples`` from the merged graph that no named graph states any more."""
    if not triples:
        return ""
    values = "\n".join(f"({t.subject} {t.predicate} {t.object})" for t in triples)
    return (
        f"DELETE {{ ?s ?p ?o }} WHERE {{ VALUES (?s ?p ?o) {{ {values} }} ?s ?p ?o "
        "FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }"
    )


def merges_into(node: str) -> str:
    """The nodes merged into ``node`` (``<iri>``), directly or through a node merged into it: ``?old ?reason
    ?n`` (articles that stated the merged node), ``?label``, ``?context`` with ``?context_label``."""
    return (
        PREFIXES
        + f"""
        SELECT ?old ?label ?reason ?n ?context ?context_label WHERE {{
          GRAPH <{IDENTITY_GRAPH.value}> {{
            ?m kgo:mergedInto/(^kgo:mergedNode/kgo:mergedInto)* {node} .
            ?m kgo:mergedNode ?old ; kgo:mergeReason ?reason ; kgo:articleCount ?n .
            OPTIONAL {{ ?m kgo:mergedLabel ?label }} }}
          OPTIONAL {{ GRAPH <{IDENTITY_GRAPH.value}> {{ ?m kgo:sharedContext ?context }}
                     OPTIONAL {{ ?context rdfs:label ?context_label }} }}
        }} ORDER BY ?old ?label ?context_label"""
    )


def alias_articles(node: str) -> str:
    """``?alt ?n``: each alias of ``node`` (``<iri>``) and how many articles' graphs state it."""
    # only the articles' graphs (a SPARQL server keeps the merged graph in a named graph of its own)
    return (
        PREFIXES
        + f"""SELECT ?alt (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ {node} skos:altLabel ?alt }}
            FILTER(STRSTARTS(STR(?g), "{BASE}graph/") && ?g != <{IDENTITY_GRAPH.value}>) }}
            GROUP BY ?alt ORDER BY ?alt"""
    )


def close_matches_of(node: str) -> str:
    """``?other ?label ?reason``: the nodes linked to ``node`` (``<iri>``) by ``skos:closeMatch`` for review,
    and why they were not merged (their ``kgo:IdentityLink``, when recorded)."""
    return (
        PREFIXES
        + f"""SELECT DISTINCT ?other ?label ?reason WHERE {{
            {{ {node} skos:closeMatch ?other }} UNION {{ ?other skos:closeMatch {node} }}
            OPTIONAL {{ GRAPH <{IDENTITY_GRAPH.value}> {{ ?link kgo:linkReason ?reason .
                {{ ?link kgo:linkedNode {node} ; kgo:candidate ?other }} UNION {{ ?link kgo:linkedNode ?other ; kgo:candidate {node} }} }} }}
            OPTIONAL {{ ?other rdfs:label ?label }} }} ORDER BY ?label ?other"""
    )


# -- the entity pages of kg serve (kg.serve.entity_page, kg.serve.jobs) ----------------------------------


def articles_naming(node: str) -> str:
    """``?a``: the articles that mention ``node`` (``<iri>``) or hold an evidence annotation of it.

    Their headlines, links and dates come from :func:`sources_of`, by IRI: joined here, the article
    IRI computed from a compact annotation's target is matched against every headline of the store
    (as :func:`kg.query.evidence.headlines` explains), seconds per entity page on a big store.
    """
    return (
        PREFIXES
        + f"""SELECT DISTINCT ?a WHERE {{
            {{ ?ann oa:hasBody {node} ; oa:hasTarget ?t . OPTIONAL {{ ?t oa:hasSource ?source }}
               BIND(COALESCE(?source, IRI(STRBEFORE(STR(?t), "#char="))) AS ?a) }}
            UNION {{ ?a schema:mentions {node} }}
        }}"""
    )


def sources_of(articles: list[str]) -> str:
    """``?a ?headline ?url ?date``: the latest 50 of ``articles`` (IRIs, from :func:`articles_naming`)."""
    values = " ".join(f"<{a}>" for a in sorted(articles))
    return (
        PREFIXES
        + f"""SELECT DISTINCT ?a ?headline ?url ?date WHERE {{
            VALUES ?a {{ {values} }}
            ?a schema:headline ?headline . OPTIONAL {{ ?a schema:url ?url }} OPTIONAL {{ ?a schema:datePublished ?date }}
        }} ORDER BY DESC(?date) ?headline LIMIT 50"""
    )


def links_from(node: str) -> str:
    """``?p ?o ?label``: the resources ``node`` (``<iri>``) links to, with their labels."""
    return (
        PREFIXES
        + f"""SELECT DISTINCT ?p ?o ?label WHERE {{ {node} ?p ?o . FILTER(isIRI(?o) && STRSTARTS(STR(?o), "{BASE}"))
            OPTIONAL {{ ?o rdfs:label|schema:name|skos:prefLabel|schema:headline ?label }} }} ORDER BY ?p ?label LIMIT 200"""
    )


def links_to(node: str) -> str:
    """``?s ?p ?label``: the resources (not annotations) that link to ``node`` (``<iri>``), with their labels."""
    return (
        PREFIXES
        + f"""SELECT DISTINCT ?s ?p ?label WHERE {{ ?s ?p {node} . FILTER(STRSTARTS(STR(?s), "{BASE}"))
            FILTER NOT EXISTS {{ ?s a oa:Annotation }}
            OPTIONAL {{ ?s rdfs:label|schema:name|skos:prefLabel|schema:headline ?label }} }} ORDER BY ?p ?label LIMIT 200"""
    )


def statements_about(node: str) -> str:
    """The triples with ``node`` (``<iri>``) as subject or object (no prefixes: the text as sent)."""
    return (
        f"CONSTRUCT {{ {node} ?p ?o . ?s ?q {node} }} WHERE {{ {{ {node} ?p ?o }} UNION {{ ?s ?q {node} }} }}"
    )


# -- the gold-standard evaluation (kg.evaluate.gold) -----------------------------------------------------
# It reads any graph, in any vocabulary: the predicates and classes come in as full IRIs
# (``<iri> <iri> ...``), and the queries have no prefixes.


def subclass_pairs(subclass_of: str) -> str:
    """``?c ?d``: each class and a class it is stated a subclass of (``subclass_of``: the predicate's IRI)."""
    return f"SELECT ?c ?d WHERE {{ ?c <{subclass_of}> ?d }}"


#: ``?c``: every class a node of the graph has
USED_CLASSES = "SELECT DISTINCT ?c WHERE { ?s a ?c }"


def instances(classes: str, var: str = "s") -> str:
    """``?s`` (or ``?var``): the nodes of any of ``classes`` (``<iri> <iri> ...``)."""
    return f"SELECT DISTINCT ?{var} WHERE {{ VALUES ?c {{ {classes} }} ?{var} a ?c }}"


def literal_values(predicates: str) -> str:
    """``?s ?p ?o``: the literal values of any of ``predicates`` (``<iri> <iri> ...``)."""
    return f"SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ {predicates} }} ?s ?p ?o FILTER isLiteral(?o) }}"


def values_of(predicates: str) -> str:
    """``?s ?p ?o``: the values of any of ``predicates`` (``<iri> <iri> ...``)."""
    return f"SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ {predicates} }} ?s ?p ?o }}"


def linked_by(predicates: str) -> str:
    """``?s ?o``: the nodes linked by any of ``predicates`` (``<iri> <iri> ...``)."""
    return f"SELECT ?s ?o WHERE {{ VALUES ?p {{ {predicates} }} ?s ?p ?o }}"


def membership_parts(membership: str, org: str) -> str:
    """``?m ?p ?o ?r``: each node of class ``membership`` with its member, organisation and role
    (``org``: the namespace of the W3C Organization Ontology)."""
    return f"""SELECT ?m ?p ?o ?r WHERE {{ ?m a <{membership}> OPTIONAL {{ ?m <{org}member> ?p }}
                OPTIONAL {{ ?m <{org}organization> ?o }} OPTIONAL {{ ?m <{org}role> ?r }} }}"""


def neighbours(nodes: str) -> str:
    """``?x ?y``: the nodes linked to each of ``nodes`` (``<iri> <iri> ...``) in either direction."""
    return f"SELECT ?x ?y WHERE {{ VALUES ?x {{ {nodes} }} {{ ?x ?p ?y }} UNION {{ ?y ?p ?x }} }}"


# -- the query page of kg serve (kg.serve.pages) ---------------------------------------------------------

#: the query a new tab of the query page starts with: the prefixes and a first look at the entities
NEW_TAB_QUERY = (
    PREFIXES + "\nSELECT ?entity ?label ?type WHERE {\n  ?entity rdfs:label ?label ; a ?type .\n}\nLIMIT 50\n"
)
