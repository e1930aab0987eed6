"""Dashboard benchmark (`make bench-dashboard`): a real `welfare app` in headless Chromium.

For each warehouse (the sample and the national benchmark one), in one run: the first load of
every page, and on the 地図 the layer switch, a year change and an indicator change, and on the
カルテ the selection of a district — each repeated `runs` times (medians), with the peak
memory (PSS of the process tree) of the server and of the browser. A step ends when the page
shows its new state: the map's figure names what it draws (`layout.meta` = level|indicator|year)
and MapLibre has drawn it, the script run is over and no element is still a skeleton.
Not a test: timings are reported, never asserted.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psutil

CHROMIUM = "/usr/bin/chromium"
# WebGL 2 in headless Chromium needs ANGLE on SwiftShader (the map is a WebGL layer)
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--use-gl=angle", "--use-angle=swiftshader-webgl",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run"]
PAGES = [("", "概要：計画の目指す姿と現状"), ("gap_map", "地図：目指す姿に届いていない区域"),
         ("district_card", "カルテ"), ("measures", "計画の取組（第６章）"), ("trends", "推移・優先度"),
         ("quality", "データ品質：前回の構築結果")]
PAGE_LABELS = {"": "概要", "gap_map": "地図", "district_card": "地区カルテ", "measures": "計画の取組",
               "trends": "推移・優先度", "quality": "データ品質"}
STEP_LABELS = {"layer": "地図：区域の切替（地区→小学校区）", "year": "地図：年度の変更",
               "indicator": "地図：指標の変更", "district": "カルテ：地区の選択"}
BUDGETS = {"national": {"step_s": 3.0, "server_mib": 1536, "browser_mib": 1536}, "sample": {"step_s": 1.0}}

# true when the script run is over, nothing is a skeleton and a map (if any) has drawn
READY_JS = """() => {
  if (document.querySelector('[data-testid="stStatusWidget"]')) return false;
  if (document.querySelectorAll('[data-testid="stSkeleton"]').length) return false;
  for (const gd of document.querySelectorAll('.js-plotly-plot')) {
    const sub = gd._fullLayout && gd._fullLayout.map && gd._fullLayout.map._subplot;
    if (sub && !(sub.map.loaded() && sub.map.areTilesLoaded())) return false;
  }
  return true;
}"""
MAP_META_JS = "() => { const gd = document.querySelector('.js-plotly-plot'); return gd && gd.layout ? gd.layout.meta : null; }"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _tree_pss(root: psutil.Process, name_part: str | None = None) -> int:
    """Sum of PSS (bytes) of `root` and its descendants (only those whose name has `name_part`)."""
    total = 0
    try:
        procs = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    for p in procs:
        try:
            if name_part and name_part not in p.name():
                continue
            total += p.memory_full_info().pss
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return total


class PeakSampler:
    """Samples a process tree's PSS in a thread; `.peak` in bytes."""

    def __init__(self, measure: Callable[[], int], every: float = 1.0) -> None:
        self.peak = 0
        self._measure, self._every = measure, every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._measure())
            self._stop.wait(self._every)

    def __enter__(self) -> "PeakSampler":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._measure())


@contextlib.contextmanager
def serve(warehouse: Path, timeout: float = 120.0) -> Iterator[tuple[str, psutil.Process]]:
    """`welfare app` on a free port; yields (url, server process); stopped (its group) after."""
    from indicators.paths import DASHBOARD_APP
    from indicators.services.commands import WAREHOUSE_ENV, streamlit_command

    port = _free_port()
    env = {**os.environ, WAREHOUSE_ENV: str(Path(warehouse).resolve())}
    proc = subprocess.Popen(streamlit_command(DASHBOARD_APP, "127.0.0.1", port), env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError("welfare app が起動直後に終了しました")
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as r:
                    if r.status == 200:
                        break
            except OSError:
                if time.time() > deadline:
                    raise RuntimeError("welfare app が応答しません") from None
                time.sleep(0.3)
        yield url, psutil.Process(proc.pid)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def _facts(warehouse: Path) -> dict[str, Any]:
    """What the steps switch between, read from the warehouse (so any dataset works)."""
    from indicators.services import queries

    avail = queries.available_indicators(warehouse)
    d_ind = list(avail.loc[avail["area_level"] == "district", "indicator_id"])
    s_ind = list(avail.loc[avail["area_level"] == "school_district", "indicator_id"])
    names = dict(zip(avail["indicator_id"], avail["name_ja"]))
    years = queries.fiscal_years(warehouse)
    dists = queries.districts(warehouse)
    # a district far down the list (the picker must search), with a name no other name contains
    dnames = list(dists["district_name"].astype(str))
    mid = len(dnames) // 2
    order = sorted(range(len(dnames)), key=lambda i: abs(i - mid))
    pick = next((i for i in order if sum(dnames[i] in m for m in dnames) == 1), mid)
    target = dists.iloc[pick]
    return {"first_indicator": d_ind[0], "other_indicator": d_ind[1] if len(d_ind) > 1 else d_ind[0],
            "school_indicator": s_ind[0] if s_ind else None, "names": names, "years": years,
            "district_code": str(target["district_code"]), "district_name": str(target["district_name"]),
            "districts": len(dists)}


def _wait(page: Any, js: str, arg: Any = None, timeout_ms: float = 600_000) -> None:
    page.wait_for_function(js, arg=arg, timeout=timeout_ms, polling=50)


def _map_state(page: Any, meta: str) -> None:
    _wait(page, f"(m) => ({MAP_META_JS})() === m && ({READY_JS})()", meta)


def _choose(page: Any, label: str, text: str) -> None:
    """Pick an option of the selectbox labelled `label` by typing `text` (its search) + Enter."""
    box = page.locator('[data-testid="stSelectbox"]').filter(has=page.get_by_text(label, exact=True)).first
    box.locator("input").click()
    page.keyboard.type(text)
    page.keyboard.press("Enter")


def measure(warehouse: Path, runs: int = 3, log: Callable[[str], None] = print) -> dict[str, Any]:
    """Every page's first load and the four interactions, `runs` times each, plus peak memory."""
    from playwright.sync_api import sync_playwright

    facts = _facts(warehouse)
    fy = facts["years"]
    latest, earlier = fy[-1], fy[-2] if len(fy) > 1 else fy[-1]
    times: dict[str, list[float]] = {}

    def timed(key: str, action: Callable[[], None], done: Callable[[], None]) -> None:
        t0 = time.perf_counter()
        action()
        done()
        times.setdefault(key, []).append(time.perf_counter() - t0)

    with serve(warehouse) as (url, server), sync_playwright() as pw:
        me = psutil.Process()
        with PeakSampler(lambda: _tree_pss(server)) as srv, \
                PeakSampler(lambda: _tree_pss(me, "chrom")) as brw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            for i in range(runs):
                ctx = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="ja-JP")
                page = ctx.new_page()
                for path, title in PAGES:
                    def load(path: str = path, title: str = title) -> None:
                        page.goto(f"{url}/{path}", wait_until="domcontentloaded")
                        page.get_by_text(title).first.wait_for(timeout=600_000)

                    if path == "gap_map":
                        meta = f"district|{facts['first_indicator']}|{latest}"
                        timed(f"page:{path}", load, lambda meta=meta: _map_state(page, meta))
                    else:
                        timed(f"page:{path}", load, lambda: _wait(page, READY_JS))
                # 地図: layer, year, indicator
                page.goto(f"{url}/gap_map", wait_until="domcontentloaded")
                _map_state(page, f"district|{facts['first_indicator']}|{latest}")
                if facts["school_indicator"]:
                    timed("layer", lambda: page.get_by_text("小学校区", exact=True).first.click(),
                          lambda: _map_state(page, f"school_district|{facts['school_indicator']}|{latest}"))
                    page.get_by_text("地区（地区公民館区域）", exact=True).first.click()
                    _map_state(page, f"district|{facts['first_indicator']}|{latest}")
                timed("year", lambda: _choose(page, "年度", f"{earlier}年度"),
                      lambda: _map_state(page, f"district|{facts['first_indicator']}|{earlier}"))
                other = facts["other_indicator"]
                timed("indicator", lambda: _choose(page, "指標", facts["names"][other]),
                      lambda: _map_state(page, f"district|{other}|{earlier}"))
                # カルテ: search the picker for a district far down the list
                page.goto(f"{url}/district_card", wait_until="domcontentloaded")
                _wait(page, READY_JS)
                name = facts["district_name"]
                timed("district", lambda: _choose(page, "地区", name),
                      lambda: _wait(page, f"(n) => [...document.querySelectorAll('h1')].some(h => h.textContent.includes(n)) && ({READY_JS})()", name))
                ctx.close()
                log(f"  {warehouse.name}: {i + 1}/{runs} 回目")
            browser.close()
    return {
        "warehouse": str(warehouse), "districts": facts["districts"], "runs": runs,
        "median_s": {k: statistics.median(v) for k, v in times.items()},
        "max_s": {k: max(v) for k, v in times.items()},
        "server_peak_mib": srv.peak / 2**20, "browser_peak_mib": brw.peak / 2**20,
    }


def check(res: dict[str, Any], kind: str) -> list[str]:
    """Budget misses of one warehouse's result (empty = all met)."""
    b = BUDGETS[kind]
    miss = [f"{k} {v:.2f}s > {b['step_s']}s" for k, v in res["median_s"].items() if v > b["step_s"]]
    for key in ("server", "browser"):
        limit = b.get(f"{key}_mib")
        if limit and res[f"{key}_peak_mib"] > limit:
            miss.append(f"{key} {res[f'{key}_peak_mib']:.0f} MiB > {limit} MiB")
    return miss


def markdown(results: dict[str, dict[str, Any]]) -> str:
    """The results as the table of BENCHMARKS.md's dashboard section."""
    s, n = results.get("sample"), results.get("national")
    keys = [f"page:{p}" for p, _ in PAGES] + list(STEP_LABELS)
    lines = ["| 手順 | サンプル（秒） | 全国（秒） | 全国 ÷ サンプル |", "|---|---:|---:|---:|"]
    def cell(v: float | None, fmt: str) -> str:
        return "—" if v is None else format(v, fmt)

    for k in keys:
        label = f"初回表示：{PAGE_LABELS[k[5:]]}" if k.startswith("page:") else STEP_LABELS[k]
        a = s["median_s"].get(k) if s else None
        b = n["median_s"].get(k) if n else None
        ratio = f"{b / a:.1f}" if a and b else "—"
        lines.append(f"| {label} | {cell(a, '.2f')} | {cell(b, '.2f')} | {ratio} |")
    for key, label in (("server_peak_mib", "サーバーの最大メモリ（MiB, PSS）"), ("browser_peak_mib", "ブラウザの最大メモリ（MiB, PSS）")):
        a = s[key] if s else None
        b = n[key] if n else None
        ratio = f"{b / a:.1f}" if a and b else "—"
        lines.append(f"| {label} | {cell(a, ',.0f')} | {cell(b, ',.0f')} | {ratio} |")
    return "\n".join(lines)


def ensure_warehouses(data_dir: Path, seed: int = 20261126) -> dict[str, Path]:
    """The sample and the national warehouses under `data_dir`, built by this code when missing
    (the national dataset is generated by `bench.national`, as `make bench` does)."""
    from indicators.bench.runner import ensure_dataset
    from indicators.paths import DEFAULT_DATASET
    from indicators.pipeline import build_warehouse

    out = {"sample": data_dir / "dashboard" / "sample.duckdb", "national": data_dir / "dashboard" / "national.duckdb"}
    if not out["sample"].is_file():
        print(f"サンプルのウェアハウスを構築: {out['sample']}", flush=True)
        build_warehouse(DEFAULT_DATASET, out["sample"], quiet=True)
    if not out["national"].is_file():
        ds, _ = ensure_dataset(data_dir, 1.0, seed)
        print(f"全国規模のウェアハウスを構築: {out['national']}", flush=True)
        build_warehouse(ds, out["national"], quiet=True)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m indicators.bench.dashboard",
                                description="ダッシュボードの表示・操作の時間と最大メモリ（headless Chromium）")
    p.add_argument("--sample", type=Path, help="サンプルのウェアハウス（既定: <data-dir>/dashboard/sample.duckdb、なければ構築）")
    p.add_argument("--national", type=Path, help="全国規模のウェアハウス（既定: <data-dir>/dashboard/national.duckdb、なければ生成・構築）")
    p.add_argument("--only", choices=["sample", "national"], help="片方だけ測る")
    p.add_argument("--runs", type=int, default=3, help="繰り返し回数（中央値。既定: 3）")
    p.add_argument("--data-dir", type=Path, default=Path("bench-data"), help="生成データと結果の置き場（既定: bench-data/）")
    p.add_argument("--out", type=Path, default=None, help="結果 JSON（既定: <data-dir>/dashboard.json）")
    args = p.parse_args(argv)
    if args.runs < 1:
        print("エラー: --runs は 1 以上にしてください", file=sys.stderr)
        return 2
    kinds = [args.only] if args.only else ["sample", "national"]
    paths = {k: getattr(args, k) for k in kinds}
    if any(v is None for v in paths.values()):
        built = ensure_warehouses(args.data_dir)
        paths = {k: v or built[k] for k, v in paths.items()}
    results: dict[str, dict[str, Any]] = {}
    for kind in kinds:
        wh = paths[kind]
        if not wh.is_file():
            print(f"エラー: ウェアハウスがありません: {wh}", file=sys.stderr)
            return 2
        print(f"{kind}: {wh}", flush=True)
        results[kind] = measure(wh, args.runs, log=lambda m: print(m, flush=True))
        results[kind]["budget_misses"] = check(results[kind], kind)
    out = args.out or args.data_dir / "dashboard.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    print(markdown(results))
    for kind, res in results.items():
        print(f"{kind}: " + ("予算内" if not res["budget_misses"] else "予算超過: " + "; ".join(res["budget_misses"])))
    print(f"結果: {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
