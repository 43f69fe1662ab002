"""``python -m bench``: the throughput benchmark (``bench.throughput``); ``python -m bench api``: the
load test of the HTTP API (``bench.api``)."""

import sys

if sys.argv[1:2] == ["api"]:
    from bench.api import main

    sys.exit(main(sys.argv[2:]))
from bench.throughput import main

sys.exit(main())
