"""`welfare sample-data`: placeholder registration, replaced by the owner of `indicators.sample`."""
from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sample-data", help="同梱のサンプルデータセットを生成する")
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from indicators.cli import UserError

    raise UserError("welfare sample-data はまだ実装されていません")
