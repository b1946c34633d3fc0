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


def _commands(group: click.Group, path: tuple[str, ...] = ("kg",)) -> list[tuple[str, click.Command]]:
    found: list[tuple[str, click.Command]] = []
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            found += _commands(command, (*path, name))
        else:
            found.append((" ".join((*path, name)), command))
    return found


def test_every_option_has_help_text() -> None:
    """Walks the whole command tree: an option without help is a question left to the user."""
    missing = [
        f"{name} {param.opts[0]}"
        for name, command in _commands(main)
        for param in command.params
        if isinstance(param, click.Option) and not param.hidden and not (param.help or "").strip()
    ]
    assert missing == []


def test_choices_come_from_the_registries() -> None:
    """``--format`` of kg export and kg query, --metrics/--sort/--projection list what is registered."""
    from kg.analyze.metrics import METRICS, ranking_metrics
    from kg.analyze.projections import PROJECTIONS
    from kg.export import FORMATS
    from kg.query.results import RESULT_FORMATS

    def choices(command: str, option: str) -> list[str]:
        param = next(p for p in main.commands[command].params if option in p.opts)
        assert isinstance(param.type, click.Choice)
        return list(param.type.choices)

    assert sorted(choices("export", "--format")) == sorted(FORMATS.names())
    assert choices("query", "--format") == RESULT_FORMATS.names()
    assert choices("analyze", "--projection") == PROJECTIONS.names()
    assert choices("analyze", "--sort") == choices("viz", "--size") == ranking_metrics()
    assert set(ranking_metrics()) < set(METRICS.names())


@pytest.mark.parametrize(
    ("args", "old", "shown"),
    [
        (["analyze", "--limit", "2"], [], 2),
        (["analyze", "--top", "2"], ["--top"], 2),
        (["analyze"], [], 20),
    ],
)
def test_one_name_for_how_many_to_show(
    sample_store_path: Path, args: list[str], old: list[str], shown: int
) -> None:
    """``--limit`` everywhere; the old spellings still work, hidden, with a warning naming --limit."""
    result = CliRunner().invoke(main, [*args, "--store", str(sample_store_path)])
    assert result.exit_code == 0, result.output
    rows = [line for line in result.stdout.splitlines() if line[:3].strip().isdigit()]
    nodes = int(result.stdout.split(" nodes")[0].split()[-1])  # "entity: 43 nodes, ..."
    assert len(rows) == min(shown, nodes)
    for name in old:
        assert f"warning: {name} is deprecated; use --limit" in result.stderr
    assert ("deprecated" in result.stderr) == bool(old)


def test_old_spellings_of_limit_are_hidden_but_work(sample_store_path: Path, tmp_path: Path) -> None:
    for command, old in (("eval", "--show"), ("analyze", "--top"), ("viz", "--max-nodes")):
        text = CliRunner().invoke(main, [command, "--help"]).output
        assert "--limit" in text and old not in text, command
    result = CliRunner().invoke(
        main, ["viz", "--store", str(sample_store_path), "--max-nodes", "5", "-o", str(tmp_path / "g.html")]
    )
    assert result.exit_code == 0, result.output
    assert ": 5 nodes" in result.stdout and "use --limit" in result.stderr


def test_dash_writes_every_one_file_format_to_standard_output(
    sample_store_path: Path, tmp_path: Path
) -> None:
    """``-o -``: every registered one-file export format, the pages and the score table."""
    from kg.export import FORMATS

    store = ["--store", str(sample_store_path)]
    for name, fmt in FORMATS.items().items():
        result = CliRunner().invoke(main, ["export", "--format", name, "-o", "-", *store])
        if fmt.folder:
            assert result.exit_code == 2 and "writes a folder" in result.output, name
            continue
        assert result.exit_code == 0, (name, result.output)
        written = tmp_path / f"kg{fmt.extension}"
        assert (
            CliRunner().invoke(main, ["export", "--format", name, "-o", str(written), *store]).exit_code == 0
        )
        assert result.stdout_bytes == written.read_bytes(), name
        assert not Path("-").exists()
    for command in (["viz"], ["timeline"]):
        result = CliRunner().invoke(main, [*command, "-o", "-", *store])
        assert result.exit_code == 0, result.output
        assert result.stdout.startswith("<!DOCTYPE html>") and "wrote standard output" in result.stderr
    result = CliRunner().invoke(main, ["analyze", "-o", "-", "--limit", "3", *store])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "node,label,type,degree,betweenness,pagerank,community"
    nodes = int(result.stderr.split(" nodes")[0].split()[-1])  # the summary went to standard error
    assert len(result.stdout.splitlines()) == nodes + 1


def test_eval_json_holds_every_mode_asked_for(sample_store_path: Path, tmp_path: Path) -> None:
    """``--json`` with --conll and --stakeholders: one object with both, not only the first."""
    conll = tmp_path / "tiny.conll"
    conll.write_text("Wali O\nKota O\nMalang B-LOC\n\nErik B-PER\nSetyo I-PER\n", encoding="utf-8")
    table = tmp_path / "stakeholders.csv"
    table.write_text('title,entity\nApa,"{""government"": [""Pemkot Malang""]}"\n', encoding="utf-8")
    result = CliRunner().invoke(
        main,
        [
            "eval",
            "--store",
            str(sample_store_path),
            "--conll",
            str(conll),
            "--stakeholders",
            str(table),
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"conll", "stakeholders"}
    assert data["stakeholders"]["listed"] == 1 and set(data["conll"]) >= {"PER", "LOC"}


def test_eval_stakeholders_names_a_missing_column(sample_store_path: Path, tmp_path: Path) -> None:
    table = tmp_path / "stakeholders.csv"
    table.write_text("judul,entity\nApa,{}\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["eval", "--store", str(sample_store_path), "--stakeholders", str(table)]
    )
    assert result.exit_code == 2
    assert "has no column 'title'" in result.output and "--field title=COL" in result.output
    assert "Traceback" not in result.output


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
                    "text": f"MALANG - Wali Kota Malang Hendra Gunawan memimpin Rapat Koordinasi Percepatan "
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


def test_python_dash_m_kg_is_the_same_command_line() -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "kg", "--help"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "Usage: kg" in done.stdout and "build" in done.stdout


def test_query_text_gets_the_data_models_prefixes(tmp_path: Path) -> None:
    store = tmp_path / "store"
    runner = CliRunner()
    assert runner.invoke(main, ["build", "--store", str(store), str(SAMPLE)]).exit_code == 0
    result = runner.invoke(
        main,
        ["query", "--store", str(store), "SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n } LIMIT 1"],
    )
    assert result.exit_code == 0, result.output
    assert "Prefix not found" not in result.output and len(result.output.splitlines()) >= 3
