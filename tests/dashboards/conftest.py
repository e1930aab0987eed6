"""Fixtures for the dashboard tests: the hand-made fixture warehouse and an AppTest factory."""
from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

sys.path.insert(0, str(Path(__file__).parent))

from fixture_warehouse import make_fixture_warehouse  # noqa: E402
from fixtures.apptest import open_app_page  # noqa: E402



@pytest.fixture(scope="session")
def fixture_wh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Synthetic fixture warehouse (see fixture_warehouse.py for the hand-written values)."""
    return make_fixture_warehouse(tmp_path_factory.mktemp("fixture-wh") / "warehouse.duckdb", synthetic=True)


@pytest.fixture(scope="session")
def real_fixture_wh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same warehouse with `synthetic = false` (no banner, no notice)."""
    return make_fixture_warehouse(tmp_path_factory.mktemp("fixture-real") / "warehouse.duckdb", synthetic=False)


@pytest.fixture
def open_page(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path, str], AppTest]:
    """Run the real entry point (navigation + banner) on one page over a given warehouse."""

    def _open(warehouse: Path, page: str) -> AppTest:
        return open_app_page(monkeypatch, warehouse, page)

    return _open
