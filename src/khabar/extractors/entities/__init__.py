"""Entities: find the names in an article, link each to one referent, and group the mentions.

There is no NER model offline for Hindi (nor a reliable one for English), so names are found
from knowledge and cues, over the document's words (``doc.tokens``), in steps that pass on what
they found and which words they claimed (``words.Taken``):

1. the gazetteer (``gazetteer``; one Aho-Corasick pass, its own pipeline component): country names
   and demonyms, known actors, and the title, institution and generic actor words of every language;
2. exact place names (``places``: GeoNames alternate names, any script), the longest name winning
   over its parts, placed with the whole article's evidence (``geocode``, "Town, Region" in
   ``regions``), kept when the place is large or the context says it is a place; a large place's
   name of several words that the tagger left out is read before a marker (``untagged_places``:
   "लोस एंजेलिस में"), a spaced name also as one word ("न्यू यॉर्क": न्यूयॉर्क), and a descriptor
   before a tagged place is cut off ("दक्षिण-पश्चिमी प्रांत | सिचुआन", ``place_descriptors``);
3. runs of free words that cues point at (``cued``): after a title ("प्रवक्ता नेड प्राइस"), before an
   agent marker ("टोकायव ने"), before "X के <title>", next to a place cue ("मंगिस्टाऊ प्रांत"),
   coordinated with a known place ("अल्माटी, नूर सुल्तान और ..."), and capitalised runs in
   Latin script (``capitals``: connectors, particles; ``capital_words``: acronyms, sentence-initial
   ordinary words); acronyms spelled in another script (सीएसटीओ → CSTO);
4. name words (``lang/<code>/names.yaml``): a known surname ends a person's name ("X वर्मा"), a
   known given name opens one, a word of respect ("महात्मा") or initials ("पी चिदंबरम") precede one,
   and an organisation head word ends an organisation's name ("X आयोग", "X Party"), and an unknown
   acronym spelled out in another script ("एनसीएलटी") is an organisation unless listed otherwise (a
   place found right before the head word stays a mention inside the body's name: "तेहरान यूनिवर्सिटी",
   "Delhi University"); a run that the tagger, a place cue word or a locative marker ("X में") says is
   a place and that no known name fits is looked up by sound among the gazetteer's Latin names
   (``sounded``: भद्रवाह, Bhadarwah), taken only where it suits the story (the home countries of the
   language, the countries and regions the article names): far-off matches of common words ("बात":
   Bath) are left out; in a script without case the members of a list that holds a person found are
   people ("अर्जुन , द्रोणाचार्य और श्रीकृष्ण"), a name the tagger leans to as a person's that
   nothing read is one ("सुषमा स्वराज" at 0.49), and so is a listed given name or surname alone before
   a postposition no place takes alone ("आडवाणी की"; ``people_runs``); the tagger's names lose the
   titles inside a body's name ("एलआरए कमांडर"; ``tagged_runs``); a free word romanised exactly as a
   known body's name is that body ("तालेबान": Taleban; ``known_bodies``);
5. place names the gazetteer lacks: a run that ends in a place head word (``place_heads`` in
   ``names.yaml``: "Royal Street", "Beverly Hills", "बाबरी मस्जिद"; opened by a name prefix: "New
   Road"), a run in a script without case that one follows ("जगन्नाथ मंदिर": the shrine, not the
   god), a Latin one that a natural feature's or a site's head follows in lower case
   (``lower_place_heads``: "the Cauvery river"), or a capitalised Latin run followed by
   a capitalised place cue word ("Henry County") is a place without a point, rather than a person
   or a same-named town elsewhere. A name right before "(@handle)" (a tweet signature) is an
   account holder of unknown type and is left out unless the knowledge base links it.

6. generic actors (``generic``): the agent words no name claimed ("police", "जवानों", "the
   ministry") that modify no noun after them ("police station") are ``GROUP`` entities with their
   sector and a country only where the text makes it clear (``generic_country``: named in their
   phrase, or for state sectors the one of their sentence or article).

Runs are linked (``link``) to the knowledge base across scripts by romanising and comparing names
(``khabar.text.translit.NameIndex``). A surname alone links to a person already named in
full in the article, or to a known office-holder when a cue supports it; a later bare word equal to
the last word of one person named in full is that person even with no cue (``surnames``). Everything else
becomes a new entity with a romanised name. Demonyms resolve to their country; a country
word followed by a named institution ("रूसी रक्षा मंत्रालय") makes an organisation; a
capital city that acts ("वाशिंगटन ने", "... कि वाशिंगटन") stands for its country (``context``).
Mentions carry typed keys of their referent (``found``) and are grouped by key into ``Entity``
records (``assemble``).
"""

from khabar.extractors.entities.assemble import find_entities
from khabar.extractors.entities.gazetteer import GazetteerHit, find_gazetteer_hits

__all__ = ["GazetteerHit", "find_entities", "find_gazetteer_hits"]
