"""`python -m ascapi.emulator`: the same as `ascapi emulator serve`."""

import sys

from . import main

sys.exit(main())
