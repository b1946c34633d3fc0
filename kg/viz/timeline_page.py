"""The timeline page: events on a time axis and, per office, its holders over time (acting holders marked).

A holder's bar runs from the first to the last day an article attests the
membership; acting holders (Pj., Plt., Plh.) are separate, dashed bars.
Memberships stated as former (``mantan``) are left out: the article's date is
not a day the person held the office.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from kg.analyze.graph import Membership, memberships
from kg.query import named
from kg.store import Store, solutions
from kg.store import term_value as _value
from kg.viz import html
from kg.viz.select import SelectionError, parse_day

DEFAULT_MAX_EVENTS = 1500
DEFAULT_MAX_OFFICES = 60
#: above this many events the page draws them as bare dots (named in tooltips), or they stack into many rows
EVENT_LABEL_LIMIT = 150


@dataclass
class TimelinePage:
    """What was written: the page and how many events and offices it shows of how many."""

    path: Path
    events: int
    events_total: int
    offices: int
    offices_total: int
    holders: int
    notes: list[str] = field(default_factory=list)


def _in(day: str, since: str | None, until: str | None) -> bool:
    return (since is None or day >= since) and (until is None or day <= until)


def _events(store: Store, since: str | None, until: str | None) -> list[dict[str, Any]]:
    """Dated events in the window with their place and number of participants."""
    rows = solutions(store, named.DATED_EVENTS)
    found: dict[str, dict[str, Any]] = {}
    for r in rows:
        day = _value(r["date"])[:10]
        if not _in(day, since, until):
            continue
        item: dict[str, Any] = {
            "id": "e:" + _value(r["e"]),
            "label": _value(r["label"]),
            "start": day,
            "participants": int(_value(r["n"])),
        }
        if r["place"] is not None:
            item["place"] = _value(r["place"])
        previous = found.get(item["id"])
        if previous is None or day < previous["start"]:
            found[item["id"]] = item
    return list(found.values())


def _person_labels(store: Store) -> dict[str, str]:
    rows = solutions(store, named.PERSON_LABELS)
    return {_value(r["p"]): _value(r["name"]) for r in rows}


def _next_day(day: str) -> str:
    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()


def _holder_item(m: Membership, days: list[str], name: str) -> dict[str, Any]:
    return {
        "id": "m:" + m.iri,
        "group": m.office_id,
        "name": name,
        "role": m.role,
        "tenure": m.tenure,
        "start": days[0],
        "end": _next_day(days[-1]),
        "first": days[0],
        "last": days[-1],
        "attested": len(days),
    }


def _offices(
    found: list[Membership], names: dict[str, str], since: str | None, until: str | None, office: str | None
) -> dict[str, dict[str, Any]]:
    """Offices with their holders' bars, restricted to the window and to offices whose name contains ``office``."""
    offices: dict[str, dict[str, Any]] = defaultdict(lambda: {"items": []})
    wanted = office.casefold() if office else None
    for m in found:
        days = [d for d in m.days if _in(d, since, until)]
        if not days or m.tenure == "former" or m.person not in names:
            continue
        if wanted and wanted not in m.office_label.casefold():
            continue
        entry = offices[m.office_id]
        entry["label"] = m.office_label
        entry["items"].append(_holder_item(m, days, names[m.person]))
    return offices


def _rank_offices(offices: dict[str, dict[str, Any]]) -> list[str]:
    """Offices with most distinct holders first (successions are what a timeline shows), then attestations."""

    def key(office: str) -> tuple[int, int, str]:
        items = offices[office]["items"]
        return (
            -len({i["name"] for i in items}),
            -sum(i["attested"] for i in items),
            offices[office]["label"],
        )

    return sorted(offices, key=key)


def _window(events: list[dict[str, Any]], items: list[dict[str, Any]]) -> dict[str, str | None]:
    """The initial view: where most shown dates fall (vis-timeline would otherwise centre on today).

    The 2nd to 98th percentile, so that one misread year (``3077``) does not shrink everything to a dot.
    """
    days = sorted([e["start"] for e in events] + [i["start"] for i in items] + [i["end"] for i in items])
    if not days:
        return {"start": None, "end": None}
    cut = len(days) // 50
    first, last = date.fromisoformat(days[cut]), date.fromisoformat(days[-1 - cut])
    margin = timedelta(days=max(2, (last - first).days // 20))
    return {"start": (first - margin).isoformat(), "end": (last + margin).isoformat()}


_LEGEND = """<ul><li><span class="glyph" style="color:#31a354">●</span>kegiatan / event</li>
<li><span class="glyph" style="color:#9ecae1">■</span>pejabat definitif / holder</li>
<li><span class="glyph" style="color:#e6550d">▭</span>Pj./Plt. (pelaksana, acting)</li></ul>"""


def _body(title: str, info: str) -> str:
    """The timeline page's static HTML around the time axis."""
    hint = "Klik batang atau kegiatan untuk detail.<br>Click a bar or event for details."
    return html.frame(title, info, "kg-timeline", hint, _LEGEND)


def render_timeline(
    store: Store,
    path: Path,
    *,
    since: str | None = None,
    until: str | None = None,
    office: str | None = None,
    max_events: int = DEFAULT_MAX_EVENTS,
    max_offices: int = DEFAULT_MAX_OFFICES,
    title: str | None = None,
) -> TimelinePage:
    """Write the timeline page for ``store`` to ``path``; raises SelectionError on bad options."""
    if max_events < 0 or max_offices < 0:
        raise SelectionError("--max-events and --max-offices cannot be negative")
    first, last = parse_day(since, end=False), parse_day(until, end=True)
    events = [] if office else _events(store, first, last)
    chosen_events = sorted(events, key=lambda e: (-e["participants"], e["start"], e["id"]))[:max_events]
    chosen_events.sort(key=lambda e: (e["start"], e["label"], e["id"]))
    offices = _offices(memberships(store), _person_labels(store), first, last, office)
    ranked = _rank_offices(offices)[:max_offices]
    groups = [
        {"id": o, "label": offices[o]["label"]} for o in sorted(ranked, key=lambda o: offices[o]["label"])
    ]
    items = [item for o in ranked for item in offices[o]["items"]]
    items.sort(key=lambda i: (i["group"], i["start"], i["name"], i["id"]))
    notes = []
    if len(chosen_events) < len(events):
        notes.append(f"{len(chosen_events)} of {len(events)} events (those with most participants)")
    if len(ranked) < len(offices):
        notes.append(f"{len(ranked)} of {len(offices)} offices (those with most holders)")
    info = f"{len(chosen_events)} kegiatan / events, {len(ranked)} jabatan / offices" + (
        f" — showing {'; '.join(notes)}; narrow with --since/--until or --office NAME." if notes else "."
    )
    heading = title or f"Lini masa — {store.name}"
    text = html.page(
        title=heading,
        body=_body(heading, info),
        data={
            "events": chosen_events,
            "groups": groups,
            "items": items,
            "window": _window(chosen_events, items),
            "eventLabels": len(chosen_events) <= EVENT_LABEL_LIMIT,
        },
        scripts=[html.asset("vis-timeline-graph2d.min.js"), html.asset("timeline-page.js")],
        css=html.asset("page.css"),
    )
    html.write(path, text)
    return TimelinePage(path, len(chosen_events), len(events), len(ranked), len(offices), len(items), notes)
