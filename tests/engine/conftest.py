"""Fixtures of the engine tests (the tiny warehouse is described in engine_fixtures.py)."""
from __future__ import annotations

from pathlib import Path

import pytest
from engine_fixtures import create_tiny

from indicators.warehouse.duck import connect


@pytest.fixture(scope="session")
def tiny_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny warehouse after compute_all (built once; tests open it read-only)."""
    from indicators.engine.compute import compute_all

    path = create_tiny(tmp_path_factory.mktemp("tiny") / "warehouse.duckdb")
    con = connect(path)
    compute_all(con)
    con.close()
    return path
