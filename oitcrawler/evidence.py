"""What matching hands verification: a candidate URL for an item, and the bar it must clear."""
from __future__ import annotations

from dataclasses import dataclass, field

MIN_SCORE = 0.55          # the lowest confidence that counts as evidence


@dataclass
class Candidate:
    """One URL offered as evidence for one item, with where and why it was found."""
    item_id: str
    url: str
    found_on: str
    label: str
    confidence: float
    source: str                      # hub | link | page | url | document
    years: set = field(default_factory=set)
    hub_code: int | None = None
