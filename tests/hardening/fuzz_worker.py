"""A long-lived `welfare build` runner for the fuzz harness (one JSON request per stdin line).

Builds run in this process (imports paid once); the harness kills and restarts it when a case
exceeds its timeout, which is how a hang is told from a slow build. Reply per request:
{"rc": int, "out": str, "err": str} where a traceback escaping main() is in "err".
"""
from __future__ import annotations

import contextlib
import io
import json
import sys
import traceback


def main() -> None:
    from indicators.cli import main as welfare

    for line in sys.stdin:
        req = json.loads(line)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                rc = welfare(req["argv"])
            except SystemExit as exc:  # argparse
                rc = int(exc.code or 0)
            except BaseException:  # noqa: BLE001 - the defect the harness counts
                err.write("Traceback (most recent call last):\n" + traceback.format_exc())
                rc = -1
        sys.__stdout__.write(json.dumps({"rc": rc, "out": out.getvalue()[-4000:], "err": err.getvalue()[-4000:]}) + "\n")
        sys.__stdout__.flush()


if __name__ == "__main__":
    main()
