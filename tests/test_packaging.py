"""kg finds its data through importlib.resources, so an installed wheel works without a checkout.

scripts/wheel-smoke (run by scripts/check) builds the sdist and the wheel, checks the wheel holds
every data file of the package and runs the installed ``kg`` outside the checkout.
"""

from __future__ import annotations

from importlib import resources

import pytest
import rdflib
from conftest import ROOT

from kg import paths
from kg.gazetteer.organizations import load_organizations
from kg.query import canned

PACKAGE = ROOT / "kg"


def test_resource_dir_is_found_through_importlib_resources() -> None:
    root = resources.files("kg") / "resources"
    assert paths.resource_dir() == root
    assert root.is_dir()


@pytest.mark.parametrize("resource", [paths.ontology, paths.shapes])
def test_ontology_and_shapes_are_turtle(resource) -> None:  # type: ignore[no-untyped-def]
    graph = rdflib.Graph().parse(data=resource().read_text(encoding="utf-8"), format="turtle")
    assert len(graph) > 50


def test_every_canned_query_is_found() -> None:
    on_disk = sorted(p.stem for p in (PACKAGE / "resources" / "queries").glob("*.rq"))
    assert on_disk, "no .rq files in kg/resources/queries"
    assert [q.name.removesuffix(".rq") for q in paths.queries()] == on_disk
    assert list(canned()) == on_disk
    assert all(item.description for item in canned().values()), "every query opens with a comment"


def test_lexicon_common_words_model_and_assets_are_found() -> None:
    assert len(load_organizations(paths.organizations())) > 200
    assert "berdasarkan" in paths.common_words().read_text(encoding="utf-8").split()
    assert paths.ner_model().is_file()
    assert all(paths.regions(part).is_file() for part in ("base", "villages", "lookup", "village-names"))
    with resources.as_file(paths.ner_model()) as model:
        assert model.stat().st_size > 100_000
    assets = {f.name for f in paths.viz_assets().iterdir()}
    assert {"vis-network.min.js", "vis-timeline-graph2d.min.js", "page.css"} <= assets


@pytest.mark.parametrize(
    ("link", "target"),
    [
        ("ontology", "kg/resources/ontology"),
        ("queries", "kg/resources/queries"),
        ("data/lexicon", "kg/resources/lexicon"),
    ],
)
def test_top_level_data_dirs_are_links_into_the_package(link: str, target: str) -> None:
    """Edits to ontology/, queries/ and data/lexicon/ are edits to the files the package ships."""
    path = ROOT / link
    if path.is_file() and not path.is_symlink():
        pytest.skip(f"{path} is a plain file: git checked the link out without symlink support")
    assert path.is_symlink(), f"{path} must be a link to {target}, not a copy"
    assert path.resolve() == (ROOT / target).resolve()
