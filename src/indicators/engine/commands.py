"""`welfare indicators`: placeholder registration, replaced by the owner of `indicators.engine`."""
from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("indicators", help="指標値を表示する")
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from indicators.cli import UserError

    raise UserError("welfare indicators はまだ実装されていません")
