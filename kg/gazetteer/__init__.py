"""Gazetteers: Indonesian administrative regions and government organisation abbreviations."""

from __future__ import annotations

from .organizations import (
    OrgInfo,
    all_abbreviations,
    canonical_name,
    full_key,
    is_full_prefix,
    known_openings,
    load_organizations,
    lookup_abbreviation,
    lookup_full,
    may_begin_abbreviation,
    written_forms,
)
from .regions import (
    LEVELS,
    TOWN_LEVELS,
    Level,
    Region,
    RegionMatch,
    find_all,
    get,
    lookup,
    match_at,
    parent,
    province_of,
    title_case,
    town_of,
)

__all__ = [
    "LEVELS",
    "TOWN_LEVELS",
    "Level",
    "OrgInfo",
    "Region",
    "RegionMatch",
    "all_abbreviations",
    "canonical_name",
    "find_all",
    "full_key",
    "get",
    "is_full_prefix",
    "known_openings",
    "load_organizations",
    "lookup",
    "lookup_abbreviation",
    "lookup_full",
    "match_at",
    "may_begin_abbreviation",
    "parent",
    "province_of",
    "title_case",
    "town_of",
    "written_forms",
]
