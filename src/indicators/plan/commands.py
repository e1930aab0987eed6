"""`welfare plan`: placeholder registration, replaced by the owner of `indicators.plan`."""
from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("plan", help="計画の取組を一覧表示する")
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from indicators.cli import UserError

    raise UserError("welfare plan はまだ実装されていません")
