"""`welfare app`: placeholder registration, replaced by the owner of `indicators.services`."""
from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("app", help="ダッシュボードを起動する")
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from indicators.cli import UserError

    raise UserError("welfare app はまだ実装されていません")
