"""The `welfare` command line: each subsystem registers its own subcommands.

Every `indicators.<area>.commands` module exposes `register(subparsers)`, adding its
parsers with `set_defaults(func=handler)`; a handler takes the parsed namespace and
returns an exit code. Keeping registration next to the code avoids one giant CLI file.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from indicators import __version__
from indicators.engine import commands as engine_commands
from indicators.errors import UserError
from indicators.importers import commands as importers_commands
from indicators.pipeline import commands as pipeline_commands
from indicators.plan import commands as plan_commands
from indicators.progress import commands as progress_commands
from indicators.reports import commands as reports_commands
from indicators.sample import commands as sample_commands
from indicators.services import commands as services_commands
from indicators.spatial import commands as spatial_commands

# Order is the order shown in `welfare --help`.
COMMAND_MODULES = (
    pipeline_commands,  # build
    plan_commands,  # plan
    engine_commands,  # indicators
    spatial_commands,  # suggest, access
    reports_commands,  # report
    services_commands,  # app
    importers_commands,  # import ...
    sample_commands,  # sample-data
    progress_commands,  # progress template|import|summary
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="welfare",
        description="地域福祉推進計画のモニタリング（計画の取組・地区データ・指標・ギャップ地図）",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
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
