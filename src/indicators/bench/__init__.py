"""National-scale benchmark: synthetic dataset generator, geopandas/pandas baseline, runner."""
