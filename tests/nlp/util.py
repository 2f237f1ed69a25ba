"""Helpers shared by the extraction rule tests."""

from __future__ import annotations

from armswatch.records import TransferReport


def triples(reports: list[TransferReport]) -> set[tuple[str, str, str]]:
    return {(r.supplier.id, r.recipient.id, r.category) for r in reports}


def by_triple(reports: list[TransferReport]) -> dict[tuple[str, str, str], TransferReport]:
    return {(r.supplier.id, r.recipient.id, r.category): r for r in reports}
