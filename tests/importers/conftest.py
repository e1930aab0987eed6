"""Fixtures for the importer tests: a fresh dataset dir and small files in the real layouts."""
from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"

@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def dataset(tmp_path: Path):
    """An initialised dataset dir for 鳥取市 (312011) and its Dataset object."""
    from indicators.importers.common import init_dataset, open_dataset

    d = tmp_path / "ds"
    init_dataset(d, "312011", "鳥取市", "2024-03-31", synthetic=True)
    return open_dataset(d)
