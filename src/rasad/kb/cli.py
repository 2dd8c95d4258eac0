"""``rasad kb ...`` subcommands (issue 4).

    rasad kb check                                   validate the knowledge-base files (packaged + overlay)
    rasad kb import opensyria PATH [--into DIR]      Open-Syria admin JSON folder
    rasad kb import geonames PATH [--alternate-names FILE] [--into DIR]
    rasad kb import ocha PATH [--into DIR]           OCHA admin table (CSV/TSV)
    rasad kb report [INPUT...] [--top N]             entities found / resolved / top unresolved names

Imports are written to ``DIR/places_<source>.tsv`` (default ``<user data dir>/kb``), which the loader
lays over the packaged base.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rasad.resources import user_data_dir


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``kb`` command to the ``rasad`` parser (set ``func`` on each subcommand)."""
    kb = sub.add_parser("kb", help="the knowledge base of actors, people and places")
    kbsub = kb.add_subparsers(dest="kb_command", required=True)
    chk = kbsub.add_parser("check", help="validate the knowledge-base files")
    chk.set_defaults(func=_check)
    imp = kbsub.add_parser("import", help="import a gazetteer into the user's overlay")
    imp.add_argument("source", choices=("geonames", "ocha", "opensyria"))
    imp.add_argument("path", help="the dump file (geonames: SY.txt or SY.zip), table (ocha) or folder (opensyria)")
    imp.add_argument("--into", help=f"folder to write places_<source>.tsv to (default {user_data_dir() / 'kb'})")
    imp.add_argument("--alternate-names", help="geonames: an alternateNames file for more Arabic names")
    imp.set_defaults(func=_import)
    rep = kbsub.add_parser("report", help="entities found, resolved and unresolved over a corpus")
    rep.add_argument("inputs", nargs="*", help="JSON Lines or text files (default: the shared news sample)")
    rep.add_argument("--top", type=int, default=40, help="how many unresolved names to list")
    rep.set_defaults(func=_report)


def _check(args: argparse.Namespace) -> int:
    from rasad.kb.loader import kb_files, read_tables

    files = kb_files()
    problems = read_tables(files).problems
    for p in problems:
        print(p)
    n = sum(len(v) for v in files.values())
    print(f"rasad kb: {n} files checked, {len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


def _import(args: argparse.Namespace) -> int:
    from rasad.kb import importers, reload

    path = Path(args.path)
    if not path.exists():
        print(f"rasad kb import: {path} does not exist", file=sys.stderr)
        return 2
    if args.source == "opensyria":
        rows = importers.import_opensyria(path)
    elif args.source == "geonames":
        rows = importers.import_geonames(path, Path(args.alternate_names) if args.alternate_names else None)
    else:
        rows = importers.import_ocha(path)
    out = Path(args.into) if args.into else user_data_dir() / "kb"
    target = out / f"places_{args.source}.tsv"
    n = importers.write_places(rows, target, str(path))
    reload()
    print(f"rasad kb import: {n} places written to {target}", file=sys.stderr)
    return 0 if n else 1


def _report(args: argparse.Namespace) -> int:
    from rasad.entities.report import DEFAULT_CORPUS, report_files

    inputs = args.inputs or [str(DEFAULT_CORPUS)]
    for line in report_files(inputs).lines(args.top):
        print(line)
    return 0
