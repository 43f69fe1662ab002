"""Tests for khabar.knowledge.crosswalk: PLOVER <-> CAMEO <-> ACLED look-ups."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from khabar.knowledge.acled_crosswalk import AcledCrosswalk, acled_crosswalk
from khabar.knowledge.crosswalk import (
    PloverCode,
    acled_for,
    acled_precedence,
    acled_sub_events,
    armed_sectors,
    cameo_for,
    cameo_to_plover,
    contexts,
    escalations,
    intent_for,
    plover_types,
    state_sectors,
)
from khabar.knowledge.data import load_yaml


def test_sixteen_plover_types() -> None:
    assert list(plover_types()) == [
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    ]  # fmt: skip
    assert {"demo", "riot", "strike", "hunger", "boycott"} <= set(plover_types()["PROTEST"])
    assert {"arrest", "state of emergency", "curfew", "ban", "seize"} <= set(plover_types()["COERCE"])


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("173", PloverCode("COERCE", "arrest", ("legal",))),
        ("1724", PloverCode("COERCE", "state of emergency", ("pro_autocracy",))),
        ("145", PloverCode("PROTEST", "riot", ())),
        ("0874", PloverCode("RETREAT", "withdraw", ("military",))),
        ("1831", PloverCode("ASSAULT", "suicide-attack", ())),
        ("0721", PloverCode("AID", "military", ("military",))),  # unknown 4-digit code: its parent 072
    ],
)
def test_cameo_to_plover(code: str, expected: PloverCode) -> None:
    assert cameo_to_plover(code) == expected


def test_statements_and_unknown_roots_have_no_plover_event() -> None:
    assert cameo_to_plover("010") is None
    assert cameo_to_plover("99") is None


def test_every_crosswalk_row_uses_plover_vocabulary() -> None:
    types, known_contexts = plover_types(), contexts()
    for code, (kind, mode, context) in load_yaml("crosswalk.yaml")["cameo"].items():
        assert code.isdigit() and 2 <= len(code) <= 4, code
        if kind is not None:
            assert kind in types, code
            assert mode is None or mode in types[kind], (code, mode)
            assert set(context) <= known_contexts, (code, context)


@pytest.mark.parametrize(
    ("kind", "mode", "code"),
    [
        ("COERCE", "arrest", "173"),
        ("PROTEST", "riot", "145"),
        ("AID", "military", "072"),
        ("ASSAULT", None, "180"),
    ],
)
def test_default_cameo_code(kind: str, mode: str | None, code: str) -> None:
    assert cameo_for(kind, mode) == code
    cameo = cameo_to_plover(code)
    assert cameo is not None and cameo.type == kind


def test_every_type_has_a_default_cameo_code() -> None:
    for kind in plover_types():
        assert cameo_for(kind) is not None, kind


@pytest.mark.parametrize(
    ("kind", "mode", "target", "expected"),
    [
        ("PROTEST", "riot", None, ("Riots", "Violent demonstration")),
        ("PROTEST", "vandalize", None, ("Riots", "Violent demonstration")),
        ("PROTEST", "demo", None, ("Protests", "Peaceful protest")),
        ("COERCE", "arrest", None, ("Strategic developments", "Arrests")),
        ("ASSAULT", "aerial", None, ("Explosions/Remote violence", "Air/drone strike")),
        ("ASSAULT", None, "MIL", ("Battles", "Armed clash")),
        ("ASSAULT", None, "CVL", ("Violence against civilians", "Attack")),
        ("CONSULT", None, None, None),
    ],
)
def test_acled(kind: str, mode: str | None, target: str | None, expected: tuple[str, str] | None) -> None:
    assert acled_for(kind, mode, target) == expected


def test_sectors() -> None:
    assert {"GOV", "MIL", "COP"} <= state_sectors()
    assert "CVL" not in state_sectors() and "REB" in armed_sectors()


def test_acled_by_cameo_and_source_sector() -> None:
    seize = ("COERCE", "seize")
    assert acled_for(*seize, None, "MIL", "192") == ("Battles", "Government regains territory")
    assert acled_for(*seize, None, "REB", "192") == ("Battles", "Non-state actor overtakes territory")
    # ground taken from rebels by a side left unnamed is the government's; by rebels from rebels, not
    assert acled_for(*seize, "INS", None, "192") == ("Battles", "Government regains territory")
    assert acled_for(*seize, "INS", "REB", "192") == ("Battles", "Non-state actor overtakes territory")
    assert acled_for(*seize, None, None, "192") == ("Battles", "Non-state actor overtakes territory")
    assert acled_for(*seize, None, None, "171") == ("Strategic developments", "Looting/property destruction")
    assert acled_for("ASSAULT", "firearms", None, None, "190") == ("Battles", "Armed clash")
    assert acled_for("ASSAULT", "firearms", None, None, "193") == ("Violence against civilians", "Attack")


def test_acled_sub_events_cover_every_row() -> None:
    subs = acled_sub_events()
    assert subs["Grenade"] == "Explosions/Remote violence" and len(subs) == 25
    for row in load_yaml("crosswalk.yaml")["acled"]:
        assert subs[row["sub"]] == row["event"], row


def test_acled_precedence_ranks_every_sub_event_type() -> None:
    ranks = acled_precedence()
    assert set(ranks) == set(acled_sub_events()) and len(ranks) == 25
    # a suicide blast is a suicide bomb before an explosion; violent protesters make a riot
    assert ranks["Suicide bomb"] < ranks["Remote explosive/landmine/IED"]
    riot, force = ranks["Violent demonstration"], ranks["Excessive force against protesters"]
    assert riot < force == ranks["Peaceful protest"] == ranks["Protest with intervention"]
    assert ranks["Disrupted weapons use"] < ranks["Remote explosive/landmine/IED"]  # mines defused
    assert ranks["Attack"] < ranks["Looting/property destruction"]
    # territory taken as the other side withdraws is a non-violent transfer
    assert ranks["Non-violent transfer of territory"] < ranks["Non-state actor overtakes territory"]
    assert max(ranks, key=ranks.__getitem__) == "Other"


def test_acled_agreements_and_group_activity() -> None:
    assert acled_for("RETREAT", "disarm") == ("Strategic developments", "Agreement")
    assert acled_for("RETREAT", "release") == ("Strategic developments", "Agreement")
    assert acled_for("MOBILIZE", "troops") == ("Strategic developments", "Change to group/activity")
    # a withdrawal alone changes a group's activity (the language's refine rules tell a transfer)
    assert acled_for("RETREAT", "withdraw") == ("Strategic developments", "Change to group/activity")
    # a signed agreement is one; a pledge (CAMEO 030) is not
    assert acled_for("SUPPORT", None, None, None, "057") == ("Strategic developments", "Agreement")
    assert acled_for("AGREE", None, None, None, "030") is None


def test_intent_and_escalation() -> None:
    assert intent_for("AID") == ("AGREE", "033")
    assert intent_for("ASSAULT") == ("THREATEN", "138")
    assert intent_for("ACCUSE") is None
    assert intent_for("RETREAT", negated=True) == ("REJECT", "124")  # "will not release"
    assert intent_for("ASSAULT", negated=True) is None
    announced = [intent_for(k, negated) for k in plover_types() for negated in (False, True)]
    for kind, code in (a for a in announced if a):
        assert cameo_to_plover(code) is not None and cameo_to_plover(code).type == kind  # type: ignore[union-attr]
    assert escalations()["PROTEST"] == {"demo": "riot"}


def test_acled_crosswalk_is_checked_when_read() -> None:
    data = acled_crosswalk().model_dump()
    assert AcledCrosswalk.model_validate(data) == acled_crosswalk()
    bad_row = {**data, "acled": [{"type": "ASSAULT", "event": "Battles", "sub": "Shootout"}]}
    bad_mode = {
        **data,
        "acled": [{"type": "ASSAULT", "mode": "riot", "event": "Battles", "sub": "Armed clash"}],
    }
    gap = {**data, "acled_precedence": data["acled_precedence"][1:]}
    for broken in (bad_row, bad_mode, gap):
        with pytest.raises(ValidationError):
            AcledCrosswalk.model_validate(broken)
