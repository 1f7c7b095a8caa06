"""The SKP area: drafting wizards, the phrasing coach, reviu and penetapan."""
