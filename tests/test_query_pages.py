"""kg query: pages of a result, and canned queries answered from their saved result until the store changes."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.query import canned
from kg.query import kept as results
from kg.store import Store, cache

NEW_ARTICLE = (
    "Sekda Kota Batu Membuka Pelatihan\n\n"
    "BATU - Sekretaris Daerah (Sekda) Kota Batu Zadim Efisiensi membuka pelatihan di Balai Kota Batu, "
    "Senin (18/11/2024).\n"
)


@pytest.fixture
def store(store_copy: Path) -> Path:
    return store_copy


def _query(store: Path, *args: str) -> tuple[str, str]:
    result = CliRunner().invoke(main, ["query", "--store", str(store), *args])
    assert result.exit_code == 0, result.output
    return result.stdout, result.stderr


def _csv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_every_canned_query_is_the_same_from_its_saved_result(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = {name: _query(store, name, "--format", "csv")[0] for name in canned()}
    assert len(list((store / cache.FOLDER).glob("query-*.json"))) == len(canned())

    def no_query(*args: object, **kwargs: object) -> None:
        raise AssertionError("the query ran although its saved result is valid")

    monkeypatch.setattr(results, "stream", no_query)
    for name, text in first.items():
        assert _query(store, name, "--format", "csv")[0] == text, name
        assert _query(store, name, "--format", "table")[0].count("\n") >= 3, name


def test_a_build_makes_saved_results_invalid(store: Path, tmp_path: Path) -> None:
    before = _query(store, "office-holders", "--format", "csv")[0]
    (tmp_path / "new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    built = CliRunner().invoke(main, ["build", "-q", "--store", str(store), str(tmp_path / "new.txt")])
    assert built.exit_code == 0, built.output
    after = _query(store, "office-holders", "--format", "csv")[0]
    assert "Zadim Efisiensi" in after and "Zadim Efisiensi" not in before
    with Store(store, read_only=True) as opened:  # what the store itself answers now
        solutions = opened.query(canned()["office-holders"].path.read_text(encoding="utf-8"))
        assert len(_csv(after)) - 1 == sum(1 for _ in solutions)


def test_pages_are_slices_of_the_whole_result(store: Path) -> None:
    whole = _csv(_query(store, "quotes", "--format", "csv")[0])
    header, rows = whole[0], whole[1:]
    assert len(rows) > 12
    out, err = _query(store, "quotes", "--format", "csv", "--limit", "7", "--offset", "5")
    assert _csv(out) == [header, *rows[5:12]]
    assert err == f"note: rows 6–12 of {len(rows):,}: --offset 12 for the next page, --limit 0 for all\n"
    table, _ = _query(store, "quotes", "--limit", "3")
    lines = table.splitlines()
    assert len(lines) == 2 + 3 + 1
    assert lines[-1] == f"(rows 1–3 of {len(rows):,}: --offset 3 for the next page, --limit 0 for all)"
    last, _ = _query(store, "quotes", "--offset", str(len(rows) - 2))
    assert (
        last.splitlines()[-1]
        == f"(rows {len(rows) - 1:,}–{len(rows):,} of {len(rows):,}: --offset 0 for the first page)"
    )


def test_the_table_shows_a_thousand_rows_by_default_and_says_what_was_left_out(store: Path) -> None:
    query = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o"
    whole = _csv(_query(store, query, "--format", "csv")[0])
    assert len(whole) - 1 > 1000  # csv writes every row
    lines = _query(store, query)[0].splitlines()
    assert len(lines) == 2 + 1000 + 1
    assert lines[-1] == "(rows 1–1,000 (more follow): --offset 1000 for the next page, --limit 0 for all)"
    assert len(_query(store, query, "--limit", "0")[0].splitlines()) == 2 + len(whole) - 1 + 1
    assert not (store / cache.FOLDER).exists()  # only canned queries are kept


def test_a_stopped_query_saves_nothing(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.query import stream as streams

    def failing(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        yield ["person"]
        yield ["Erik Setyo Santoso"]
        raise streams.QueryTimeout("query stopped after 1 s (raise the limit with --timeout)")

    monkeypatch.setattr(results, "stream", failing)
    result = CliRunner().invoke(main, ["query", "--store", str(store), "roles"])
    assert result.exit_code == 1 and "query stopped after 1 s" in result.output
    assert results.lookup(store, canned()["roles"].path.read_text(encoding="utf-8")) is None
    assert not list((store / cache.FOLDER).glob("*.tmp"))


def test_a_page_of_rows_from_anywhere_says_what_it_left_out() -> None:
    from kg.query.stream import paged

    rows = [[str(i)] for i in range(10)]
    page = paged(["n"], iter(rows), 2, 3)
    assert list(page.rows) == rows[2:5] and page.more and page.total is None
    assert page.note() == "rows 3–5 (more follow): --offset 5 for the next page, --limit 0 for all"
    page = paged(["n"], iter(rows), 2, 3, read_all=True)  # read to the end: the total is known
    assert list(page.rows) == rows[2:5] and page.total == 10
    assert page.note() == "rows 3–5 of 10: --offset 5 for the next page, --limit 0 for all"
    page = paged(["n"], iter(rows), 0, None)
    assert list(page.rows) == rows and not page.more and page.note() is None
    page = paged(["n"], iter(rows), 0, 10)
    assert list(page.rows) == rows and not page.more and page.note() is None
