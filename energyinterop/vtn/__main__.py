"""``python -m energyinterop.vtn``: the same as the ``ei-vtn`` command."""

import sys

from energyinterop.vtn.cli import main

sys.exit(main())
