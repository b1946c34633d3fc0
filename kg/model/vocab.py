"""RDF terms as code: a misspelt term raises instead of minting a wrong IRI.

The published data model (schema.org, W3C ORG, PROV-O, SKOS, Web Annotation)
is the contract researchers' queries rely on; ``KGO`` is the project ontology
(``ontology/kg.ttl``).
"""

from __future__ import annotations

from pyoxigraph import NamedNode


class Namespace:
    """A closed vocabulary: attribute access yields ``NamedNode`` for known terms only."""

    def __init__(self, base: str, terms: str) -> None:
        self.base = base
        self._terms = frozenset(terms.split())

    def __getattr__(self, name: str) -> NamedNode:
        if name.startswith("_") or name not in self._terms:
            raise AttributeError(f"{name!r} is not a term of <{self.base}>")
        term = NamedNode(self.base + name)
        setattr(self, name, term)  # made once: the mapping reads terms for every statement
        return term

    def __getitem__(self, name: str) -> NamedNode:
        return self.__getattr__(name)

    def __contains__(self, name: str) -> bool:
        return name in self._terms


RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "type value")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#", "label comment subClassOf")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#", "date dateTime string integer decimal double")
SCHEMA = Namespace(
    "https://schema.org/",
    """NewsArticle headline mentions datePublished url text name Person Organization
    GovernmentOrganization Place Event Quotation Legislation creator isPartOf startDate endDate
    location organizer performer attendee about containedInPlace honorificPrefix honorificSuffix
    legislationIdentifier legislationPassedBy award recipient provider articleBody""",
)
ORG = Namespace(
    "http://www.w3.org/ns/org#",
    "Organization Role Membership member organization role memberDuring subOrganizationOf",
)
PROV = Namespace("http://www.w3.org/ns/prov#", "wasDerivedFrom wasGeneratedBy Activity")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#", "prefLabel altLabel closeMatch")
DCTERMS = Namespace("http://purl.org/dc/terms/", "source identifier")
TIME = Namespace("http://www.w3.org/2006/time#", "Interval Instant hasBeginning hasEnd inXSDDate")
OA = Namespace(
    "http://www.w3.org/ns/oa#",
    """Annotation hasTarget hasBody hasSource hasSelector TextQuoteSelector TextPositionSelector
    exact prefix suffix start end SpecificResource""",
)
KGO = Namespace(
    "https://w3id.org/kg-id/ontology#",
    """Program Award Meeting Ceremony Election Visit Launch Socialization Inspection Training
    Inauguration Celebration Patrol contentHash tenure conferredBy awardedTo kind extractor
    evidence regionCode source holdsRole attestedOn degree closeness score confidence
    IdentityMerge IdentityResolution mergedNode mergedInto mergedLabel mergeReason sharedContext
    articleCount step originalStatements addedStatements IdentityLink linkedNode candidate linkReason
    LabelChoice labelledNode""",
)

PREFIXES: dict[str, str] = {
    "rdf": RDF.base,
    "rdfs": RDFS.base,
    "xsd": XSD.base,
    "schema": SCHEMA.base,
    "org": ORG.base,
    "prov": PROV.base,
    "skos": SKOS.base,
    "dcterms": DCTERMS.base,
    "time": TIME.base,
    "oa": OA.base,
    "kgo": KGO.base,
    "kg": "https://w3id.org/kg-id/resource/",
}

#: The prologue every query of the package starts with: all prefixes of the data model.
SPARQL_PREFIXES = "".join(f"PREFIX {name}: <{base}>\n" for name, base in PREFIXES.items())

#: Node type (``kg.records.EntityType`` values, and the event, award and article nodes) → its
#: RDF class: the one table of them. Most specific first: a node with several of these classes
#: (an organisation that is also a place) is shown as the first.
NODE_CLASSES: dict[str, NamedNode] = {
    "Person": SCHEMA.Person,
    "Organization": ORG.Organization,
    "Legislation": SCHEMA.Legislation,
    "Program": KGO.Program,
    "Event": SCHEMA.Event,
    "Award": KGO.Award,
    "Place": SCHEMA.Place,
    "Role": ORG.Role,
    "Article": SCHEMA.NewsArticle,
}


def type_values(*types: str, cls: str = "?cls", type: str = "?type") -> str:
    """A SPARQL ``VALUES`` block pairing each node type's class with its name.

    >>> type_values("Person", "Role")
    'VALUES (?cls ?type) { (<https://schema.org/Person> "Person") (<http://www.w3.org/ns/org#Role> "Role") }'
    """
    pairs = " ".join(f'(<{NODE_CLASSES[t].value}> "{t}")' for t in types)
    return f"VALUES ({cls} {type}) {{ {pairs} }}"
