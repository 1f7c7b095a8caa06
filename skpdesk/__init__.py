"""SKP Desk: offline-first planning and rating of Indonesian civil servants' performance."""

__version__ = "0.1.0"
