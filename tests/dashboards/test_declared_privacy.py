"""A declared indicator counting people, with a city value below the threshold (2 < 3): hidden on
the overview tile, in the tile table's download, in the deck and in the status (judged from no number)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from dash_helpers import frames, metrics

sys.path.insert(0, str(Path(__file__).parents[1]))
from declared.declared_fixtures import OBSERVATIONS, build_declared  # noqa: E402

SMALL = OBSERVATIONS.replace("guardians,令和6年度,city,312011,12,,,,", "guardians,令和6年度,city,312011,2,,,,")


@pytest.fixture(scope="module")
def small_wh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert SMALL != OBSERVATIONS
    return build_declared(tmp_path_factory.mktemp("declared-small"), SMALL)


def test_overview_and_its_download(small_wh: Path, open_page) -> None:
    at = open_page(small_wh, "overview")
    assert metrics(at)["市民後見人の登録者数"] == "秘匿"
    table = frames(at)[-1]
    row = table[table["指標"] == "市民後見人の登録者数"].iloc[0]
    assert row["値"] == "秘匿" and "2" not in str(row["前年度からの変化"])
    # the page's download: its frame of numbers, written as CSV
    from indicators.services import queries
    from indicators.services.exports import to_csv_bytes

    tiles = queries.overview_tiles(small_wh, 2024)
    numbers = tiles[["name_ja", "value", "suppressed", "change", "target", "unit"]]
    csv = to_csv_bytes(numbers, None, {}).decode("utf-8-sig")
    line = next(x for x in csv.splitlines() if x.startswith("市民後見人の登録者数"))
    assert "秘匿" in line and ",2," not in line and ",2.0," not in line


def test_deck_and_status(small_wh: Path, tmp_path: Path) -> None:
    from pptx import Presentation

    from indicators.reports.commands import generate
    from indicators.services.monitoring import target_status

    generate("pptx", tmp_path, warehouse=small_wh)
    prs = Presentation(next(tmp_path.glob("committee_deck_*.pptx")))
    rows = [[c.text for c in r.cells] for s in prs.slides for sh in s.shapes if sh.has_table for r in sh.table.rows]
    [row] = [r for r in rows if r[0] == "市民後見人の登録者数"]
    assert row[1] == "秘匿" and row[-1] == "判定不可"
    st = target_status(small_wh, "city").set_index("indicator_id").loc["guardians"]
    assert st["status"] == "判定不可" and st["latest"] != st["latest"]  # NaN: no number kept
