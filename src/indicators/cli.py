"""The `welfare` command line: each subsystem registers its own subcommands.

Every `indicators.<area>.commands` module exposes `register(subparsers)`, adding its
parsers with `set_defaults(func=handler)`; a handler takes the parsed namespace and
returns an exit code. Keeping registration next to the code avoids one giant CLI file.
"""
from __future__ import annotations

import argparse
import atexit
import gc
import importlib
import sys
from collections.abc import Sequence

from indicators import __version__
from indicators.errors import UserError

# Order is the order shown in `welfare --help`.
COMMAND_MODULES = (
    "indicators.warehouse.commands",  # build
    "indicators.plan.commands",  # plan
    "indicators.engine.commands",  # indicators
    "indicators.spatial.commands",  # suggest, access
    "indicators.reports.commands",  # report
    "indicators.services.commands",  # app
    "indicators.importers.commands",  # import ...
    "indicators.sample.commands",  # sample-data
    "indicators.progress.commands",  # progress template|import|summary
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="welfare",
        description="地域福祉推進計画のモニタリング（計画の取組・地区データ・指標・ギャップ地図）",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def tune_process_gc() -> None:
    """Keep the cyclic garbage collector off the long-lived objects of pandas, scipy and friends.

    Freezing what the imports created makes later collections cheaper, and freezing again at exit
    skips the collection at interpreter shutdown (together ~0.3 s of a 4 s `welfare build`,
    measured). Objects still alive then are reclaimed by the OS; files and DuckDB connections are
    closed explicitly by the commands, never left to the collector. The benchmark's child
    process calls it too, so that it measures a build as `welfare build` runs it.
    """
    gc.freeze()
    atexit.register(gc.freeze)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    if argv is None:  # a `welfare` process (tests pass argv and keep their garbage collector as is)
        tune_process_gc()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except UserError as exc:
        print(f"エラー: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("中断しました", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    # `python -m indicators.cli` runs this file as __main__, a second copy of the module whose
    # UserError is not the class the subcommands raise: delegate to the imported module.
    from indicators.cli import main as _main

    raise SystemExit(_main())
