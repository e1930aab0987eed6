"""`welfare report`: placeholder registration, replaced by the owner of `indicators.reports`."""
from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="委員会資料（スライド・地区カルテ・地図）を出力する")
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from indicators.cli import UserError

    raise UserError("welfare report はまだ実装されていません")
