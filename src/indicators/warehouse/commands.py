"""`welfare build`: placeholder registration, replaced by the owner of `indicators.warehouse`."""
from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("build", help="データセットと計画から DuckDB ウェアハウスを構築する")
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from indicators.cli import UserError

    raise UserError("welfare build はまだ実装されていません")
