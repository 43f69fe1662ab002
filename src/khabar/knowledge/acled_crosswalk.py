"""The PLOVER -> ACLED part of ``data/crosswalk.yaml``, typed: its rows, the codebook's sub-event
types and their precedence are checked against each other and against PLOVER when first read."""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict, model_validator

from khabar.knowledge.data import load_yaml


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AcledRow(_Strict):
    """A PLOVER ``type`` (of any mode, target, source and CAMEO code unless the row names them) is
    coded as ACLED ``event``/``sub``; the first row that fits an event wins."""

    type: str
    mode: str | None = None
    target: tuple[str, ...] | None = None  # target sectors
    source: tuple[str | None, ...] | None = None  # source sectors (null: no source found)
    cameo: tuple[str, ...] | None = None  # CAMEO code prefixes
    event: str
    sub: str

    def fits(
        self, kind: str, mode: str | None, target: str | None, source: str | None, cameo: str | None
    ) -> bool:
        return (
            self.type == kind
            and (self.mode is None or self.mode == mode)
            and (self.target is None or target in self.target)
            and (self.source is None or source in self.source)
            and (self.cameo is None or bool(cameo and cameo.startswith(self.cameo)))
        )


class AcledCrosswalk(_Strict):
    """``acled``, ``acled_sub_events`` and ``acled_precedence`` of ``data/crosswalk.yaml``."""

    acled: tuple[AcledRow, ...]
    acled_sub_events: dict[str, tuple[str, ...]]  # ACLED event type -> its sub-event types
    acled_precedence: tuple[str | tuple[str, ...], ...]  # a tuple: sub-event types of one rank

    @model_validator(mode="after")
    def _consistent(self) -> AcledCrosswalk:
        subs = {sub: event for event, names in self.acled_sub_events.items() for sub in names}
        types = {name: entry.get("modes", []) for name, entry in load_yaml("plover.yaml")["types"].items()}
        for row in self.acled:
            if subs.get(row.sub) != row.event:
                raise ValueError(f"{row.event}/{row.sub} is no ACLED sub-event type")
            if row.type not in types or (row.mode is not None and row.mode not in types[row.type]):
                raise ValueError(f"{row.type} {row.mode} is no PLOVER type and mode")
        ranked = [
            sub for entry in self.acled_precedence for sub in ([entry] if isinstance(entry, str) else entry)
        ]
        if sorted(ranked) != sorted(subs):
            raise ValueError("acled_precedence must rank every ACLED sub-event type once")
        return self


@cache
def acled_crosswalk() -> AcledCrosswalk:
    data = load_yaml("crosswalk.yaml")
    return AcledCrosswalk.model_validate({key: data[key] for key in AcledCrosswalk.model_fields})
