"""`welfare access` / `welfare suggest` tables speak Japanese: type labels, area and level names,
not `community_cafeteria の候補地` or `district` (issue 21 §3)."""
from __future__ import annotations

from pathlib import Path

from indicators.cli import main


def test_access_table_names_types_levels_and_areas(sample_warehouse: Path, capsys) -> None:
    assert main(["access", "--warehouse", str(sample_warehouse), "--level", "district",
                 "--type", "community_cafeteria"]) == 0
    out = capsys.readouterr().out
    assert "徒歩圏のアクセス" in out and "地区）" in out and "地域食堂" in out and "久松" in out
    assert "community_cafeteria" not in out and "district）" not in out and " D01 " not in out


def test_suggest_title_names_the_type(sample_warehouse: Path, capsys, tmp_path: Path) -> None:
    import shutil

    wh = tmp_path / "wh.duckdb"
    shutil.copy(sample_warehouse, wh)
    assert main(["suggest", "--warehouse", str(wh), "--type", "community_cafeteria", "--n", "2",
                 "--radius", "1000"]) == 0
    out = capsys.readouterr().out
    assert "地域食堂（子ども食堂を含む）の候補地" in out and "community_cafeteria" not in out
