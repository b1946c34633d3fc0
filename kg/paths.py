"""Where kg's own data files are: the one module that decides it.

Everything kg reads at run time ships inside the package and is found through
:mod:`importlib.resources`, so an editable install, ``pip install .``, a wheel
and an sdist all read the same files and nothing depends on a checkout being
next to the code. The files live under ``kg/resources/``:

* ``ontology/kg.ttl`` (OWL) and ``ontology/shapes.ttl`` (SHACL),
* ``queries/*.rq``, the canned SPARQL queries,
* ``lexicon/organizations.tsv``, the organisation abbreviations,
* ``common-words.txt`` and ``ner-crf.model``, used by the extractors,
* ``regions/*.tsv.gz``, the administrative regions (derived from lokal),

and the page assets under ``kg/viz/assets/``. In a checkout the top-level
``ontology/``, ``queries/`` and ``data/lexicon/`` are symbolic links to these
directories (README, "Layout"), so they stay the place people edit them.

>>> shapes().name
'shapes.ttl'
>>> "roles" in [q.name.removesuffix(".rq") for q in queries()]
True
"""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = [
    "common_words",
    "ner_model",
    "ontology",
    "organizations",
    "queries",
    "query_dir",
    "regions",
    "resource_dir",
    "shapes",
    "viz_assets",
]


def resource_dir() -> Traversable:
    """``kg/resources/``: the data files the package ships."""
    return resources.files("kg") / "resources"


def ontology() -> Traversable:
    """The OWL ontology of the project's own classes and properties (``kg.ttl``)."""
    return resource_dir() / "ontology" / "kg.ttl"


def shapes() -> Traversable:
    """The SHACL shapes ``kg validate`` checks the graph against (``shapes.ttl``)."""
    return resource_dir() / "ontology" / "shapes.ttl"


def query_dir() -> Traversable:
    """The directory of canned SPARQL queries."""
    return resource_dir() / "queries"


def queries() -> list[Traversable]:
    """Every canned query (``*.rq``), sorted by file name."""
    return sorted((f for f in query_dir().iterdir() if f.name.endswith(".rq")), key=lambda f: f.name)


def organizations() -> Traversable:
    """The lexicon of organisations by abbreviation (``organizations.tsv``)."""
    return resource_dir() / "lexicon" / "organizations.tsv"


def common_words() -> Traversable:
    """Words Indonesian news writes in lower case (built by ``scripts/common_words.py``)."""
    return resource_dir() / "common-words.txt"


def ner_model() -> Traversable:
    """The CRF named-entity model (built by ``scripts/train_ner.py``)."""
    return resource_dir() / "ner-crf.model"


def regions(part: str) -> Traversable:
    """Region table ``part`` (``base``, ``villages``, ``lookup``, ``village-names``), derived from lokal by ``scripts/regions_table.py``."""
    return resource_dir() / "regions" / f"{part}.tsv.gz"


def viz_assets() -> Traversable:
    """Scripts, styles and licences inlined into the HTML pages."""
    return resources.files("kg") / "viz" / "assets"
