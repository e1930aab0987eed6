"""The build, top-down in data order: raw → staging → warehouse → indicators (see `steps.STEPS`)."""
from indicators.pipeline.build import BuildError, BuildReport, build_warehouse

__all__ = ["BuildError", "BuildReport", "build_warehouse"]
