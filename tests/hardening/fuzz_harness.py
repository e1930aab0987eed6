"""Malformed-input fuzzing of `welfare build` with a timeout per case (issue 23).

Each case is the tiny dataset (tests/fixtures/tiny.py) with one to three mutations drawn from
the fuzzer's failure classes (stray quotes, INT32 overflow, tabular-only, alias bombs, FIFOs and
devices, encodings, long cells, NaN coordinates, bad dates, a quoted warehouse path, /proc
symlinks, formula-like values) and the suite's older ones (odd cells and names, truncation,
dropped columns, duplicates). Cases run in a long-lived worker process (fuzz_worker.py); a case
that does not answer within the timeout is a hang (the worker is killed and restarted).

Outcomes: `loaded` (every file reconciles against the harness's own record count, and the
tables hold the loaded rows), `failed_clearly` (exit 1, one Japanese message naming a file, the
previous warehouse byte-identical, no temp file left), or a defect: `traceback`, `hang`,
`rows_lost`, `unclear_error`, `warehouse_changed`, `leaked`.

The record count per CSV file is the harness's model of what it wrote (rows as lists, written by
csv.writer, then byte-level mutations whose effect on the count is known), never the reader's.
"""
from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import os
import random
import select
import shutil
import signal
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from fixtures.tiny import DEFAULT_FILES

CSV_FILES = ("district_stats.csv", "neighbourhood_assocs.csv", "resources.csv", "crosswalk.csv")
GEO_FILES = ("districts.geojson", "school_districts.geojson")
TABLE_OF = {"district_stats.csv": "district_stats", "neighbourhood_assocs.csv": "neighbourhood_assocs",
            "resources.csv": "resources", "crosswalk.csv": "crosswalk"}
COUNT_COLS = {"district_stats.csv": ["population", "pop_65plus", "households", "single_elderly_households"],
              "neighbourhood_assocs.csv": ["households", "pop_65plus", "fureai_salon", "pop_0_14"]}
SECRET = "FUZZ-ENV-SECRET-7f3a"  # in the worker's environment: must never reach a message
DEFECTS = ("traceback", "hang", "rows_lost", "unclear_error", "warehouse_changed", "leaked")

WEIRD = ["1e400", "99999999999999999999999", "2147483648", "-2147483649", "9223372036854775808", "-5", "abc",
         "１２３", "1,234,567", "NaN", "inf", "-", "X", "…", "令和99年度", "H0", "'; DROP TABLE resources; --",
         '"quoted"', '""', "0x10", "", "  7 ", "１e5", "9" * 40, "-0", "3.5", "２０２４年度", "平成元年度", "秘匿",
         "NULL", "\\N", '=HYPERLINK("http://192.0.2.7/x","開く")', "@SUM(A1)", "+1+1", "[リンク](#)",
         "![x](http://192.0.2.7/x.png)", "<script>alert(1)</script>", "\u3000", "🍙"]
ENCODINGS = ("cp932", "euc-jp", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "garbage")


def _rows(name: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(DEFAULT_FILES[name])))


@dataclass
class Case:
    """One mutated dataset: CSV rows (the model), geojson objects, byte overrides, special files."""

    seed: int
    tables: dict[str, list[list[str]]] = field(default_factory=lambda: {n: _rows(n) for n in CSV_FILES})
    geo: dict[str, dict | None] = field(default_factory=lambda: {n: json.loads(DEFAULT_FILES[n]) for n in GEO_FILES})
    yaml: str = DEFAULT_FILES["dataset.yaml"]
    encoding: dict[str, str] = field(default_factory=dict)     # CSV file → codec it is written in
    raw: dict[str, bytes] = field(default_factory=dict)        # file → bytes (counts from `expected`)
    expected: dict[str, int | None] = field(default_factory=dict)  # file → records; None = unknown
    stray: dict[str, tuple[int, int]] = field(default_factory=dict)  # file → (row, col) opening a quote
    multiline: set[str] = field(default_factory=set)           # files with a quoted line break
    special: dict[str, str] = field(default_factory=dict)      # file → fifo | dev_zero | directory | proc
    absent: set[str] = field(default_factory=set)              # CSV files not written (tabular-only mode)
    warehouse_kind: str = "plain"                              # plain | quoted | directory
    kinds: list[str] = field(default_factory=list)

    def records(self, name: str) -> int:
        """Records the model wrote: body rows minus rows whose every cell is blank (skipped)."""
        return sum(1 for r in self.tables[name][1:] if any(c.strip() for c in r))

    def csv_text(self, name: str) -> str:
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows(self.tables[name])
        text = buf.getvalue()
        if name in self.stray:  # a `"` opening the cell, never closed (the fuzzer's mutation)
            r, c = self.stray[name]
            lines = text.split("\n")
            cells = next(csv.reader([lines[r]]), [])
            if not any(x.strip() for x in cells):
                return text  # a blank row: nothing to open a quote in
            c = min(c, len(cells) - 1)
            cells[c] = '"' + cells[c].replace('"', "")
            lines[r] = ",".join(x if i == c or not any(ch in x for ch in ',"\n') else '"' + x.replace('"', '""') + '"'
                                for i, x in enumerate(cells))
            text = "\n".join(lines)
        return text

    def write(self, root: Path) -> None:
        root.mkdir(parents=True)
        (root / "dataset.yaml").write_text(self.yaml, encoding="utf-8")
        for n in CSV_FILES:
            if n in self.special or n in self.absent:
                continue
            if n in self.raw:
                (root / n).write_bytes(self.raw[n])
            else:
                enc = self.encoding.get(n, "utf-8")
                text = self.csv_text(n)
                (root / n).write_bytes(text.encode(enc, "replace") if enc != "garbage" else _garbage(text, self.seed))
        for n, obj in self.geo.items():
            if n in self.special:
                continue
            if n in self.raw:
                (root / n).write_bytes(self.raw[n])
            elif obj is not None:
                (root / n).write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")
        for n, kind in self.special.items():
            p = root / n
            if kind == "fifo":
                os.mkfifo(p)
            elif kind == "dev_zero":
                p.symlink_to("/dev/zero")
            elif kind == "proc":
                p.symlink_to("/proc/self/environ")
            else:
                p.mkdir()

    def expected_records(self, name: str) -> int | None:
        """The harness's count for a CSV file (None when the file is absent or not countable)."""
        if name in self.special or name in self.absent:
            return None
        if name in self.expected:
            return self.expected[name]
        return self.records(name)


def _garbage(text: str, seed: int) -> bytes:
    """UTF-8 text with a few bytes that are no character, never a line break, quote or comma."""
    rng = random.Random(seed)
    data = bytearray(text.encode("utf-8"))
    first = data.index(b"\n") + 1 if b"\n" in data else 0
    for _ in range(rng.randint(1, 4)):
        pos = rng.randint(first, len(data))
        data[pos:pos] = bytes([rng.choice([0x80, 0x81, 0xA0, 0xC3, 0xE3, 0xFE, 0xFF])])
    return bytes(data)


def _truncated_records(text: str, cut: int) -> int:
    """Records of `text[:cut]` after the header: whole lines with a non-blank cell, plus the partial
    last line when it has one or when it ends inside a quote (reported as such)."""
    part = text[:cut]
    lines = part.split("\n")
    if len(lines) <= 1:
        return 0
    n = 0
    for ln in lines[1:]:
        if not ln:
            continue
        try:
            cells = next(csv.reader([ln], strict=True))
        except csv.Error:
            n += 1  # an open quote at the end of the file: one reported row
            continue
        n += any(c.strip() for c in cells)
    return n


# ---- mutations -----------------------------------------------------------------------------------

def _body_cell(rng: random.Random, case: Case, name: str) -> tuple[list[str], int, int]:
    rows = case.tables[name]
    r = rng.randint(1, len(rows) - 1)
    return rows[r], r, rng.randint(0, len(rows[0]) - 1)


def m_cell(rng, case):
    name = rng.choice(CSV_FILES)
    row, _, c = _body_cell(rng, case, name)
    if c < len(row):
        row[c] = rng.choice(WEIRD)


def m_int32(rng, case):
    name = rng.choice(list(COUNT_COLS))
    rows = case.tables[name]
    col = rows[0].index(rng.choice(COUNT_COLS[name]))
    rows[rng.randint(1, len(rows) - 1)][col] = rng.choice(["2147483648", "4294967296", "9223372036854775807",
                                                           "9" * 25, "-2147483649"])


def m_threshold(rng, case):
    case.yaml += f"suppression_threshold: {rng.choice(['2147483648', '-1', '3.5', 'abc', '99999999999999999999'])}\n"


def m_stray_quote(rng, case):
    name = rng.choice(CSV_FILES)
    if name in case.multiline or name in case.raw:
        return
    _, r, c = _body_cell(rng, case, name)
    case.stray[name] = (r, c)


def m_multiline(rng, case):
    name = rng.choice(["resources.csv", "neighbourhood_assocs.csv"])
    if name in case.stray or name in case.raw:
        return
    rows = case.tables[name]
    col = rows[0].index("note" if name == "resources.csv" else "assoc_name")
    rows[rng.randint(1, len(rows) - 1)][col] = rng.choice(["一行目\n二行目", "a\r\nb", "x\n\ny"])
    case.multiline.add(name)


def m_long_cell(rng, case):
    rows = case.tables["resources.csv"]
    rows[rng.randint(1, len(rows) - 1)][rows[0].index("note")] = "長" * rng.choice([200_000, 1_100_000])


def m_encoding(rng, case):
    name = rng.choice(CSV_FILES)
    if name in case.raw:
        return
    case.encoding[name] = enc = rng.choice(ENCODINGS)
    case.kinds[-1] = f"encoding-{enc}"


def m_truncate(rng, case):
    name = rng.choice(CSV_FILES)
    if name in case.stray or name in case.multiline or name in case.encoding:
        return
    text = case.csv_text(name)
    cut = rng.randint(0, len(text) - 1)
    case.raw[name] = text[:cut].encode("utf-8")
    case.expected[name] = _truncated_records(text, cut)


def m_duplicate(rng, case):
    name = rng.choice(CSV_FILES)
    rows = case.tables[name]
    rows.insert(rng.randint(1, len(rows)), list(rows[rng.randint(1, len(rows) - 1)]))


def m_blank_rows(rng, case):
    name = rng.choice(CSV_FILES)
    rows = case.tables[name]
    rows.insert(rng.randint(1, len(rows)), [""] * len(rows[0]) if rng.random() < 0.5 else [])


def m_drop_column(rng, case):
    name = rng.choice(CSV_FILES)
    c = rng.randint(0, len(case.tables[name][0]) - 1)
    for row in case.tables[name]:
        if c < len(row):
            del row[c]


def m_extra_cells(rng, case):
    name = rng.choice(CSV_FILES)
    row, _, _ = _body_cell(rng, case, name)
    row.extend(rng.choice(WEIRD) or "x" for _ in range(rng.randint(1, 3)))


def m_short_row(rng, case):
    name = rng.choice(CSV_FILES)
    row, _, _ = _body_cell(rng, case, name)
    del row[rng.randint(1, len(row)):]


def m_empty(rng, case):
    name = rng.choice(CSV_FILES)
    data = rng.choice([b"", DEFAULT_FILES[name].splitlines()[0].encode() + b"\n", b"\n\n"])
    case.raw[name] = data
    case.expected[name] = 0


def m_tabular(rng, case):
    case.geo = {n: None for n in GEO_FILES}
    if rng.random() < 0.5:
        case.absent.add("crosswalk.csv")


def m_alias_bomb(rng, case):
    levels = rng.randint(3, 9)
    lines = ['columns:', '  a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels):
        lines.append(f"  a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    case.yaml += "\n".join(lines) + "\n"


def m_big_yaml(rng, case):
    case.yaml += "# " + "x" * (1024 * 1024 + rng.randint(1, 1000)) + "\n"


def m_bad_date(rng, case):
    case.yaml = case.yaml.replace("as_of: 2024-10-01", "as_of: " + rng.choice(
        ["2025-03-31T25:00:00", "2024-02-30", "2024-13-01", "令和6年10月1日", "'2024-10-01T09:00:00'", "0000-01-01",
         "2024-10-01 24:61:00", "9999-12-31T23:59:60"]))


def m_special_file(rng, case):
    name = rng.choice([*CSV_FILES, *GEO_FILES])
    case.special[name] = kind = rng.choice(["fifo", "dev_zero", "directory", "proc"])
    case.kinds[-1] = f"special-{kind}"


def m_nan_coordinate(rng, case):
    name = rng.choice(GEO_FILES)
    obj = case.geo.get(name)
    if obj is None:
        return
    f = rng.choice(obj["features"])
    ring = f["geometry"]["coordinates"][0]
    ring[rng.randint(0, len(ring) - 1)][rng.randint(0, 1)] = rng.choice([float("nan"), float("inf")])


def m_geo(rng, case):
    name = rng.choice(GEO_FILES)
    obj = case.geo.get(name)
    if obj is None:
        return
    feats = obj["features"]
    i = rng.randint(0, len(feats) - 1)
    kind = rng.choice(["bowtie", "empty", "null", "far", "dup", "truncate", "not_json", "code"])
    case.kinds[-1] = f"geo-{kind}"
    if kind == "bowtie":
        feats[i]["geometry"] = {"type": "Polygon", "coordinates": [[[134.20, 35.50], [134.21, 35.51], [134.21, 35.50],
                                                                     [134.20, 35.51], [134.20, 35.50]]]}
    elif kind == "empty":
        feats[i]["geometry"] = {"type": "Polygon", "coordinates": []}
    elif kind == "null":
        feats[i]["geometry"] = None
    elif kind == "far":
        feats[i]["geometry"] = {"type": "Polygon", "coordinates": [[[140, 40], [140.1, 40], [140.1, 40.1], [140, 40]]]}
    elif kind == "dup":
        feats.append(json.loads(json.dumps(feats[i])))
    elif kind == "truncate":
        data = json.dumps(obj, ensure_ascii=False).encode("utf-8")
        case.raw[name] = data[: rng.randint(0, len(data) - 1)]
    elif kind == "not_json":
        case.raw[name] = rng.randbytes(rng.randint(0, 40))
    else:
        key = "district_code" if name.startswith("districts") else "school_code"
        feats[i]["properties"][key] = rng.choice([None, 12, "", "[リンク](#)", "2147483648"])


def m_warehouse(rng, case):
    case.warehouse_kind = rng.choice(["quoted", "directory"])
    case.kinds[-1] = f"warehouse-{case.warehouse_kind}"


def m_name(rng, case):
    name = rng.choice(["resources.csv", "neighbourhood_assocs.csv"])
    rows = case.tables[name]
    col = rows[0].index("name" if name == "resources.csv" else "assoc_name")
    rows[rng.randint(1, len(rows) - 1)][col] = rng.choice(
        ["O'Brien町内会", 'サロン"ひだまり"', "Robert'); DROP TABLE resources;--", "a,b,c", "[リンク](#)",
         "![x](http://192.0.2.7/x.png)", "=HYPERLINK(\"http://192.0.2.7\")", "%s %d {0}", "　全角空白　", "🍙カフェ"])


# mutation kind → (function, weight): the fuzzer's classes weigh more than the older kinds
MUTATIONS = {
    "stray_quote": (m_stray_quote, 6), "int32": (m_int32, 4), "threshold": (m_threshold, 2),
    "tabular": (m_tabular, 3), "alias_bomb": (m_alias_bomb, 2), "big_yaml": (m_big_yaml, 1),
    "special": (m_special_file, 3), "encoding": (m_encoding, 5), "long_cell": (m_long_cell, 1),
    "bad_date": (m_bad_date, 2), "nan_coordinate": (m_nan_coordinate, 2), "warehouse": (m_warehouse, 2),
    "multiline": (m_multiline, 2), "cell": (m_cell, 6), "name": (m_name, 3), "truncate": (m_truncate, 3),
    "duplicate": (m_duplicate, 2), "blank_rows": (m_blank_rows, 2), "drop_column": (m_drop_column, 2),
    "extra_cells": (m_extra_cells, 2), "short_row": (m_short_row, 2), "empty": (m_empty, 1), "geo": (m_geo, 3),
}


def make_case(seed: int) -> Case:
    """A deterministic case for `seed`: one to three mutations, weighted by MUTATIONS."""
    rng = random.Random(seed)
    case = Case(seed)
    names = list(MUTATIONS)
    weights = [MUTATIONS[n][1] for n in names]
    # the first cases take each kind once, so that even a short run covers every class
    first = [names[seed]] if seed < len(names) else []
    for kind in first + rng.choices(names, weights, k=rng.choice([1, 1, 2, 3]) - len(first)):
        case.kinds.append(kind)
        MUTATIONS[kind][0](rng, case)
    return case


# ---- running -------------------------------------------------------------------------------------

class Worker:
    """fuzz_worker.py in its own process group; `run` answers None on timeout (the worker is killed)."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env
        self.proc: subprocess.Popen | None = None

    def _start(self) -> subprocess.Popen:
        if self.proc is None or self.proc.poll() is not None:
            self.proc = subprocess.Popen([sys.executable, str(Path(__file__).with_name("fuzz_worker.py"))],
                                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                         text=True, env=self.env, start_new_session=True)
        return self.proc

    def run(self, argv: list[str], timeout: float) -> dict | None:
        proc = self._start()
        assert proc.stdin and proc.stdout
        proc.stdin.write(json.dumps({"argv": argv}) + "\n")
        proc.stdin.flush()
        ready, _, _ = select.select([proc.stdout], [], [], timeout)
        line = proc.stdout.readline() if ready else ""
        if not line:
            self.stop()
            return None
        return json.loads(line)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        self.proc = None


def _sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def _worker_env() -> dict[str, str]:
    src = str(Path(__file__).resolve().parents[2] / "src")
    return {**os.environ, "FUZZ_SECRET": SECRET,
            "PYTHONPATH": os.pathsep.join(p for p in (src, os.environ.get("PYTHONPATH", "")) if p)}


def check(case: Case, result: dict | None, root: Path, wh: Path, before: str | None) -> tuple[str, str]:
    """(outcome, detail) of a finished case."""
    if result is None:
        return "hang", ""
    err = result["err"]
    if "Traceback" in err:
        return "traceback", err[-1500:]
    if SECRET in err or SECRET in result["out"]:
        return "leaked", err[-500:]
    if result["rc"] != 0:
        msg = err.strip()
        named = any(s in msg for s in (".csv", ".geojson", ".yaml", "地区", "--warehouse", "ディスク"))
        if result["rc"] != 1 or not msg.startswith("エラー: ") or not named:
            return "unclear_error", msg[-500:]
        if before is not None and (not wh.is_file() or _sha(wh) != before):
            return "warehouse_changed", msg
        if list(wh.parent.glob(f".{wh.name}.building-*")):
            return "warehouse_changed", "temporary build file left behind"
        return "failed_clearly", ""
    import duckdb

    con = duckdb.connect(str(wh), read_only=True)
    try:
        rec = {r[0]: r[1:] for r in con.execute(
            "SELECT source_file, rows_read, rows_loaded, rows_rejected FROM load_reconciliation").fetchall()}
        for name in CSV_FILES:
            want = case.expected_records(name)
            if name not in rec:
                if want:
                    return "rows_lost", f"{name}: no reconciliation row, {want} records written"
                continue
            read, loaded, rejected = rec[name]
            if read != loaded + rejected:
                return "rows_lost", f"{name}: read {read} != loaded {loaded} + rejected {rejected}"
            if want is not None and read != want:
                return "rows_lost", f"{name}: read {read}, the harness wrote {want} records"
            table = TABLE_OF[name]
            if table != "crosswalk":  # the crosswalk table may hold derived rows as well
                n = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                if n != loaded:
                    return "rows_lost", f"{name}: {loaded} loaded but {n} rows in {table}"
        for name in GEO_FILES:
            obj = case.geo.get(name)
            if obj is not None and name not in case.raw and name not in case.special and name in rec:
                read, loaded, rejected = rec[name]
                if read != len(obj["features"]) or read != loaded + rejected:
                    return "rows_lost", f"{name}: {rec[name]} for {len(obj['features'])} features"
    finally:
        con.close()
    return "loaded", ""


def _one(seed: int, worker: Worker, pristine: Path, base: Path, timeout: float) -> tuple[Case, str, str]:
    case = make_case(seed)
    root = base / f"case-{seed}"
    case.write(root / "ds")
    folder = root / ("o'brien'; COPY (SELECT 1) TO 'pwned.csv'; --" if case.warehouse_kind == "quoted" else "wh")
    folder.mkdir(parents=True)
    wh = folder / "warehouse.duckdb"
    before = None
    if case.warehouse_kind == "directory":
        wh.mkdir()
    else:
        shutil.copyfile(pristine, wh)
        before = _sha(wh)
    result = worker.run(["build", "--dataset", str(root / "ds"), "--warehouse", str(wh), "-q", "--lock-timeout", "5"],
                        timeout)
    outcome, detail = check(case, result, root, wh, before)
    if case.warehouse_kind == "directory" and outcome == "failed_clearly" and list(wh.iterdir()):
        outcome, detail = "warehouse_changed", "the directory named as --warehouse was written into"
    if list(root.rglob("pwned.csv")):
        outcome, detail = "leaked", "an SQL statement from the warehouse path ran"
    shutil.rmtree(root, ignore_errors=True)
    return case, outcome, detail


def run_cases(seeds: range, timeout: float = 60.0, workers: int = 1) -> tuple[Counter, list[str]]:
    """Run the cases of `seeds` on `workers` worker processes; returns (outcome counts, defect details)."""
    import threading
    from concurrent.futures import ThreadPoolExecutor

    counts: Counter = Counter()
    defects: list[str] = []
    base = Path(tempfile.mkdtemp(prefix="welfare-fuzz-"))
    env = _worker_env()
    local = threading.local()
    started: list[Worker] = []
    lock = threading.Lock()

    def worker() -> Worker:
        if not hasattr(local, "w"):
            local.w = Worker(env)
            with lock:
                started.append(local.w)
        return local.w

    try:
        pristine_ds = base / "pristine-ds"
        Case(-1).write(pristine_ds)
        pristine = base / "pristine.duckdb"
        res = worker().run(["build", "--dataset", str(pristine_ds), "--warehouse", str(pristine), "-q"], timeout * 3)
        assert res is not None and res["rc"] == 0, res
        with ThreadPoolExecutor(max_workers=workers) as pool:
            for case, outcome, detail in pool.map(lambda s: _one(s, worker(), pristine, base, timeout), seeds):
                counts[outcome] += 1
                for k in case.kinds:
                    counts[f"kind:{k}"] += 1
                if outcome in DEFECTS:
                    defects.append(f"seed {case.seed} {case.kinds}: {outcome}: {detail}")
    finally:
        for w in started:
            w.stop()
        shutil.rmtree(base, ignore_errors=True)
    return counts, defects


def summary(counts: Counter) -> str:
    total = sum(v for k, v in counts.items() if not k.startswith("kind:"))
    outcomes = ", ".join(f"{k} {counts.get(k, 0)}" for k in ("loaded", "failed_clearly", *DEFECTS))
    return f"{total} fuzz cases: {outcomes}"
