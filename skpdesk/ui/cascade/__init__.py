"""The cascading tree editor (R-CASCADE)."""
