"""Reading inputs into ``RawArticle`` records: text, HTML, JSON Lines, RSS/Atom, WARC, stdin.

Readers yield an ``IngestError`` for each input (or line, item, record) that gives no
article, and go on with the rest.
"""

from khabar.ingest.decode import decode_text
from khabar.ingest.errors import IngestError, IngestFailure
from khabar.ingest.html import read_html
from khabar.ingest.paths import read_bytes, read_paths

__all__ = ["IngestError", "IngestFailure", "decode_text", "read_bytes", "read_html", "read_paths"]
