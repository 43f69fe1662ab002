"""Imported once by the forkserver that starts the API's extraction workers (``khabar.service.pool``):
it loads the pipeline and the default knowledge, so every worker forked from it starts ready and
shares those tables copy-on-write. A worker started otherwise imports it for itself."""

from khabar.knowledge.base import default_knowledge
from khabar.pipeline import extract  # noqa: F401 (imported for what it loads)

default_knowledge().preload()
