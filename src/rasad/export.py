"""``rasad export``: ACLED-style CSV, GeoJSON and JSON Lines from extraction output."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``export`` command to the ``rasad`` parser (set ``func`` on each subcommand)."""
