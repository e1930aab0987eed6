"""Regional welfare plan monitoring: plan measures, district data, indicators and gap maps."""

__version__ = "0.1.0"
