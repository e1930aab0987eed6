"""The department workbook (openpyxl): written by `welfare progress template`, read back by
`welfare progress import`.

The caller passes the sheet kinds (`SheetKind`s): each kind writes its sheet of the template
(`template(ctx) -> Sheet | None`) and merges its rows read back from returned workbooks
(`merge(rows, ctx, ledger)`). This module does the Excel side for every kind: locked grey
reference columns, drop-downs, frozen header, widths, A4 landscape printing, an instructions
sheet, a hidden sheet with the year and department, and reading rows by header text (so rows
may be re-sorted or filtered and columns added). See /work/wt/notes/progress-interface.md.
"""
from __future__ import annotations

import datetime as dt
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from indicators.errors import UserError
from indicators.services.exports import text_cell

INSTRUCTIONS = "記入方法"
META = "様式情報"  # hidden: fiscal year, department, actor
FORM_NAME = "地域福祉推進計画 進捗評価シート"
GREY = "D9D9D9"
HEADER_FILL = "BDD7EE"


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # Japanese header text; rows are read back by it
    width: float = 14
    locked: bool = False  # reference column: grey and protected
    kind: str = "text"  # text | number | choice
    choices: tuple[str, ...] = ()
    fill: bool = False  # a department's entry: a row with none of these filled is blank
    wrap: bool = False


@dataclass
class Sheet:
    name: str
    columns: list[Column]
    rows: list[dict[str, Any]]
    instructions: list[str] = field(default_factory=list)


@dataclass
class TemplateContext:
    dataset_dir: Path
    cfg: Any  # raw.dataset.DatasetConfig
    fiscal_year: int
    department: str | None = None
    actor: str | None = None
    cache: dict[str, Any] = field(default_factory=dict)  # shared look-ups (e.g. the parsed plan)


@dataclass
class ImportContext:
    dataset_dir: Path
    cfg: Any
    fiscal_year: int | None = None  # --fy: for workbooks without the hidden 様式情報 sheet
    cache: dict[str, Any] = field(default_factory=dict)


@dataclass
class WorkbookRow:
    """One non-blank row of a returned workbook, cells by column key (as Excel holds them)."""

    source: str  # file name
    sheet: str
    row: int  # Excel row number
    fiscal_year: int
    department: str | None  # of the workbook (hidden sheet), if any
    values: dict[str, Any]
    letters: dict[str, str]  # column key → column letter in this workbook

    def where(self, key: str | None = None) -> str:
        """「file シート 進捗 セル H12」 (or 「… 12 行目」 for a whole row)."""
        if key is not None and key in self.letters:
            return f"{self.source} シート {self.sheet} セル {self.letters[key]}{self.row}"
        return f"{self.source} シート {self.sheet} {self.row} 行目"


class Ledger:
    """What an import did with each row: read = merged + rejected, per sheet."""

    def __init__(self) -> None:
        self.read: dict[str, int] = {}
        self.merged: dict[str, int] = {}
        self.rejected: list[tuple[str, str, str]] = []  # (sheet, where, reason)
        self.notes: list[tuple[str, str, str]] = []
        self.blank: dict[str, int] = {}
        self.written: list[str] = []

    def count_read(self, sheet: str, n: int = 1) -> None:
        self.read[sheet] = self.read.get(sheet, 0) + n

    def merge(self, row: WorkbookRow, note: str | None = None) -> None:
        self.merged[row.sheet] = self.merged.get(row.sheet, 0) + 1
        if note:
            self.notes.append((row.sheet, row.where(), note))

    def reject(self, row: WorkbookRow, key: str | None, reason: str) -> None:
        self.rejected.append((row.sheet, row.where(key), reason))

    def rejected_count(self, sheet: str) -> int:
        return len({_row_of(w) for s, w, _ in self.rejected if s == sheet})

    def check(self) -> None:
        for sheet, n in self.read.items():
            if n != self.merged.get(sheet, 0) + self.rejected_count(sheet):
                raise RuntimeError(f"import ledger broken for {sheet}: read {n}, merged {self.merged.get(sheet, 0)}, "
                                   f"rejected {self.rejected_count(sheet)}")

    def lines(self) -> list[str]:
        out = []
        for sheet, n in self.read.items():
            blank = self.blank.get(sheet, 0)
            out.append(f"シート {sheet}: 読み込み {n} 行 = 取り込み {self.merged.get(sheet, 0)} 行 + 除外 "
                       f"{self.rejected_count(sheet)} 行" + (f"（空欄の行 {blank} 行は読み飛ばし）" if blank else ""))
        out += [f"注記: {where}: {text}" for _, where, text in self.notes]
        out += [f"除外: {where}: {reason}" for _, where, reason in self.rejected]
        out += [f"書き込み: {path}" for path in self.written]
        return out


def _row_of(where: str) -> str:
    """The row part of a location (several rejected cells of one row count as one rejected row)."""
    if " セル " in where:
        head, cell = where.rsplit(" セル ", 1)
        return head + " " + "".join(ch for ch in cell if ch.isdigit())
    return where.removesuffix(" 行目")


class SheetKind:
    """A sheet of the workbook; subclass, set `name` and `order`, and list an instance in
    `progress.commands.SHEET_KINDS`."""

    name: str = ""
    order: int = 50

    def columns(self) -> list[Column]:  # pragma: no cover - interface
        """The sheet's columns (the import reads a returned sheet by their headers)."""
        raise NotImplementedError

    def template(self, ctx: TemplateContext) -> Sheet | None:  # pragma: no cover - interface
        raise NotImplementedError

    def merge(self, rows: list[WorkbookRow], ctx: ImportContext, ledger: Ledger) -> None:  # pragma: no cover
        raise NotImplementedError



def _ordered(kinds: Sequence[SheetKind]) -> list[SheetKind]:
    return sorted(kinds, key=lambda k: (k.order, k.name))


def norm_header(text: Any) -> str:
    return unicodedata.normalize("NFKC", str(text or "")).replace(" ", "").replace("\n", "").strip()


# ----------------------------------------------------------------------------- merging (shared by the sheet kinds)
def merge_unique(items: list[tuple[WorkbookRow, dict[str, Any], str | None]], key: Callable[[dict[str, Any]], Any],
                 ledger: Ledger, column: str, conflict: Callable[[Any, str], str]) -> list[dict[str, Any]]:
    """The records of rows that passed their checks, one per key: a key written twice (two
    workbooks, or twice in one) is a conflict and every row of it is rejected, naming all the
    cells (`conflict(key, cells)` words the reason); the others are merged. `items`: (row, record, note)."""
    groups: dict[Any, list[tuple[WorkbookRow, dict[str, Any], str | None]]] = {}
    for item in items:
        groups.setdefault(key(item[1]), []).append(item)
    merged: list[dict[str, Any]] = []
    for k, group in groups.items():
        if len(group) > 1:
            where = "、".join(r.where(column) for r, _, _ in group)
            for r, _, _ in group:
                ledger.reject(r, column, conflict(k, where))
            continue
        row, rec, note = group[0]
        ledger.merge(row, note)
        merged.append(rec)
    return merged


def replace_csv_rows(path: Path, columns: Sequence[str], records: list[dict[str, Any]],
                     key: Callable[[dict[str, Any]], Any], sort: Callable[[dict[str, Any]], Any] | None = None) -> Path:
    """Merge records into the contract CSV at `path`: a record replaces the rows of its key, the
    other rows are kept as written (even ones the build would reject), extra columns too. Written
    whole to a temporary file and swapped in (never a half-written contract file)."""
    import csv
    import io

    from indicators.raw.csvfile import read_csv

    path = Path(path)
    header = list(columns)
    keep: list[dict[str, Any]] = []
    replace = {key(r) for r in records}
    if path.exists():
        table = read_csv(path)
        header = list(dict.fromkeys([*columns, *table.header]))
        keep = [rec for _, rec in table.records if key(rec) not in replace]
    out = keep + [{k: "" if r.get(k) is None else str(r[k]) for k in columns} for r in records]
    if sort is not None:
        out.sort(key=sort)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=header, lineterminator="\n", extrasaction="ignore", restval="")
    w.writeheader()
    w.writerows(out)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(buf.getvalue(), encoding="utf-8")
    tmp.replace(path)
    return path


# ----------------------------------------------------------------------------- writing
def write_template(path: Path, ctx: TemplateContext, kinds: Sequence[SheetKind]) -> dict[str, int]:
    """Write the workbook; returns rows per sheet. Raises UserError when no sheet has rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    sheets = [s for s in (k.template(ctx) for k in _ordered(kinds)) if s is not None]
    if not sheets or not any(s.rows for s in sheets):
        raise UserError("様式に載せる取組がありません（--department / --actor の条件を確認してください）")
    wb = Workbook()
    guide = wb.active
    guide.title = INSTRUCTIONS
    municipality = getattr(ctx.cfg, "municipality_name", "") or ""
    lines = [f"{municipality} {FORM_NAME}（{ctx.fiscal_year}年度）",
             f"担当: {ctx.department or '（指定なし）'}" + (f"　主体: {ctx.actor}" if ctx.actor else ""), ""]
    for s in sheets:
        lines += s.instructions + [""]
    lines += ["・灰色の列は参照用で、変更できません。行の並べ替え・絞り込み、列の追加は構いません。",
              "・記入が終わったら、このファイルをそのまま返送してください（ファイル名は変えて構いません）。"]
    if getattr(ctx.cfg, "synthetic", False):
        lines.insert(1, "※この様式の前年度の値は合成データ（架空）です。")
    for i, line in enumerate(lines, start=1):
        guide.cell(row=i, column=1, value=line).alignment = Alignment(wrap_text=True, vertical="top")
    guide["A1"].font = Font(bold=True, size=14)
    guide.column_dimensions["A"].width = 110
    _print_setup(guide)

    grey = PatternFill("solid", fgColor=GREY)
    head_fill = PatternFill("solid", fgColor=HEADER_FILL)
    counts: dict[str, int] = {}
    for s in sheets:
        ws = wb.create_sheet(s.name)
        for j, col in enumerate(s.columns, start=1):
            c = ws.cell(row=1, column=j, value=col.header)
            c.font = Font(bold=True)
            c.fill = grey if col.locked else head_fill
            c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
            ws.column_dimensions[get_column_letter(j)].width = col.width
        for i, values in enumerate(s.rows, start=2):
            for j, col in enumerate(s.columns, start=1):
                v = values.get(col.key)
                # last year's 実績 comes from the departments: text, never a formula
                c = text_cell(ws.cell(row=i, column=j, value=None if v is None or v == "" else v))
                c.alignment = Alignment(wrap_text=col.wrap, vertical="top")
                if col.locked:
                    c.fill = grey
                else:
                    c.protection = Protection(locked=False)
                if col.kind == "number":
                    c.number_format = "#,##0.###"
            ws.row_dimensions[i].height = _row_height(s.columns, values)
        ws.row_dimensions[1].height = 30
        last = len(s.rows) + 1
        # unlocked blank rows below the list: departments add a row without ID there
        extra = 20
        for i in range(last + 1, last + 1 + extra):
            for j in range(1, len(s.columns) + 1):  # every cell: a new row names its measure too
                ws.cell(row=i, column=j).protection = Protection(locked=False)
        for j, col in enumerate(s.columns, start=1):
            if col.kind == "choice" and col.choices:
                letter = get_column_letter(j)
                dv = DataValidation(type="list", formula1='"' + ",".join(col.choices) + '"', allow_blank=True,
                                    showErrorMessage=True, errorTitle="選択肢にない値です",
                                    error=f"{col.header}は一覧（{'・'.join(col.choices)}）から選んでください")
                dv.add(f"{letter}2:{letter}{last + extra}")
                ws.add_data_validation(dv)
        ws.freeze_panes = "B2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(s.columns))}{last}"
        ws.print_title_rows = "1:1"
        ws.protection.sheet = True
        ws.protection.sort = False  # departments may sort and filter the protected sheet
        ws.protection.autoFilter = False
        ws.protection.formatColumns = False
        ws.protection.formatRows = False
        _print_setup(ws)
        counts[s.name] = len(s.rows)

    meta = wb.create_sheet(META)
    for i, (k, v) in enumerate([("様式", FORM_NAME), ("年度", ctx.fiscal_year), ("担当", ctx.department or ""),
                                ("主体", ctx.actor or ""), ("作成", dt.datetime.now().strftime("%Y-%m-%d %H:%M"))],
                               start=1):
        meta.cell(row=i, column=1, value=k)
        meta.cell(row=i, column=2, value=v)
    meta.sheet_state = "hidden"
    wb.active = 1  # open on the first sheet to fill
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        wb.save(path)
    except OSError as exc:
        raise UserError(f"{path} に書き込めません（{exc.strerror or exc}）") from exc
    return counts


def _row_height(columns: list[Column], values: dict[str, Any]) -> float:
    """Points for a row whose wrapped texts all show (openpyxl cannot autofit; a CJK character is
    about two units of column width)."""
    lines = 1
    for col in columns:
        v = values.get(col.key)
        if col.wrap and v not in (None, ""):
            per_line = max(1, int(col.width / 2))
            lines = max(lines, -(-len(str(v)) // per_line))
    return 15.0 * min(lines, 12)


def _print_setup(ws) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


# ----------------------------------------------------------------------------- reading
def _meta(wb) -> dict[str, Any]:
    if META not in wb.sheetnames:
        return {}
    ws = wb[META]
    return {str(r[0]).strip(): r[1] for r in ws.iter_rows(min_row=1, max_col=2, values_only=True) if r[0] is not None}


def read_rows(path: Path, kinds: Iterable[SheetKind], fallback_fy: int | None, ledger: Ledger,
              columns: dict[str, list[Column]]) -> dict[str, list[WorkbookRow]]:
    """Non-blank rows of each known sheet of one workbook (by header text), counted as read."""
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter
    from openpyxl.utils.exceptions import InvalidFileException

    path = Path(path)
    try:
        wb = load_workbook(path, data_only=True, read_only=False)
    except FileNotFoundError as exc:
        raise UserError(f"{path}: ファイルがありません") from exc
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise UserError(f"{path.name}: Excel ブック（.xlsx）として読めません（{exc}）") from exc
    meta = _meta(wb)
    fy = meta.get("年度")
    if fy in (None, ""):
        if fallback_fy is None:
            raise UserError(f"{path.name}: 年度が分かりません（様式情報シートがありません）。--fy で年度を指定してください")
        fy = fallback_fy
    try:
        fy = int(fy)
    except (TypeError, ValueError):
        raise UserError(f"{path.name}: 様式情報シートの年度「{fy}」が読めません") from None
    dept = str(meta.get("担当") or "").strip() or None
    out: dict[str, list[WorkbookRow]] = {}
    found = False
    for kind in kinds:
        if kind.name not in wb.sheetnames:
            continue
        found = True
        ws = wb[kind.name]
        header = {norm_header(c.value): c.column for c in ws[1] if c.value is not None}
        cols = {}
        for col in columns[kind.name]:
            if norm_header(col.header) in header:
                cols[col.key] = header[norm_header(col.header)]
        fill_keys = [c.key for c in columns[kind.name] if c.fill]
        rows: list[WorkbookRow] = []
        for r in range(2, ws.max_row + 1):
            values = {k: _cell(ws.cell(row=r, column=j).value) for k, j in cols.items()}
            if all(values.get(k) is None for k in fill_keys):
                if any(v is not None for v in values.values()):
                    ledger.blank[kind.name] = ledger.blank.get(kind.name, 0) + 1
                continue
            rows.append(WorkbookRow(path.name, kind.name, r, fy, dept, values,
                                    {k: get_column_letter(j) for k, j in cols.items()}))
        ledger.count_read(kind.name, len(rows))
        out[kind.name] = rows
    if not found:
        names = "・".join(k.name for k in kinds)
        raise UserError(f"{path.name}: 様式のシート（{names}）がありません")
    return out


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        v = value.strip().replace("\u3000", " ").strip()
        return v or None
    return value


def import_workbooks(paths: list[Path], ctx: ImportContext, kinds: Sequence[SheetKind]) -> Ledger:
    """Read every workbook, then let each sheet kind merge all its rows (conflicts across files
    are visible to it); returns the ledger (read = merged + rejected per sheet, checked)."""
    kinds = _ordered(kinds)
    ledger = Ledger()
    columns = {k.name: k.columns() for k in kinds}
    rows: dict[str, list[WorkbookRow]] = {k.name: [] for k in kinds}
    for p in paths:
        for name, got in read_rows(p, kinds, ctx.fiscal_year, ledger, columns).items():
            rows[name] += got
    for kind in kinds:
        if rows[kind.name] or kind.name in ledger.read:
            kind.merge(rows[kind.name], ctx, ledger)
    ledger.check()
    return ledger
