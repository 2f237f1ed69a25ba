"""armswatch.sources — read input files and folders into :class:`~armswatch.records.Article`s."""

from armswatch.sources.files import read_file, read_inputs

__all__ = ["read_file", "read_inputs"]
