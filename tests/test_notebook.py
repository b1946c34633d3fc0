"""docs/notebooks/explore.ipynb runs from top to bottom, headless (nbclient and an IPython kernel)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parents[1] / "docs" / "notebooks" / "explore.ipynb"


def test_notebook_runs(sample_store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    nbformat = pytest.importorskip("nbformat", reason="nbformat/nbclient/ipykernel are in the test extras")
    nbclient = pytest.importorskip("nbclient", reason="nbclient is in the test extras")
    pytest.importorskip("ipykernel", reason="ipykernel is in the test extras")
    for module in ("pandas", "matplotlib", "oxrdflib"):
        pytest.importorskip(module, reason="the notebook needs kg[notebook]")
    # the sample is built once per test session already: the notebook's build then finds it unchanged
    shutil.copytree(sample_store_path, tmp_path / "store")
    monkeypatch.setenv("KG_NOTEBOOK_STORE", str(tmp_path / "store"))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        notebook, timeout=60, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    )
    client.execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "\n".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "4 articles read, 0 added, 4 unchanged" in text
    rich = [o.get("data", {}) for o in outputs if o.output_type in {"execute_result", "display_data"}]
    assert any("image/png" in d for d in rich), "the events-per-month plot"
    assert any("Erik Setyo Santoso" in d.get("text/html", "") for d in rich), "the office holders DataFrame"
    assert any('<iframe srcdoc="' in d.get("text/html", "") for d in rich), "the graph view"
