"""Scoring extraction: against gold annotations, CoNLL spans, or listed stakeholders.

:func:`evaluation_json` is the one JSON form of every score ``kg eval --json`` prints,
whichever modes were asked for together.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.evaluate.gold import Report
    from kg.evaluate.stakeholders import Coverage


def evaluation_dict(
    gold: Report | None = None,
    conll: dict[str, dict[str, float]] | None = None,
    stakeholders: Coverage | None = None,
) -> dict[str, Any]:
    """The scores of each mode run, in one object.

    The gold report's fields are at the top level (as with ``--gold`` alone);
    CoNLL scores are under ``conll`` and stakeholder coverage under ``stakeholders``.

    >>> evaluation_dict(conll={"PER": {"precision": 1.0, "recall": 0.5, "f1": 0.667}})
    {'conll': {'PER': {'precision': 1.0, 'recall': 0.5, 'f1': 0.667}}}
    """
    data: dict[str, Any] = gold.as_dict() if gold is not None else {}
    if conll is not None:
        data["conll"] = conll
    if stakeholders is not None:
        data["stakeholders"] = stakeholders.as_dict()
    return data


def evaluation_json(
    gold: Report | None = None,
    conll: dict[str, dict[str, float]] | None = None,
    stakeholders: Coverage | None = None,
) -> str:
    """:func:`evaluation_dict` as JSON text."""
    return json.dumps(evaluation_dict(gold, conll, stakeholders), ensure_ascii=False, indent=2)
