"""The progress vocabulary: statuses (order, Japanese description) and ratings A–D.

Declared once here; staging, the workbook's drop-downs, the engine (through the warehouse
tables `progress_statuses` / `progress_ratings`) and the UI all read it. Rating definitions can
be replaced per dataset in dataset.yaml (`progress_ratings: {A: ..., B: ..., C: ..., D: ...}`).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from indicators.errors import UserError


@dataclass(frozen=True)
class Status:
    status: str  # the term itself, as departments write it
    description: str
    done: bool  # counts as 実施済み (share "実施 or 完了")
    order: int


STATUSES: tuple[Status, ...] = (
    Status("実施", "計画どおり実施している", True, 1),
    Status("一部実施", "一部を実施している", False, 2),
    Status("未実施", "まだ実施していない", False, 3),
    Status("完了", "取組を終えた・目的を達成した", True, 4),
    Status("休止", "一時的に休止している", False, 5),
    Status("廃止", "取組をやめた", False, 6),
)
STATUS_NAMES = tuple(s.status for s in STATUSES)
DONE_STATUSES = tuple(s.status for s in STATUSES if s.done)
# spellings departments use for the same status
STATUS_ALIASES = {"実施中": "実施", "一部": "一部実施", "未着手": "未実施", "終了": "完了", "中止": "休止"}

RATINGS = ("A", "B", "C", "D")
DEFAULT_RATING_LABELS = {
    "A": "計画どおり進んでいる",
    "B": "おおむね進んでいる",
    "C": "やや遅れている",
    "D": "遅れている・未着手",
}
BEHIND = ("C", "D")  # the ratings the committee discusses


def _norm(raw: Any) -> str:
    if raw is None:
        return ""
    return unicodedata.normalize("NFKC", str(raw)).replace(" ", "").strip()


def parse_status(raw: Any) -> str | None:
    """The status term of a cell ('' → None); raises ValueError outside the vocabulary."""
    s = _norm(raw)
    if not s:
        return None
    s = STATUS_ALIASES.get(s, s)
    if s not in STATUS_NAMES:
        raise ValueError(s)
    return s


def parse_rating(raw: Any) -> str | None:
    """A–D (full-width Ａ and lower case accepted; 'A評価' too); raises ValueError otherwise."""
    s = _norm(raw).upper().removesuffix("評価")
    if not s:
        return None
    if s not in RATINGS:
        raise ValueError(s)
    return s


def status_reason(value: Any) -> str:
    return f"状況「{value}」は語彙（{'・'.join(STATUS_NAMES)}）にありません"


def rating_reason(value: Any) -> str:
    return f"評価「{value}」は A・B・C・D のいずれでもありません"


def rating_labels(doc: dict[str, Any] | None) -> dict[str, str]:
    """Rating definitions: the defaults, replaced by dataset.yaml `progress_ratings` where given."""
    section = (doc or {}).get("progress_ratings")
    if section is None:
        return dict(DEFAULT_RATING_LABELS)
    if not isinstance(section, dict):
        raise UserError("dataset.yaml: progress_ratings は「A: 計画どおり進んでいる」の形で書いてください")
    out = dict(DEFAULT_RATING_LABELS)
    for key, label in section.items():
        k = _norm(key).upper()
        if k not in RATINGS:
            raise UserError(f"dataset.yaml: progress_ratings のキー「{key}」は A・B・C・D のいずれかにしてください")
        if label is None or not str(label).strip():
            raise UserError(f"dataset.yaml: progress_ratings の {k} の定義が空です")
        out[k] = str(label).strip()
    return out


def status_frame():
    import pandas as pd

    return pd.DataFrame([{"status": s.status, "description": s.description, "done": s.done, "sort_order": s.order}
                         for s in STATUSES])


def rating_frame(labels: dict[str, str]):
    import pandas as pd

    return pd.DataFrame([{"rating": r, "label_ja": labels[r], "behind": r in BEHIND, "sort_order": n + 1}
                         for n, r in enumerate(RATINGS)])
