"""Fixtures for spatial tests (tables built by spatial_fixtures.make_warehouse)."""
from __future__ import annotations

from pathlib import Path

import pytest

from spatial_fixtures import make_warehouse


@pytest.fixture
def wh(tmp_path: Path):
    """Factory: wh(**tables) -> open connection to a fresh warehouse in tmp_path."""
    cons = []

    def _make(**kw):
        con = make_warehouse(tmp_path / f"wh{len(cons)}.duckdb", **kw)
        cons.append(con)
        return con

    yield _make
    for c in cons:
        c.close()
