"""Time `kg viz` / `kg timeline` / `kg analyze` on a store, and the pages' time to interactive in Chromium.

Not a test: it prints numbers. Build a big store first, e.g.

    python benchmarks/synthetic.py 100000 -o /tmp/synthetic-100k.jsonl
    kg build -q --store /tmp/big-store /tmp/synthetic-100k.jsonl      # about an hour on 2 cores
    python benchmarks/bench_viz.py /tmp/big-store --analyze
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kg.analyze import metrics
from kg.analyze.graph import explore_graph
from kg.analyze.projections import projection
from kg.store import Store
from kg.viz import render_graph, render_timeline
from kg.viz.browser import Chromium, find_chromium


def timed(label: str, fn: Callable[[], Any]) -> Any:
    """Run ``fn``, print how long it took, return its result."""
    start = time.perf_counter()
    result = fn()
    print(f"{label:48} {time.perf_counter() - start:8.2f} s")
    return result


def interactive_ms(page: Path) -> tuple[float, float, int]:
    """(wall seconds until ready, the page's own ms to interactive, nodes or items drawn) in headless Chromium."""
    with Chromium() as browser:
        wall = browser.open(page.resolve().as_uri(), ready="window.kgReady === true", timeout=120)
        own = float(browser.evaluate("window.kgReadyAt"))
        drawn = browser.evaluate(
            "window.kgNetwork ? window.kgNetwork.body.nodeIndices.length : window.kgTimeline.itemsData.length"
        )
        if browser.errors:
            print("  console errors:", browser.errors[:3])
        return wall, own, int(drawn)


def main(argv: list[str] | None = None) -> None:
    """Benchmark one store."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("store", type=Path)
    parser.add_argument("--analyze", action="store_true", help="also time the metrics on each projection")
    parser.add_argument("--max-nodes", type=int, nargs="*", default=[400, 1500])
    args = parser.parse_args(argv)
    out = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    with Store(args.store, read_only=True) as store:
        graph = timed("explore graph (load from store)", lambda: explore_graph(store))
        print(f"{'':48} {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")
        pages = []
        for n in args.max_nodes:
            page = timed(
                f"kg viz --max-nodes {n}",
                lambda n=n: render_graph(store, out / f"graph-{n}.html", max_nodes=n),
            )
            print(f"{'':48} {page.shown} of {page.total} nodes, {page.path.stat().st_size / 1e6:.1f} MB")
            pages.append(page.path)
        timeline = timed("kg timeline", lambda: render_timeline(store, out / "timeline.html"))
        print(
            f"{'':48} {timeline.events} of {timeline.events_total} events, {timeline.offices} of {timeline.offices_total} offices"
        )
        pages.append(timeline.path)
        if args.analyze:
            for name in ("entity", "person-person", "person-org", "org-org"):
                proj = timed(f"analyze: load {name}", lambda name=name: projection(store, name))
                print(f"{'':48} {proj.number_of_nodes()} nodes, {proj.number_of_edges()} edges")
                for metric in metrics.METRICS:
                    result = timed(
                        f"analyze: {name} {metric}",
                        lambda proj=proj, metric=metric: metrics.compute(proj, [metric]),
                    )
                    for note in result.notes:
                        print(f"{'':48} {note}")
    if find_chromium() is None:
        print("no Chromium: page interactive times not measured")
        return
    for page in pages:
        wall, own, drawn = interactive_ms(page)
        print(
            f"{page.name:48} interactive after {own / 1000:.2f} s (page), {wall:.2f} s (load + layout), {drawn} drawn"
        )


if __name__ == "__main__":
    main()
