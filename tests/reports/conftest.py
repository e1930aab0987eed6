"""Fixtures of the reports tests: the hand-made warehouse of report_fixture.py."""
from __future__ import annotations

from pathlib import Path

import pytest

from report_fixture import build_fixture_warehouse


@pytest.fixture(scope="session")
def fixture_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_warehouse(tmp_path_factory.mktemp("report-wh") / "warehouse.duckdb")
