"""`python -m indicators` is the same as the `welfare` console script."""
from indicators.cli import main

raise SystemExit(main())
