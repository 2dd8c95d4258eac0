"""The ``rasad`` command.

    rasad extract INPUT... -o OUT.jsonl [--published YYYY-MM-DD] [--workers N]
    rasad demo [-o OUT.jsonl]          run on the bundled demo articles and print what was found
    rasad show OUT.jsonl               print a readable table of an output file

``extract`` writes one contract record a line (``-o -``: standard output), flushed as it goes; a
progress bar shows on a terminal; every failure gets a one-line message on standard error and a
line in ``OUT.errors.jsonl``; the exit code is 1 only when no document could be processed.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from rasad.errors import Failure
from rasad.io.readers import read_inputs, read_jsonl
from rasad.io.writers import JsonlWriter
from rasad.resources import data_path
from rasad.settings import DEFAULT, Settings

DEMO_INPUT = data_path("demo/demo.jsonl")


def _progress(items: Iterator[dict | Failure], enabled: bool) -> Iterator[dict | Failure]:
    if not enabled:
        yield from items
        return
    from tqdm import tqdm

    yield from tqdm(items, unit="doc", file=sys.stderr, dynamic_ncols=True)


def run_extract(inputs: Sequence[str], output: str, settings: Settings, workers: int = 1,
                errors_path: str | None = None, progress: bool | None = None, quiet: bool = False) -> int:
    """Extract from ``inputs`` into ``output``; return the process exit code."""
    from rasad.pipeline import process_many

    if errors_path is None:
        errors_path = "rasad-errors.jsonl" if output == "-" else re.sub(r"(\.jsonl?)?$", ".errors.jsonl", output, count=1)
    Path(errors_path).unlink(missing_ok=True)
    if progress is None:
        progress = sys.stderr.isatty() and not quiet
    read = written = 0
    failures: list[Failure] = []
    err_writer: JsonlWriter | None = None
    try:
        with JsonlWriter(output) as out:
            for result in _progress(process_many(read_inputs(inputs), settings, workers), progress):
                read += 1
                if isinstance(result, Failure):
                    failures.append(result)
                    print(f"rasad: {result}", file=sys.stderr)
                    if err_writer is None:
                        err_writer = JsonlWriter(errors_path).__enter__()
                    err_writer.write(result.to_dict())
                else:
                    out.write(result)
                    written += 1
    except KeyboardInterrupt:
        print(f"rasad: interrupted; {written} documents already written to {output} are complete",
              file=sys.stderr)
        return 130
    finally:
        if err_writer is not None:
            err_writer.__exit__(None, None, None)
    summary = f"rasad: {read} documents read, {written} written, {len(failures)} failed"
    if failures:
        summary += f" (listed in {errors_path})"
    print(summary, file=sys.stderr)
    return 0 if written or not read and not failures else 1


def _short(s: str | None, n: int) -> str:
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[: n - 1] + "…"


def show(records: list[dict], file=None) -> None:  # noqa: ANN001
    """Print a readable summary of output records: events first, then the other findings."""
    file = file or sys.stdout
    for rec in records:
        print(f"\n== {rec['id']}  published {rec.get('published') or '?'}", file=file)
        evs = rec.get("events", [])
        print(f"   {len(rec.get('entities', []))} entities, {len(rec.get('timexes', []))} dates, "
              f"{len(rec.get('quantities', []))} quantities, {len(evs)} events", file=file)
        if evs:
            print(f"   {'date':12} {'category':18} {'modality':12} {'place':16} {'killed':>6}  evidence", file=file)
        for e in evs:
            date = (e.get("date") or {}).get("value") or "-"
            place = (e.get("location") or {}).get("name") or "-"
            fat = e.get("fatalities")
            print(f"   {date:12} {e['category']:18} {e.get('modality', ''):12} {_short(place, 16):16} "
                  f"{'' if fat is None else fat:>6}  {_short(e['evidence']['text'], 70)}", file=file)
        for t in rec.get("timexes", []):
            print(f"   date      {_short(t['text'], 30):30} → {t.get('value')} ({t.get('anchor')})", file=file)
        for q in rec.get("quantities", []):
            print(f"   number    {_short(q['text'], 30):30} → {q['value']} {q['category']} ({q['approx']})", file=file)
        for ent in rec.get("entities", []):
            can = ent.get("canonical") or {}
            geo = ent.get("geo") or {}
            where = f" @ {geo.get('lat')},{geo.get('lon')} ({geo.get('precision')})" if geo else ""
            print(f"   {ent['type']:9} {_short(ent['text'], 30):30} → {can.get('name_en') or can.get('name') or '-'}{where}",
                  file=file)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rasad", description="Arabic conflict-event extraction.")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract events and their fields from Arabic documents")
    ex.add_argument("inputs", nargs="+", help="JSON Lines, .txt or .html files, or folders of them")
    ex.add_argument("-o", "--output", required=True, help="output JSON Lines file, or - for standard output")
    ex.add_argument("--published", help="publication date (YYYY-MM-DD) for documents that give none")
    ex.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    ex.add_argument("--errors", help="where to list failures (default: OUT.errors.jsonl)")
    ex.add_argument("--max-chars", type=int, default=DEFAULT.max_chars,
                    help=f"refuse documents longer than this (default {DEFAULT.max_chars:,})")
    ex.add_argument("--no-progress", action="store_true", help="no progress bar")
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress bar")

    demo = sub.add_parser("demo", help="run on the bundled demo articles and print what was found")
    demo.add_argument("-o", "--output", default="demo-out.jsonl", help="where to write the records")

    sh = sub.add_parser("show", help="print a readable table of an output file")
    sh.add_argument("file", help="a JSON Lines file written by rasad extract")

    from rasad import export
    from rasad.kb import cli as kb_cli

    kb_cli.register(sub)
    export.register(sub)
    return parser


def _valid_date(s: str | None) -> str | None:
    if s is None:
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        raise SystemExit(f"rasad: --published must be YYYY-MM-DD, not {s!r}")
    return s


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``rasad`` console script."""
    args = build_parser().parse_args(argv)
    if args.command == "extract":
        settings = Settings(max_chars=args.max_chars, published=_valid_date(args.published))
        return run_extract(args.inputs, args.output, settings, workers=args.workers, errors_path=args.errors,
                           progress=False if args.no_progress or args.quiet else None)
    if args.command == "demo":
        code = run_extract([str(DEMO_INPUT)], args.output, Settings(), progress=False)
        show(read_jsonl(args.output))
        print(f"\n(full records in {args.output}; rasad show {args.output} prints this again)")
        return code
    if args.command == "show":
        show(read_jsonl(args.file))
        return 0
    if hasattr(args, "func"):
        return int(args.func(args) or 0)
    return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

