"""The Rating area (Penilaian): ``page.RatingPage``."""
