"""``python -m energyinterop``: the command line."""

import sys

from energyinterop.cli import main

sys.exit(main())
