"""`welfare app`: serve the Streamlit dashboard over a warehouse (localhost by default)."""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

WAREHOUSE_ENV = "WELFARE_WAREHOUSE"


def register(sub: argparse._SubParsersAction) -> None:
    from indicators.paths import DEFAULT_WAREHOUSE

    p = sub.add_parser("app", help="ダッシュボードを起動する（既定: http://127.0.0.1:8501）")
    p.add_argument("--warehouse", type=Path, default=None, help=f"ウェアハウスのパス（既定: {DEFAULT_WAREHOUSE}）")
    p.add_argument("--port", type=int, default=8501, help="ポート番号（既定: 8501）")
    p.add_argument("--host", default="127.0.0.1", help="待ち受けアドレス（既定: 127.0.0.1 = このマシンのみ）")
    p.set_defaults(func=_run)


def streamlit_command(app: Path, host: str, port: int) -> list[str]:
    return [
        sys.executable, "-m", "streamlit", "run", str(app),
        "--server.address", host, "--server.port", str(port), "--server.headless", "true",
        "--browser.gatherUsageStats", "false", "--global.developmentMode", "false",
        "--server.fileWatcherType", "none", "--client.toolbarMode", "viewer",
    ]


def resolve_warehouse(path: Path | None) -> Path:
    from indicators.errors import UserError
    from indicators.paths import DEFAULT_WAREHOUSE
    from indicators.services.queries import missing_warehouse_message

    wh = Path(path or os.environ.get(WAREHOUSE_ENV) or DEFAULT_WAREHOUSE).expanduser().resolve()
    if not wh.is_file():
        raise UserError(missing_warehouse_message(wh))
    return wh


def _run(args: argparse.Namespace) -> int:
    from indicators.errors import UserError
    from indicators.paths import DASHBOARD_APP

    wh = resolve_warehouse(args.warehouse)
    if not DASHBOARD_APP.is_file():
        raise UserError(f"ダッシュボードのスクリプトが見つかりません: {DASHBOARD_APP}")
    env = {**os.environ, WAREHOUSE_ENV: str(wh)}
    print(f"ダッシュボードを起動します: http://{args.host}:{args.port}  （ウェアハウス: {wh}、終了は Ctrl+C）", flush=True)
    cmd = streamlit_command(DASHBOARD_APP, args.host, args.port)
    if os.name == "posix":
        # Become the server process, so stopping `welfare app` stops the server too.
        os.execve(cmd[0], cmd, env)
    return subprocess.call(cmd, env=env)  # pragma: no cover - non-POSIX
