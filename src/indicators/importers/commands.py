"""`welfare import`: placeholder registration, replaced by the owner of `indicators.importers`."""
from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="自治体の公開ファイルを契約形式のデータセットに取り込む")
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from indicators.cli import UserError

    raise UserError("welfare import はまだ実装されていません")
