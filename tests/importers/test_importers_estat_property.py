"""Property check of the 合算先 handling against values known by construction (hypothesis).

Each generated 町丁 has a true population; a merged 町丁 shows `X` and its people are added to
its 合算先's cell, as e-Stat does. Whatever the merges and the 町丁→地区 table, the importer
must neither double count nor lose anyone: Σ districts + Σ unmapped = Σ true values, and every
district value not marked suppressed equals the true sum of its 町丁.
"""
from __future__ import annotations

from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from indicators.importers.common import Reconciliation, TownResolver
from indicators.importers.estat import EstatTable, aggregate_table


@st.composite
def cities(draw):
    n = draw(st.integers(2, 9))
    true = draw(st.lists(st.integers(0, 500), min_size=n, max_size=n))
    district = draw(st.lists(st.sampled_from(["D1", "D2", "D3", None]), min_size=n, max_size=n))
    hosts: dict[int, int] = {}
    for i in range(n):
        if draw(st.booleans()) and draw(st.booleans()):  # about a quarter of the 町丁 are merged
            cand = [j for j in range(n) if j != i and j not in hosts and i not in hosts.values()]
            if cand:
                hosts[i] = draw(st.sampled_from(cand))
    # a host must not itself be merged away
    hosts = {i: h for i, h in hosts.items() if h not in hosts}
    return true, district, hosts


@settings(max_examples=60, deadline=None)
@given(cities())
def test_merges_neither_double_count_nor_lose(city):
    true, district, hosts = city
    n = len(true)
    code = [f"31201{(i + 1) * 10:04d}" for i in range(n)]
    shown = list(true)
    for i, h in hosts.items():
        shown[h] += true[i]
    rows = []
    for i in range(n):
        cell = "X" if i in hosts else ("-" if shown[i] == 0 else str(shown[i]))
        rows.append((i + 3, {"KEY_CODE": code[i], "NAME": f"町{i}", "HTKSAKI": code[hosts[i]] if i in hosts else "",
                             "GASSAN": "", "T001081001": cell}))
    t = EstatTable("t.csv", "T001081", [], {}, rows, {"population": "T001081001"})
    resolver = TownResolver({code[i]: d for i, d in enumerate(district) if d}, {}, {}, "towns.csv")
    rec = Reconciliation("estat-census", "t.csv")
    res = aggregate_table(t, resolver, "31201", rec, threshold=0)

    assert rec.balanced and rec.rows_read == n
    by_district = defaultdict(int)
    for i in range(n):
        if district[i]:
            by_district[district[i]] += true[i]
    lost = sum(true[i] for i in range(n) if not district[i] and i not in hosts)
    lost += sum(true[i] for i in hosts if not district[hosts[i]])  # merged into an unmapped host
    total = sum(res.values.get(d, {}).get("population", 0) for d in res.districts)
    assert total + lost == sum(true)
    for d in res.districts:
        if "population" not in res.suppressed.get(d, set()):
            assert res.values[d].get("population", 0) == by_district[d]
