"""The dashboard area ("dasbor"): charts with their tables over ``ws.dashboard``."""
