"""`welfare suggest`: placeholder registration, replaced by the owner of `indicators.spatial`."""
from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("suggest", help="新しい拠点の候補地を提案する")
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from indicators.cli import UserError

    raise UserError("welfare suggest はまだ実装されていません")
