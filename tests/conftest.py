"""Shared fixtures: the bundled sample is built once per test session into a temp dir."""
from __future__ import annotations

from pathlib import Path

import pytest

from indicators.paths import DEFAULT_DATASET, DEFAULT_PLAN


@pytest.fixture(scope="session")
def sample_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Path of a warehouse built from data/raw/sample-tottori (built once, read-only use)."""
    from indicators.warehouse.build import build_warehouse

    out = tmp_path_factory.mktemp("sample-wh") / "warehouse.duckdb"
    build_warehouse(dataset_dir=DEFAULT_DATASET, warehouse_path=out, plan_paths=[DEFAULT_PLAN], quiet=True)
    return out
