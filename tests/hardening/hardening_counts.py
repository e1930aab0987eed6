"""Counts of malformed-input builds run in this session (reported by conftest's terminal summary)."""
from __future__ import annotations

from collections import Counter

COUNTS: Counter[str] = Counter()
