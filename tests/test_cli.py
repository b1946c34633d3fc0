"""The command line end to end, through click's runner."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from conftest import SAMPLE

from kg.cli import main


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KG_STORE", raising=False)
    return CliRunner()


def test_every_command_has_help_with_text(cli: CliRunner) -> None:
    assert isinstance(main, click.Group)
    for name, command in main.commands.items():
        result = cli.invoke(main, [name, "--help"])
        assert result.exit_code == 0, name
        assert command.help and len(command.help) > 20, f"{name} needs help text"
        assert "Example" in result.output, f"{name} --help should show an example"


def test_build_query_export_stats_validate(cli: CliRunner, tmp_path: Path) -> None:
    result = cli.invoke(main, ["build", str(SAMPLE)])
    assert result.exit_code == 0, result.output
    assert "4 articles read: 4 added" in result.output and "statements written" in result.output
    assert (tmp_path / "kg-store").is_dir()  # the default store is ./kg-store

    result = cli.invoke(main, ["query", "roles", "--format", "json"])
    rows = json.loads(result.output)
    assert {"person": "Erik Setyo Santoso", "role": "Sekretaris Daerah"}.items() <= rows[-1].items() or any(
        r["person"] == "Erik Setyo Santoso" and r["role"] == "Sekretaris Daerah" for r in rows
    )
    result = cli.invoke(main, ["export", "--format", "turtle", "-o", "out/kg.ttl"])
    assert result.exit_code == 0 and (tmp_path / "out" / "kg.ttl").stat().st_size > 1000
    assert "articles" in cli.invoke(main, ["stats"]).output
    assert cli.invoke(main, ["validate"]).exit_code == 0


def test_store_option_and_environment(cli: CliRunner, tmp_path: Path) -> None:
    assert cli.invoke(main, ["build", "--store", "a", str(SAMPLE)]).exit_code == 0
    result = cli.invoke(main, ["stats"], env={"KG_STORE": str(tmp_path / "a")})
    assert result.exit_code == 0 and "articles" in result.output


def test_query_errors_are_messages_not_tracebacks(cli: CliRunner) -> None:
    cli.invoke(main, ["build", str(SAMPLE)])
    for bad in (
        ["query", "SELECT ?x WHERE {"],
        ["query", "no-such-query"],
        ["export", "--format", "xml", "-o", "x"],
    ):
        result = cli.invoke(main, bad)
        assert result.exit_code != 0 and "Traceback" not in result.output, bad
        assert result.exception is None or isinstance(result.exception, SystemExit)


def test_missing_store_is_explained(cli: CliRunner) -> None:
    result = cli.invoke(main, ["stats", "--store", "nowhere"])
    assert result.exit_code == 1 and "kg build" in result.output


def test_skipped_input_sets_the_exit_status(cli: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    result = cli.invoke(main, ["build", str(tmp_path / "in"), str(SAMPLE)])
    assert result.exit_code == 1 and "empty.txt" in result.output


def test_extractors_lists_the_stages(cli: CliRunner) -> None:
    output = cli.invoke(main, ["extractors"]).output
    assert "titles" in output and "quotes" in output


def test_explain_shows_aliases_roles_and_supporting_sentences(cli: CliRunner) -> None:
    cli.invoke(main, ["build", str(SAMPLE)])
    result = cli.invoke(main, ["explain", "Erik"])
    assert result.exit_code == 0, result.output
    assert (
        "Erik Setyo Santoso" in result.output
        and "Sekretaris Daerah — Pemerintah Kota Malang" in result.output
    )
    assert "[Erik Setyo Santoso] menuturkan bahwa Pemkot Malang" in result.output
    missing = cli.invoke(main, ["explain", "Tidak Ada"])
    assert missing.exit_code == 1 and "no entity" in missing.output


def test_eval_json_for_scripts(cli: CliRunner, tmp_path: Path) -> None:
    cli.invoke(main, ["build", str(SAMPLE)])
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"format": "kg-gold/1", "articles": []}), encoding="utf-8")
    result = cli.invoke(main, ["eval", "--gold", str(gold), "--json"])
    assert result.exit_code == 0 and json.loads(result.output)["articles"] == 4
    listed = cli.invoke(main, ["eval", "--gold", str(gold), "--errors"])
    assert listed.exit_code == 0 and "  - persons: unexpected 'Erik Setyo Santoso'" in listed.output
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    assert "not a kg-gold/1 file" in cli.invoke(main, ["eval", "--gold", str(bad)]).output


def test_help_loads_no_extractor_or_graph_library() -> None:
    """``kg --help`` (issue #10: at most 0.3 s) imports only the CLI: no extractors, gazetteer, networkx, rdflib, HTTP server."""
    import subprocess
    import sys

    probe = (
        "import sys, kg.cli\n"
        "from click.testing import CliRunner\n"
        "out = CliRunner().invoke(kg.cli.main, ['--help']).output\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'rdflib', 'networkx', 'lokal', 'pycrfsuite', 'pyshacl', 'http'} "
        "or m in {'kg.pipeline', 'kg.extract.base', 'kg.api', 'kg.serve.app'})\n"
        "print(heavy)\n"
        "print(out)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    heavy, _, listing = result.stdout.partition("\n")
    assert heavy == "[]"
    for name, command in main.commands.items():  # every command listed, with its summary
        assert name in listing and command.get_short_help_str(limit=45)[:20] in listing, name


def test_explain_shows_ten_of_many_entities_with_one_name(tmp_path: Path) -> None:
    """An event name is shared by the events of many articles: explaining all of them would not end on a big store."""
    from kg.api import build

    source = tmp_path / "news.jsonl"
    source.write_text(
        "".join(
            json.dumps(
                {
                    "title": f"Rapat Koordinasi Stunting ke-{day}",
                    "text": f"MALANG - Wali Kota Malang Wahyu Hidayat memimpin Rapat Koordinasi Percepatan "
                    f"Penurunan Stunting di Balai Kota Malang, Senin ({day}/11/2024).",
                    "url": f"https://example.org/rakor-{day}",
                }
            )
            + "\n"
            for day in range(1, 14)
        ),
        encoding="utf-8",
    )
    build(source, tmp_path / "store")
    from kg.explain import find
    from kg.store import Store

    with Store(tmp_path / "store", read_only=True) as store:
        events = find(store, "Rapat Koordinasi Percepatan Penurunan Stunting")
    assert len(events) > 10
    result = CliRunner().invoke(
        main,
        ["explain", "--store", str(tmp_path / "store"), "rapat koordinasi percepatan penurunan stunting"],
    )
    assert result.exit_code == 0, result.output
    assert sum(1 for line in result.output.splitlines() if line.startswith("Rapat Koordinasi")) == 10
    assert result.output.rstrip().endswith(
        f"... and {len(events) - 10} more entities called 'rapat koordinasi percepatan penurunan stunting' (not shown)"
    )
