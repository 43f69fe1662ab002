"""The event coder: PLOVER events (who did what to whom, where, when, how many) with evidence.

1. ``triggers``: one Aho-Corasick pass over the folded text finds every trigger word of
   ``lang/<code>/events.yaml`` and every cue the coder reads (clause breaks, claims, uncertainty,
   group phrases, pronouns); a hit counts only in a segment of the language whose data it came from,
   and only as whole words of ``doc.tokens`` (layer ``event_hits``).
2. ``predicates``: each trigger is read in its clause (``clauses``): is it a predicate (a verb, or a
   noun with a light verb) or a bare noun; finite or an infinitive; active or passive; negated;
   future, intended or possible (layer ``predicates``); ``unasserted`` leaves out what asserts no event
   (questions, conditional clauses, related-links headlines, adjectival participles, nouns qualifying a
   noun). No parser ships offline for Hindi (nor a light
   one for English), so this is a small layer over the cues each language gives as data
   (``events.yaml``, ``grammar``): clauses are cut at complementizers, subordinators and relatives;
   a relative clause between commas is an aside, whose actors are no arguments of the clause around it.
3. ``arguments``: a mention's source and target come from the markers next to the argument
   ``candidates`` of the clause (Hindi postpositions after the noun: ने agent, द्वारा by, को object,
   का/की/के of; English prepositions before it), and from word order (SVO, SOV) when unmarked; a
   passive's (or "died"'s) subject is its target, a relative pronoun fills its own role with the actor
   right before it, and ``targets`` finds the actor a marker next to the trigger aims it at (X पर हमला);
   ``circumstances``: its place, date and counts from the records of the clause (else the sentence);
   the speaker of a claim verb ("police said ...", "..., police said") is neither source nor target
   of what it reports but its ``attributed_to``.
4. ``filters``: infinitives and the content of requests and threats are not events; a bare noun needs
   something that anchors it (an actor, place, date or count), or to open its sentence as the subject of
   a verb in the past (``subject_nouns``: "A general strike paralysed the capital"); a death with no
   agent adds its counts to a violent event of the same sentence; ``referring``: "this attack"
   (unanchored, or after a pointing demonstrative) or an unanchored noun of one kind of act ("the
   shootout") adds its clause to the last attack, and a noun naming any happening ("यह घटना", "this
   incident", "घटना के बाद") its clause, and the toll its sentence tells, to the event just told;
   ``earlier``: a definite noun with no actor ("the attack killed 50") joins the one event of its type
   with an actor told in the few sentences before, where that is unambiguous;
   ``opinions``: an act lasting decades told of an actor is background, agreeing to a view, a demand
   of no one named ("X said parliament should be recalled"), help with no pair of actors and a fight
   with no actor against a thing ("the battle against the virus") state no event;
   aid or cooperation with no one to receive it (a language's ``recipient_required``) is none either.
5. ``merging``: mentions of one happening (same type and mode, compatible actors, place and date, and
   the same actor or the same sentence) are merged into one event with every evidence span; a rally
   and the riot it turned into, told in one sentence, are one riot; a headline and a story sentence
   that state one toll are one event, the toll counted once.
   A noun naming any happening (``incidents``: "घटना के बाद") adds its clause to the last attack or
   riot told before it.
6. ``refine`` rules of the language data (``coder``) sharpen the mode, CAMEO code and ACLED sub-event
   type from the words of the clause (warplanes: an air strike; a town captured: territory; shooting
   at protesters: excessive force); ``records``: a future or intended event is the act, one event,
   carrying the coding PLOVER gives announcing it (``announced_as``: AGREE or THREATEN); ``history``: an
   act its clause dates two or more years before the article's time is marked ``historical`` (PLOVER's
   auxiliary mode).

CAMEO codes come from the trigger (or the crosswalk's default), ACLED types from the crosswalk.
The code knows no language: words, markers and which side they stand on are data
(``cues.grammar(...).postpositional``); a language without event data has no triggers.
"""
