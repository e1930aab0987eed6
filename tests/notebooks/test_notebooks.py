"""Each notebook runs top to bottom against the sample warehouse, with the expected outputs."""
from __future__ import annotations

import pytest

from nbrun import NOTEBOOK_DIR, count_images, error_outputs, execute_notebook, outputs_text

# notebook → (texts that must appear in its outputs, minimum number of PNG figures)
EXPECTED = {
    "01_plan_overview.py": (["計画の取組:", "担い手", "行政", "市社協", "民間", "変更の印のある取組:", "地域づくり",
                             "常設型の相談の場がある地区の割合", "施策ごとの状況:"], 4),
    "02_gap_analysis.py": (["資源の種類ごとの、ない地区の数:", "常設型の相談の場", "図に載る地区:", "優先度"], 4),
    "03_accessibility_and_sites.py": (["最寄りの資源までの距離帯ごとの人口割合", "1km", "設置候補:"], 3),
}


def test_every_notebook_is_listed():
    assert sorted(p.name for p in NOTEBOOK_DIR.glob("*.py")) == sorted(EXPECTED)
    assert not list(NOTEBOOK_DIR.glob("*.ipynb"))  # only the diff-friendly py:percent form is committed


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_notebook_runs(name, sample_warehouse, kernel_dir):
    nb = execute_notebook(NOTEBOOK_DIR / name, kernel_dir, {"WELFARE_WAREHOUSE": str(sample_warehouse)})
    assert error_outputs(nb) == []
    text = outputs_text(nb)
    expected, min_images = EXPECTED[name]
    missing = [t for t in expected if t not in text]
    assert not missing, f"{name}: missing {missing}"
    assert count_images(nb) >= min_images
    # the sample is synthetic: the notebook says so
    assert "【注意】" in text
    # every code cell ran (execution_count set)
    assert all(c.get("execution_count") for c in nb.cells if c.cell_type == "code")
