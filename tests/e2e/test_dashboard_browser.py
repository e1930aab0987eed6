"""End to end: `welfare app` on the sample warehouse, each page loaded in headless Chromium.

Asserts visible Japanese text, the synthetic banner and no exception box; screenshots go to
test-artifacts/screenshots/ (git-ignored) for a human look at the map and layout.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from app_server import serve

from indicators.engine.api import SYNTHETIC_NOTICE
from indicators.paths import REPO_ROOT

CHROMIUM = "/usr/bin/chromium"
# WebGL 2 (the map is a WebGL layer) needs ANGLE on SwiftShader in headless Chromium
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--use-gl=angle", "--use-angle=swiftshader-webgl", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SHOTS = REPO_ROOT / "test-artifacts" / "screenshots"

# (url path, title shown on the page, more Japanese text that must be visible)
PAGES = [
    ("", "概要：計画の目指す姿と現状", "目標を達成した指標"),
    ("gap_map", "地図：目指す姿に届いていない区域", "この資源がない区域を赤枠で表示"),
    ("scenario", "次の拠点（シナリオ）", "新しい拠点ごとの効果"),
    ("district_card", "地区カルテ", "地区の統計"),
    ("measures", "計画の取組（第６章）", "該当する取組"),
    ("monitoring", "計画のどこを見ているか", "監視している目指す姿"),
    ("progress", "取組の進捗", "評価の分布"),
    ("trends", "推移・優先度", "年度推移"),
    ("quality", "データ品質：前回の構築結果", "除外された行"),
]

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium が必要です（make system-deps）"),
]


@pytest.fixture(scope="module")
def server(sample_warehouse: Path) -> Iterator[str]:
    with serve(sample_warehouse) as url:
        yield url


# The map's chart data: how many areas its layers draw, and whether MapLibre has drawn them.
MAP_FEATURES_JS = """() => { const gd = document.querySelector('.js-plotly-plot');
  if (!gd || !gd.data || !gd._fullLayout || !gd._fullLayout.map) return -1;
  const m = gd._fullLayout.map._subplot.map;
  if (!(m.loaded() && m.areTilesLoaded())) return -1;
  return gd.data.filter(t => t.type === 'choroplethmap').reduce((n, t) => n + t.geojson.features.length, 0); }"""


def _count(warehouse: Path, table: str) -> int:
    from indicators.warehouse.duck import connect

    con = connect(warehouse, read_only=True)
    try:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        con.close()


def test_every_page_renders_in_chromium(server: str, sample_warehouse: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    n_districts, n_schools = _count(sample_warehouse, "districts"), _count(sample_warehouse, "school_districts")

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="ja-JP")
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        # offline: every request (page icon, fonts, map, scripts) goes to the app's own host
        outside: list[str] = []
        page.on("request", lambda r: outside.append(r.url) if _outside(r.url, server) else None)
        for path, title, text in PAGES:
            page.goto(f"{server}/{path}", wait_until="domcontentloaded")
            expect(page.get_by_text(title).first).to_be_visible(timeout=30_000)
            expect(page.get_by_text(text).first).to_be_visible(timeout=30_000)
            expect(page.get_by_text(SYNTHETIC_NOTICE).first).to_be_visible()
            # Wait until the script run has finished and every element has replaced its skeleton.
            page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached", timeout=30_000)
            page.wait_for_function('document.querySelectorAll("[data-testid=stSkeleton]").length === 0', timeout=30_000)
            if path == "gap_map":
                # Every 地区 is in the map's one area layer, and MapLibre (WebGL) has drawn it.
                page.wait_for_function(f"({MAP_FEATURES_JS})() === {n_districts}", timeout=60_000)
            assert page.locator('[data-testid="stException"]').count() == 0, f"exception box on /{path}"
            page.screenshot(path=str(SHOTS / f"{path or 'overview'}.png"), full_page=True)
            if path == "scenario":
                # A real click on the map adds a site there (a point of the faint clickable grid)
                grid = page.locator(".js-plotly-plot .scatterlayer .trace").filter(has=page.locator("path.point"))
                best = max(range(grid.count()), key=lambda i: grid.nth(i).locator("path.point").count())
                pts = grid.nth(best).locator("path.point")
                for k in (pts.count() // 2, pts.count() // 3, pts.count() // 5):  # another if a marker lies on top
                    pts.nth(k).scroll_into_view_if_needed()
                    box = pts.nth(k).bounding_box()
                    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
                    try:
                        expect(page.get_by_text("手動の地点").first).to_be_attached(timeout=10_000)
                        break
                    except AssertionError:
                        continue
                expect(page.get_by_text("手動の地点").first).to_be_attached(timeout=10_000)
                assert page.locator('[data-testid="stException"]').count() == 0
                page.screenshot(path=str(SHOTS / "scenario_clicked.png"), full_page=True)
            if path == "gap_map":
                # A real interaction: switch the layer to 小学校区 and see every school district drawn.
                page.get_by_text("小学校区", exact=True).first.click()
                page.wait_for_function(f"({MAP_FEATURES_JS})() === {n_schools}", timeout=60_000)
                assert page.locator('[data-testid="stException"]').count() == 0
                page.screenshot(path=str(SHOTS / "gap_map_school.png"), full_page=True)
        browser.close()
    assert not errors, errors
    assert outside == [], outside


def _outside(url: str, server: str) -> bool:
    from urllib.parse import urlsplit

    if url.startswith(("data:", "blob:", "about:")):
        return False
    return urlsplit(url).netloc != urlsplit(server).netloc
