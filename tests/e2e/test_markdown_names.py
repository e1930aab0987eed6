"""Issue 23 class 7: names from data are text on every page, never Markdown links or images.

The fuzzer's mutation: a district named `[リンク](#)`, a resource and a plan measure with
`![x](http://<host>/x.png)`; the browser then fetched that URL on every view. Here a real
`welfare app` on a warehouse built from such files, pages loaded in headless Chromium: zero
requests leave the app's host, no <img>/<a> comes from the names, and the names show literally.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from app_server import serve
from fixtures.tiny import DISTRICTS, RESOURCES, make_dataset

from indicators.paths import DEFAULT_PLAN
from indicators.pipeline import build_warehouse

CHROMIUM = "/usr/bin/chromium"
HOST = "192.0.2.7"  # TEST-NET-1: never a real server
LINK = "[リンク](#)"
IMAGE = f"![x](http://{HOST}/x.png)"

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium が必要です（make system-deps）"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("mdnames")
    ds = make_dataset(root / "ds",
                      districts_geojson=DISTRICTS.replace("一の地区", LINK),
                      resources_csv=RESOURCES.replace("相談の場1", IMAGE))
    (ds / "plan").mkdir()
    # the bundled chapter with the first measure's text starting with the image
    plan = DEFAULT_PLAN.read_text(encoding="utf-8").replace("●", f"●{IMAGE}{LINK}", 1)
    (ds / "plan" / "plan.txt").write_text(plan, encoding="utf-8")
    wh = root / "wh.duckdb"
    build_warehouse(ds, wh, quiet=True)
    with serve(wh) as url:
        yield url


def test_markdown_in_names_renders_as_text_and_fetches_nothing(server: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    outside: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True,
                                     args=["--headless", "--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="ja-JP")
        page.on("request", lambda r: outside.append(r.url)
                if not r.url.startswith(("data:", "blob:", "about:")) and urlsplit(r.url).netloc != urlsplit(server).netloc
                else None)
        for path, shown in [("district_card", f"{LINK}地区 カルテ"), ("measures", f"{IMAGE}{LINK}"), ("", None)]:
            page.goto(f"{server}/{path}", wait_until="domcontentloaded")
            page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached", timeout=30_000)
            page.wait_for_function('document.querySelectorAll("[data-testid=stSkeleton]").length === 0',
                                   timeout=30_000)
            if shown:
                expect(page.get_by_text(shown).first).to_be_visible(timeout=30_000)
            main = page.locator('[data-testid="stMain"]')
            assert main.locator(f'img[src*="{HOST}"]').count() == 0, path
            assert main.locator('a[href="#"]').count() == 0, path
            assert page.locator('[data-testid="stException"]').count() == 0, path
        page.wait_for_timeout(500)  # an image fetch would have started by now
        browser.close()
    assert outside == [], outside
