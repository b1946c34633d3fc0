"""Readers: files and folders of articles in, :class:`~kg.records.Article` records out."""

from kg.ingest.readers import FieldMap, Problem, read_inputs

__all__ = ["FieldMap", "Problem", "read_inputs"]
