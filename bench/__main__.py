"""``python -m bench``: the throughput benchmark (see ``bench.throughput``)."""

import sys

from bench.throughput import main

sys.exit(main())
