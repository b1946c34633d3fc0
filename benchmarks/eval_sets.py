"""Extraction quality on whole articles: build each evaluation set and score it against its gold.

Usage:
    .venv/bin/python benchmarks/eval_sets.py                     # every set of benchmarks/sets/, the dev gold too
    .venv/bin/python benchmarks/eval_sets.py W265 dev-32         # some of them
    .venv/bin/python benchmarks/eval_sets.py --baseline main     # the same against a git ref, side by side
    .venv/bin/python benchmarks/eval_sets.py W266 --errors       # and list each set's misses and extra nodes

A set is a folder of ``benchmarks/sets/`` holding ``articles.jsonl`` (title, text, url, date) and
``gold.json`` (``kg-gold/1``, the format of ``../shared/gold/README.md``); ``dev-32``, ``dev-24``
and ``seed`` name the team's gold in ``../shared/gold`` (skipped when ``../shared`` is absent).
Each set is built into a new store with ``python -m kg build`` and scored with ``kg eval --gold``
in a fresh process, against this checkout or, with ``--baseline REF``, also against ``git archive
REF`` (unpacked in a temporary folder, on PYTHONPATH). The table gives each set's macro-F1 and
each category's precision / recall; the last row pools the ``benchmarks/sets/`` sets
(true and false positives and misses summed per category, so it weighs every entity once), and the
next pools the never-read ones alone.
A set listed in ``benchmarks/sets/never-read.txt`` is a check: ``--errors`` refuses to list its
errors, so that nobody tunes a rule on it by accident (see ``benchmarks/sets/README.md``).
Writes ``benchmarks/results/sets.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

# (run as a script: this folder is on sys.path) the same unpacking of a git ref as the speed benchmark's
from bench_extract import unpack

ROOT = Path(__file__).resolve().parents[1]
SETS = ROOT / "benchmarks" / "sets"
SHARED = ROOT.parent / "shared"
TEAM_GOLD = {
    "seed": (SHARED / "corpus" / "seed" / "000_655816af8ede82b3.txt", SHARED / "gold" / "seed.gold.json"),
    "dev-32": (SHARED / "corpus" / "dev" / "detik-dev-32.jsonl", SHARED / "gold" / "detik-dev-32.gold.json"),
    "dev-24": (SHARED / "corpus" / "dev" / "detik-dev-24.jsonl", SHARED / "gold" / "detik-dev-24.gold.json"),
}
CATEGORIES = ("persons", "organizations", "places", "programs", "events", "awards", "memberships", "quotes")
RESULTS = ROOT / "benchmarks" / "results" / "sets.json"


def never_read() -> set[str]:
    """The sets kept as a check: their errors are not listed."""
    listing = SETS / "never-read.txt"
    if not listing.exists():
        return set()
    lines = (line.split("#", 1)[0].strip() for line in listing.read_text(encoding="utf-8").splitlines())
    return {line for line in lines if line}


def our_sets() -> list[str]:
    return sorted(p.name for p in SETS.iterdir() if (p / "gold.json").exists()) if SETS.is_dir() else []


def inputs(name: str) -> tuple[Path, Path]:
    """The articles and gold of a set, by name."""
    if name in TEAM_GOLD:
        return TEAM_GOLD[name]
    return SETS / name / "articles.jsonl", SETS / name / "gold.json"


def score(name: str, source: Path | None, errors: bool) -> dict[str, Any]:
    """Build one set into a new store and score it, against this checkout or the kg unpacked at ``source``."""
    articles, gold = inputs(name)
    env = dict(os.environ)
    cwd = ROOT
    if source is not None:
        env["PYTHONPATH"] = str(source)
        cwd = source  # so the checkout's kg (the current directory on sys.path) is not found first

    def kg(*arguments: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "kg", *arguments], cwd=cwd, env=env, capture_output=True, text=True
        )
        if done.returncode:
            raise SystemExit(f"error: kg {arguments[0]} of {name} failed:\n{done.stderr.strip()}")
        return done.stdout

    with tempfile.TemporaryDirectory(prefix="kg-sets-") as scratch:
        store = str(Path(scratch) / "store")
        kg("build", "--store", store, str(articles))
        report: dict[str, Any] = json.loads(kg("eval", "--store", store, "--gold", str(gold), "--json"))
        if errors:
            report["listing"] = kg("eval", "--store", store, "--gold", str(gold), "--errors")
    return report


def pooled(reports: list[dict[str, Any]]) -> dict[str, Any]:
    """Categories summed over sets: every entity weighs the same, whatever set it is in."""
    categories: dict[str, dict[str, float]] = {}
    for category in CATEGORIES:
        tp = sum(r["categories"][category]["tp"] for r in reports)
        fp = sum(r["categories"][category]["fp"] for r in reports)
        fn = sum(r["categories"][category]["fn"] for r in reports)
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        categories[category] = {
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "tp": tp,
            "fp": fp,
            "fn": fn,
        }
    macro = sum(c["f1"] for c in categories.values()) / len(categories)
    return {"macro_f1": macro, "categories": categories}


def row(name: str, report: dict[str, Any]) -> str:
    cells = " ".join(
        f"{c[:4]} {report['categories'][c]['precision']:.2f}/{report['categories'][c]['recall']:.2f}"
        for c in CATEGORIES
    )
    return f"{name:10} {report['macro_f1']:.3f}  {cells}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "sets", nargs="*", help="set names (default: every set, and the team's gold when ../shared exists)"
    )
    parser.add_argument(
        "--baseline", metavar="REF", help="also score a git ref (git archive REF), side by side"
    )
    parser.add_argument(
        "--errors",
        action="store_true",
        help="list each set's misses and extra nodes (not for never-read sets)",
    )
    parser.add_argument("--jobs", type=int, default=2, help="sets built at once [default: 2]")
    args = parser.parse_args()

    names = args.sets or our_sets() + [n for n, (a, _) in TEAM_GOLD.items() if a.exists()]
    absent = [n for n, (a, _) in TEAM_GOLD.items() if not a.exists()]
    if not args.sets and absent:
        # (a checkout whose folder has no ../shared beside it, a git worktree elsewhere, say: say so)
        print(f"note: {SHARED} not found: {', '.join(absent)} not scored", file=sys.stderr)
    unknown = [n for n in names if not inputs(n)[0].exists() or not inputs(n)[1].exists()]
    if unknown:
        raise SystemExit(f"error: no such set (articles and gold): {', '.join(unknown)}")
    checks = never_read() & set(names)
    if args.errors and checks:
        raise SystemExit(f"error: never-read sets' errors are not listed: {', '.join(sorted(checks))}")

    sides: dict[str, Path | None] = {"this checkout": None}
    with tempfile.TemporaryDirectory(prefix="kg-baseline-") as unpacked:
        if args.baseline:
            sides[args.baseline] = unpack(args.baseline, Path(unpacked))
        results: dict[str, dict[str, Any]] = {}
        for side, source in sides.items():
            with ThreadPoolExecutor(max(1, args.jobs)) as pool:
                reports = pool.map(score, names, [source] * len(names), [args.errors] * len(names))
                results[side] = dict(zip(names, reports, strict=True))

    for side, reports in results.items():
        print(f"# {side}")
        for name, report in reports.items():
            print(row(name, report))
            if args.errors:
                print(report.pop("listing"))
        ours = [n for n in names if n not in TEAM_GOLD]
        for label, group in (("pooled", ours), ("never read", [n for n in ours if n in checks])):
            if len(group) > 1:
                print(row(label, pooled([reports[n] for n in group])))
    if args.baseline:
        now, then = results["this checkout"], results[args.baseline]
        print(f"# macro-F1, {args.baseline} → this checkout")
        for name in names:
            print(f"{name:10} {then[name]['macro_f1']:.3f} → {now[name]['macro_f1']:.3f}")
    for reports in results.values():
        for name in checks:
            for key in ("errors", "not_entities_found", "forbidden"):
                reports[name].pop(key, None)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
