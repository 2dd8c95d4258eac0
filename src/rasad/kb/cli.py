"""``rasad kb ...`` subcommands (issue 4)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``kb`` command to the ``rasad`` parser (set ``func`` on each subcommand)."""
