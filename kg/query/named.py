"""The SPARQL ``kg`` itself runs, by name: one module instead of strings across the package.

The questions users ask are the canned queries of ``queries/`` (``kg queries``); the
queries here are the package's own: the CSV tables, the projections and graphs of
``kg analyze`` and ``kg viz``, stored scores, store statistics and the stakeholder
evaluation. Every query opens with :data:`PREFIXES` (the data model's prefixes), so the
modules that run them pass the text as it is.

Not here yet: the queries of ``kg.viz``, ``kg.explain``, ``kg.serve``, ``kg.evaluate.gold``,
``kg.resolve.identity`` and the stores (their modules are being rewritten elsewhere).
"""

from __future__ import annotations

import pyoxigraph as ox

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

#: every annotation of an entity, in either evidence form (kg.query.evidence: ``Quotes`` turns each
#: row into the span's offsets and words), article by article
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
