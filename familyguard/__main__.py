"""Entry point: `familyguard` with a command runs the CLI; with none it starts the desktop app."""

from __future__ import annotations

import logging
import os
import sys

from familyguard import config
from familyguard.errors import FamilyGuardError

log = logging.getLogger("familyguard")


def main(argv: list[str] | None = None) -> int:
    """Run FamilyGuard and return its exit code (see docs/cli.md)."""
    argv = sys.argv[1:] if argv is None else argv
    log_file = config.setup_logging()
    try:
        from familyguard import cli

        args = cli.parse(argv)
        if args.command is None:
            from familyguard.gui.launch import launch

            return launch(args.data_dir, args.minimized)
        return cli.run(args)
    except FamilyGuardError as exc:
        print(f"familyguard: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("familyguard: interrupted; nothing was changed.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader of the output stopped early (`| head`): end quietly, like others
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing left to flush at exit
        return 141
    except Exception as exc:
        log.exception("unexpected error")
        print(f"familyguard: unexpected error ({type(exc).__name__}); details in {log_file}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
