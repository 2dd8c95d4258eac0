"""``python -m rasad`` runs the command line."""

import sys

from rasad.cli import main

sys.exit(main())
