"""Readers (JSON Lines, text, HTML, folders) and writers (JSON Lines, errors)."""
