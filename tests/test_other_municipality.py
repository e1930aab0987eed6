"""A non-Tottori dataset (synthetic 岩美町): every output names 岩美町, says 町全体, never 鳥取市 or
市全体, and writes 北西地区 (not 北西地区地区) with no dangling 「・」 for the missing 旧市町."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pptx import Presentation

from fixtures.iwami import make_iwami
from indicators.cli import main
from indicators.paths import DASHBOARD_APP
from indicators.pipeline import build_warehouse
from indicators.wording import synthetic_notice

NOTICE = synthetic_notice("岩美町")
WRONG = ("鳥取市", "市全体", "地区地区", "岩美町・　", "・　地区コード")


@pytest.fixture(scope="module")
def iwami_wh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("iwami")
    wh = root / "wh.duckdb"
    build_warehouse(make_iwami(root / "ds"), wh, quiet=True)
    return wh


def _clean(text: str) -> None:
    for w in WRONG:
        assert w not in text, w


def test_deck_every_slide_names_the_town(iwami_wh: Path, tmp_path: Path) -> None:
    from indicators.reports.commands import generate

    (deck,) = [p for p in generate("pptx", tmp_path, warehouse=iwami_wh) if p.suffix == ".pptx"]
    slides = ["\n".join(sh.text_frame.text for sh in s.shapes if sh.has_text_frame)
              + "\n".join(c.text for sh in s.shapes if sh.has_table for r in sh.table.rows for c in r.cells)
              for s in Presentation(str(deck)).slides]
    assert len(slides) >= 4
    for text in slides:
        assert NOTICE in text
        _clean(text)
    assert any("町全体" in t for t in slides)


def test_cards_and_figures_name_the_town(iwami_wh: Path, tmp_path: Path, monkeypatch) -> None:
    from indicators.reports import charts
    from indicators.reports.commands import generate

    seen: list[str | None] = []
    real = charts.add_notice
    monkeypatch.setattr(charts, "add_notice", lambda fig, notice: (seen.append(notice), real(fig, notice)))
    written = generate("png", tmp_path, warehouse=iwami_wh)
    assert written and seen and all(n == NOTICE for n in seen)
    (html,) = [p for p in generate("html", tmp_path, warehouse=iwami_wh) if p.suffix == ".html"]
    text = html.read_text(encoding="utf-8")
    assert NOTICE in text and "北西地区 カルテ" in text and "浦富地区 カルテ" in text and "<th>町全体</th>" in text
    _clean(text)


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_cli_tables_carry_the_town_notice(iwami_wh: Path, capsys, fmt: str) -> None:
    assert main(["indicators", "--warehouse", str(iwami_wh), "--format", fmt]) == 0
    got = capsys.readouterr()
    text = (got.out + got.err).replace("\n", "").replace(" ", "").replace("│", "")
    assert NOTICE in text  # csv: on stderr, so the file stays a plain table
    _clean(got.out + got.err)


@pytest.mark.parametrize("page", ["overview", "district_card", "measures", "trends", "quality", "gap_map"])
def test_dashboard_pages_name_the_town(iwami_wh: Path, page: str, monkeypatch) -> None:
    from streamlit.testing.v1 import AppTest

    sys.path.insert(0, str(Path(__file__).parent / "dashboards"))
    from dash_helpers import texts

    monkeypatch.setenv("WELFARE_WAREHOUSE", str(iwami_wh))
    at = AppTest.from_file(str(DASHBOARD_APP), default_timeout=60)
    at.switch_page(f"pages/{page}.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert NOTICE in [str(w.value) for w in at.warning]
    labels = [str(getattr(w, "label", "")) for w in (*at.selectbox, *at.multiselect, *at.radio)]
    _clean(texts(at) + "\n".join(labels) + "\n".join(str(c.value) for c in at.sidebar.caption))
