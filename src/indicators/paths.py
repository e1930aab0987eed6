"""Default locations, resolved from the repository root (overridable by WELFARE_HOME)."""
from __future__ import annotations

import os
from pathlib import Path

# The package is installed editable from the repository, so the root is three levels up.
REPO_ROOT = Path(os.environ.get("WELFARE_HOME", Path(__file__).resolve().parents[2]))
RAW_DIR = REPO_ROOT / "data" / "raw"
PROCESSED_DIR = REPO_ROOT / "data" / "processed"
DEFAULT_DATASET = RAW_DIR / "sample-tottori"
DEFAULT_PLAN = RAW_DIR / "plan" / "chapter6_plan_measures.txt"
DEFAULT_WAREHOUSE = PROCESSED_DIR / "warehouse.duckdb"
DASHBOARD_APP = REPO_ROOT / "dashboards" / "app.py"
