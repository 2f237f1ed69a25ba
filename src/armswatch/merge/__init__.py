"""armswatch.merge: near-duplicates and stories across outlets and languages (a global step
that runs over the store after the per-article steps)."""

from armswatch.merge.features import Features, features, number_value, shingles
from armswatch.merge.link import LinkResult, MergeSettings, link_store, similarity, story_id_for

__all__ = [
    "Features",
    "LinkResult",
    "MergeSettings",
    "features",
    "link_store",
    "number_value",
    "shingles",
    "similarity",
    "story_id_for",
]
