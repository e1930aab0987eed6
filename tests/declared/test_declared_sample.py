"""The sample's declared indicators: synthetic and said so, every 【目指す姿】 monitored (on the built sample)."""
from __future__ import annotations

import duckdb
import yaml

from indicators.declared.spec import read_spec
from indicators.paths import DEFAULT_DATASET


def test_marked_synthetic() -> None:
    doc = yaml.safe_load((DEFAULT_DATASET / "dataset.yaml").read_text(encoding="utf-8"))
    assert doc["synthetic"] is True
    assert any("indicators.yaml" in s and "合成" in s for s in doc["sources"])
    inds = read_spec(DEFAULT_DATASET, builtin_ids=set())
    assert 12 <= len(inds) <= 20 and all("合成" in (i.source or "") for i in inds)
    assert sum("district" in i.area_levels for i in inds) >= 2


def test_every_target_monitored_on_the_sample(sample_warehouse) -> None:
    with duckdb.connect(str(sample_warehouse), read_only=True) as con:
        assert con.execute("SELECT count(*), count(*) FILTER (WHERE monitored) FROM plan_monitoring "
                           "WHERE kind = 'target'").fetchone() == (43, 43)
        # and without the progress records, by the indicators alone
        assert con.execute("SELECT count(*) FROM plan_monitoring WHERE kind = 'target' "
                           "AND n_computed + n_declared = 0").fetchone() == (0,)
