"""`target_status:` of dataset.yaml: the thresholds of the target status (engine.target_status).

    target_status:
      on_track: 0.9        # 実績の伸び ÷ 直線の経路で期待される伸び がこれ以上なら「順調」
      regress_below: 0.0   # これ未満（基準値より目標から遠ざかった）なら「後退」
      target_fy: 2026      # 目標年度を持たない組み込みの指標の目標年度（計画の最終年度）
      baseline_fy: 2022    # 組み込みの指標の基準年度（既定: 系列の最初の年度）
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from indicators.raw.dataset import yaml_values

from indicators.engine.target_status import Rules as StatusRules
from indicators.errors import UserError


def _err(key: str, msg: str) -> UserError:
    return UserError(f"dataset.yaml: target_status.{key} {msg}")


def parse_rules(section: Any) -> StatusRules:
    if section is None:
        return StatusRules()
    if not isinstance(section, dict):
        raise UserError("dataset.yaml: target_status は「on_track: 0.9」のようなキーと値で書いてください")
    unknown = sorted(set(map(str, section)) - {"on_track", "regress_below", "target_fy", "baseline_fy"})
    if unknown:
        raise _err(unknown[0], "は使えないキーです（on_track, regress_below, target_fy, baseline_fy）")
    out: dict[str, Any] = {}
    for key in ("on_track", "regress_below"):
        if section.get(key) is not None:
            v = section[key]
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise _err(key, f"は数値で書いてください: {v!r}")
            out[key] = float(v)
    for key in ("target_fy", "baseline_fy"):
        if section.get(key) is not None:
            v = section[key]
            if isinstance(v, bool) or not isinstance(v, int) or not 1900 <= v <= 2100:
                raise _err(key, f"は西暦の年度（例: 2026）で書いてください: {v!r}")
            out[key] = int(v)
    rules = StatusRules(**out)
    if rules.regress_below > rules.on_track:
        raise _err("regress_below", f"（{rules.regress_below}）が on_track（{rules.on_track}）より大きくなっています")
    if rules.target_fy is not None and rules.baseline_fy is not None and rules.target_fy <= rules.baseline_fy:
        raise _err("target_fy", f"（{rules.target_fy}）が baseline_fy（{rules.baseline_fy}）より後ではありません")
    return rules


def read_rules(dataset_dir: Path) -> StatusRules:
    from indicators.raw.encoding import read_text

    path = Path(dataset_dir) / "dataset.yaml"
    if not path.exists():
        return StatusRules()
    doc = yaml_values(read_text(path)[0], "dataset.yaml") or {}
    return parse_rules(doc.get("target_status") if isinstance(doc, dict) else None)
