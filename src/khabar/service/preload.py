"""Imported once by the forkserver that starts the API's extraction workers (``khabar.service.pool``):
it loads the job's modules (the pipeline, the HTML reader), the default knowledge and each language's
tables (the first article in a language builds them), so every worker forked from it starts ready
and shares them copy-on-write. A worker started otherwise imports it for itself."""

from khabar.ingest.html import read_html  # noqa: F401 (imported for what it loads)
from khabar.knowledge.base import default_knowledge
from khabar.lang import languages
from khabar.pipeline import extract
from khabar.service.extraction import answer  # noqa: F401
from khabar.warm import warm

for code in languages():
    extract("1. 2, 3", language=code)
warm(default_knowledge())
