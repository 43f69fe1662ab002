"""Events as PLOVER and CAMEO code them, for the scorers of sets coded in those schemes.

khabar records a future or intended act once, as the act (``modality``), with the coding PLOVER and
CAMEO give announcing it in ``announced_as`` and ``announced_cameo`` (AGREE, THREATEN or REJECT and a
CAMEO intent code): an analyst codes the act ("the CSTO would send peacekeepers": AID, future), while
the PLOVER GSR, CASE's PLOVER labels, PETRARCH's CAMEO codings and NGEC's stories code the announcement
(AGREE 033). Their scorers read each such event as the announcement, asserted, followed by the act.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from khabar.knowledge.crosswalk import cameo_to_plover
from khabar.schema import Event


def plover_events(events: Iterable[Event]) -> Iterator[Event]:
    """``events`` in order, each announced act preceded by its announcement as an event of its own:
    asserted, not negated ("will not release": REJECT, stated), with no ACLED type."""
    for event in events:
        if event.announced_as:
            meaning = cameo_to_plover(event.announced_cameo) if event.announced_cameo else None
            yield event.model_copy(
                update={
                    "type": event.announced_as,
                    "mode": meaning.mode if meaning else None,
                    "context": list(meaning.context) if meaning else [],
                    "cameo": event.announced_cameo,
                    "modality": "asserted",
                    "negated": False,
                    "acled_event_type": None,
                    "acled_sub_event_type": None,
                    "announced_as": None,
                    "announced_cameo": None,
                }
            )
        yield event
