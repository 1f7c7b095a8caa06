"""Qt item models over light nodes of ids and display values (STYLE.md section 4)."""
