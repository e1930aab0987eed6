"""Errors shared by every layer: an input problem explained to the user in one Japanese message."""
from __future__ import annotations


class UserError(Exception):
    """An input problem explained to the user in one message (no traceback)."""
