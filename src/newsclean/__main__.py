"""``python -m newsclean``: the command line (see :mod:`newsclean.cli`)."""
import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
