"""The dashboard benchmark's budget check and report table (pure parts; the run itself is `make bench-dashboard`)."""
from __future__ import annotations

from indicators.bench.dashboard import check, markdown


def _res(step: float, server: float, browser: float) -> dict:
    return {"median_s": {"page:gap_map": step, "layer": step / 2}, "server_peak_mib": server, "browser_peak_mib": browser}


def test_budgets_per_warehouse():
    assert check(_res(2.9, 1500, 1500), "national") == []
    miss = check(_res(3.2, 1600, 100), "national")
    assert miss == ["page:gap_map 3.20s > 3.0s", "server 1600 MiB > 1536 MiB"]
    # the sample has a step budget only (1 s)
    assert check(_res(1.4, 9999, 9999), "sample") == ["page:gap_map 1.40s > 1.0s"]


def test_markdown_states_both_warehouses_and_their_ratio():
    table = markdown({"sample": _res(0.5, 300, 600), "national": _res(2.0, 900, 1200)})
    rows = {line.split(" | ")[0].lstrip("| "): line for line in table.splitlines()}
    assert rows["初回表示：地図"] == "| 初回表示：地図 | 0.50 | 2.00 | 4.0 |"
    assert rows["地図：区域の切替（地区→小学校区）"] == "| 地図：区域の切替（地区→小学校区） | 0.25 | 1.00 | 4.0 |"
    assert rows["サーバーの最大メモリ（MiB, PSS）"] == "| サーバーの最大メモリ（MiB, PSS） | 300 | 900 | 3.0 |"
    # a step that was not measured reads 「—」, not None
    assert rows["初回表示：概要"] == "| 初回表示：概要 | — | — | — |"
