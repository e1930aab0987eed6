"""Shared fixtures: the bundled sample is built once per test session into a temp dir."""
from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from indicators.paths import DEFAULT_DATASET, DEFAULT_PLAN

# tests/fixtures/ holds tiny datasets (`from fixtures.tiny import make_dataset`).
sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(scope="session")
def sample_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Path of a warehouse built from data/raw/sample-tottori (built once, read-only use)."""
    from indicators.pipeline import build_warehouse

    out = tmp_path_factory.mktemp("sample-wh") / "warehouse.duckdb"
    build_warehouse(dataset_dir=DEFAULT_DATASET, warehouse_path=out, plan_paths=[DEFAULT_PLAN], quiet=True)
    return out


@pytest.fixture
def tiny_dataset(tmp_path: Path) -> Callable[..., Path]:
    """Factory writing the tiny contract dataset (tests/fixtures/tiny.py) with overrides into tmp_path."""
    from fixtures.tiny import make_dataset

    def make(name: str = "ds", encoding: str = "utf-8", **files: str | bytes | None) -> Path:
        return make_dataset(tmp_path / name, encoding=encoding, **files)

    return make


@pytest.fixture(scope="session")
def declared_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny dataset with two declared indicators (tests/declared/declared_fixtures.py), built once."""
    from declared.declared_fixtures import build_declared

    return build_declared(tmp_path_factory.mktemp("declared"))
