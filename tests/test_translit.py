"""Tests of khabar.text.translit: romanisation, acronyms, phonetic keys and name matching."""

from __future__ import annotations

import json
import random
import statistics
from pathlib import Path

import pytest

from khabar.text.translit import (
    NameIndex,
    acronym,
    display_name,
    phonetic_key,
    place_spelling,
    romanise,
    script_of,
    similarity,
)
from khabar.text.translit import index as index_module
from khabar.text.translit.forms import common_form

# Real public figures, places and organisations, with near-misses for the names under test.
POOL_TEXT = """
Dmitry Peskov; Ned Price; Kassym-Jomart Tokayev; Jen Psaki; Nikol Pashinyan; Nur-Sultan; Mangystau
CSTO; LPG; Dmitry Medvedev; Dmitry Kozak; Dmitry Rogozin; Dmitry Kuleba; Sergei Lavrov
Sergei Shoigu; Sergey Sobyanin; Vladimir Putin; Volodymyr Zelenskyy; Mikhail Mishustin
Maria Zakharova; Valentina Matviyenko; Alexei Navalny; Yevgeny Prigozhin; Ramzan Kadyrov
Nursultan Nazarbayev; Karim Massimov; Askar Mamin; Alikhan Smailov; Dariga Nazarbayeva; Sultan
Sultan Qaboos; Shavkat Mirziyoyev; Emomali Rahmon; Sadyr Japarov; Serdar Berdimuhamedow
Alexander Lukashenko; Svetlana Tikhanovskaya; Ilham Aliyev; Armen Sarkissian; Vahagn Khachaturyan
Robert Kocharyan; Serzh Sargsyan; Ararat Mirzoyan; Nikola Tesla; Nikolai Patrushev; Ned Lamont
Ned Beatty; Vincent Price; Jen Easterly; Jennifer Lopez; Jens Stoltenberg; Joe Biden; Kamala Harris
Antony Blinken; Lloyd Austin; Jake Sullivan; Karine Jean-Pierre; John Kirby; Linda Thomas-Greenfield
Donald Trump; Mike Pompeo; Barack Obama; Hillary Clinton; Bill Clinton; George W. Bush; Nancy Pelosi
Chuck Schumer; Mitch McConnell; Kevin McCarthy; Ron DeSantis; Boris Johnson; Rishi Sunak; Liz Truss
Keir Starmer; Emmanuel Macron; Olaf Scholz; Angela Merkel; Mario Draghi; Giorgia Meloni
Pedro Sanchez; Mark Rutte; Ursula von der Leyen; Charles Michel; Josep Borrell; Antonio Guterres
Recep Tayyip Erdogan; Mevlut Cavusoglu; Xi Jinping; Li Keqiang; Wang Yi; Zhao Lijian; Fumio Kishida
Shinzo Abe; Moon Jae-in; Yoon Suk-yeol; Kim Jong-un; Narendra Modi; Rahul Gandhi; Sonia Gandhi
Indira Gandhi; Mahatma Gandhi; Priyanka Gandhi; Amit Shah; Rajnath Singh; Manmohan Singh
S. Jaishankar; Nirmala Sitharaman; Arvind Kejriwal; Mamata Banerjee; Yogi Adityanath; Nitish Kumar
Sharad Pawar; Uddhav Thackeray; Akhilesh Yadav; Mayawati; Shashi Tharoor; Piyush Goyal; Smriti Irani
Ajit Doval; Droupadi Murmu; Ram Nath Kovind; Imran Khan; Shehbaz Sharif; Nawaz Sharif
Bilawal Bhutto Zardari; Sheikh Hasina; Ranil Wickremesinghe; Gotabaya Rajapaksa; Mahinda Rajapaksa
Pushpa Kamal Dahal; Ashraf Ghani; Hamid Karzai; Zabihullah Mujahid; Ebrahim Raisi; Ali Khamenei
Hassan Rouhani; Mohammad Javad Zarif; Bashar al-Assad; Mohammed bin Salman; Benjamin Netanyahu
Naftali Bennett; Yair Lapid; Mahmoud Abbas; Abdel Fattah el-Sisi; Justin Trudeau; Jacinda Ardern
Scott Morrison; Anthony Albanese; Jair Bolsonaro; Luiz Inacio Lula da Silva
Andres Manuel Lopez Obrador; Nicolas Maduro; Cyril Ramaphosa; Abiy Ahmed; Muhammadu Buhari
Elon Musk; Bill Gates; Mark Zuckerberg; Jeff Bezos; Sundar Pichai; Satya Nadella; Mukesh Ambani
Gautam Adani; Ratan Tata; Tedros Adhanom Ghebreyesus; Kristalina Georgieva; Ajay Banga
Greta Thunberg; Malala Yousafzai; Almaty; Astana; Shymkent; Aktau; Zhanaozen; Atyrau; Aktobe
Karaganda; Taraz; Taldykorgan; Kyzylorda; Tokmok; Toktogul; Tokyo; Osaka; Moscow; Saint Petersburg
Novosibirsk; Yekaterinburg; Kazan; Sochi; Minsk; Kyiv; Kharkiv; Odesa; Mariupol; Donetsk; Luhansk
Tbilisi; Yerevan; Baku; Tashkent; Samarkand; Bishkek; Osh; Dushanbe; Ashgabat; Kabul; Kandahar
Islamabad; Karachi; Lahore; Tehran; Baghdad; Damascus; Beirut; Riyadh; Dubai; Abu Dhabi; Doha
Ankara; Istanbul; Cairo; Jerusalem; Tel Aviv; Gaza; New Delhi; Delhi; Mumbai; Kolkata; Chennai
Bengaluru; Hyderabad; Ahmedabad; Pune; Jaipur; Lucknow; Patna; Bhopal; Srinagar; Mangaluru
Mangalore; Manali; Sultanpur; Washington; New York; Los Angeles; Chicago; London; Paris; Berlin
Brussels; Geneva; Vienna; Rome; Madrid; Beijing; Shanghai; Hong Kong; Seoul; Pyongyang; Dhaka
Kathmandu; Colombo; Karakalpakstan; Kazakhstan; Kyrgyzstan; Uzbekistan; Tajikistan; Turkmenistan
Afghanistan; Pakistan; Russia; Armenia; Azerbaijan; Georgia; Ukraine; Belarus; India; China
United States; NATO; OSCE; CTBTO; CST; UN; UNICEF; UNESCO; WHO; IMF; WTO; BBC; CNN; CIA; FBI; KGB
FSB; BJP; RSS; AAP; ISRO; DRDO; CBI; NIA; LNG; LPGA; CNG; GDP; SCO; BRICS; ASEAN; SAARC; OPEC; EU
G20; ISIS; Taliban; Hamas; Hezbollah; Reuters; Associated Press; Al Jazeera; Gazprom; Rosneft
Kazmunaygas; Tengizchevroil; Chevron; ExxonMobil; Collective Security Treaty Organization
White House; Kremlin; Pentagon; Eurasian Economic Union; Shanghai Cooperation Organisation
European Union; United Nations; World Health Organization; Human Rights Watch; Amnesty International
Red Cross; Tata Group; Reliance Industries; Infosys; Wipro
"""
POOL = [name.strip() for line in POOL_TEXT.strip().splitlines() for name in line.split(";")]

# Devanagari forms of names in Hindi news, and the knowledge-base name each must find.
SEED_FORMS = {
    "दिमित्री पेसकोव": "Dmitry Peskov",
    "नेड प्राइस": "Ned Price",
    "कसीम-जोमार्ट टोकायव": "Kassym-Jomart Tokayev",
    "टोकायव": "Kassym-Jomart Tokayev",
    "तोकायेव": "Kassym-Jomart Tokayev",
    "टोकायेव": "Kassym-Jomart Tokayev",
    "जेन साकी": "Jen Psaki",
    "निकोल पशिनियन": "Nikol Pashinyan",
    "नूर सुल्तान": "Nur-Sultan",
    "मंगिस्टाऊ": "Mangystau",
    "सीएसटीओ": "CSTO",
    "एलपीजी": "LPG",
}
OTHER_FORMS = {
    "Токаев": "Kassym-Jomart Tokayev",
    "Песков": "Dmitry Peskov",
    "Дмитрий Песков": "Dmitry Peskov",
    "Касым-Жомарт Токаев": "Kassym-Jomart Tokayev",
    "Москва": "Moscow",
    "नरेंद्र मोदी": "Narendra Modi",
    "राहुल गांधी": "Rahul Gandhi",
    "अमित शाह": "Amit Shah",
    "दिल्ली": "Delhi",
    "अल्माटी": "Almaty",
    "बीबीसी": "BBC",
    "नाटो": "NATO",
    "कज़ाख़स्तान": "Kazakhstan",
    "व्लादिमीर पुतिन": "Vladimir Putin",
    "अरविंद केजरीवाल": "Arvind Kejriwal",
    "عمران خان": "Imran Khan",
}


@pytest.fixture(scope="module")
def pool_index() -> NameIndex[str]:
    return NameIndex((name, name) for name in POOL)


def test_pool_is_large_and_holds_the_seed_names() -> None:
    assert len(set(POOL)) == len(POOL) >= 300
    assert set(SEED_FORMS.values()) <= set(POOL)


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("नूर सुल्तान", "Deva"),
        ("Nur-Sultan", "Latn"),
        ("Токаев", "Cyrl"),
        ("عمران خان", "Arab"),
        ("বাংলা", "Beng"),
        ("北京", "Hani"),
        ("CSTO के महासचिव", "Deva"),
        ("2022 -- !", None),
        ("", None),
    ],
)
def test_script_of(text: str, script: str | None) -> None:
    assert script_of(text) == script


# The rules, on words that name_forms.yaml does not list (checked below).
RULES = [
    ("दिमित्री पेसकोव", "dimitri peskov"),  # medial schwa deleted (VC_CV)
    ("कसीम-जोमार्ट टोकायव", "kasim-jomart tokayav"),  # hyphen kept, final schwa deleted
    ("नूर सुल्तान", "nur sultan"),
    ("मंगिस्टाऊ", "mangistau"),  # anusvara before g is n
    ("चंपारण", "champaran"),  # anusvara before a labial is m
    ("साँप", "sanp"),  # a chandrabindu stays n
    ("हॉबर्ट", "hobart"),  # candra o
    ("उपेंद्र", "upendra"),  # final schwa kept after a cluster ending in r
    ("चित्र", "chitra"),
    ("हॉलैंड", "holaind"),  # but not after a nasal
    ("लिबर्ट", "libart"),  # nor after other clusters
    ("इंडोनेशियाई", "indoneshiyai"),
    ("लोकतांत्रिक", "loktantrik"),
    ("कलम", "kalam"),
    ("समझना", "samajhna"),  # right to left: only one of two schwas goes
    ("संकलन", "sankalan"),  # none goes after a closed syllable (three consonants would meet)
    ("चांदनी", "chandni"),  # a long vowel with a nasal is only nasalised: the syllable is open
    ("न", "na"),  # a one-letter word keeps its vowel
    ("ज़ख़्मी", "zakhmi"),  # nukta letters
    ("फ़्रांसीसी", "fransisi"),
    ("क़तर", "qatar"),
    ("आसिफ", "asif"),  # फ is f where no vowel follows
    ("फिर", "phir"),  # and ph before one
    ("स्वीडन", "swidan"),  # v in a cluster is w
    ("दीवार", "diwar"),  # and inside a word before ā
    ("विवेकी", "viveki"),  # v elsewhere
    ("ज्ञानी", "gyani"),  # a conjunct read as one sound
    ("भारतीयों", "bhartiyon"),
    ("एशियाई", "eshiyai"),
    ("अंतरराष्ट्रीय", "antarrashtriya"),  # final schwa kept after i + y
    ("दुःख", "duhkh"),  # visarga
    ("२०२२", "2022"),
    ("सीएसटीओ", "csto"),  # an acronym is spelled
    ("हु्ड्डा", "hudda"),  # a stray virama after a vowel sign (a typo) reads as nothing
]


@pytest.mark.parametrize(("devanagari", "latin"), RULES)
def test_romanise_devanagari(devanagari: str, latin: str) -> None:
    assert all(common_form(word) is None for word in devanagari.split())
    assert romanise(devanagari) == latin


@pytest.mark.parametrize(
    ("text", "latin", "display"),
    [
        ("मुस्लिम लीग", "muslim league", "Muslim League"),
        ("जॉर्ज बुश", "george bush", "George Bush"),
        ("हरभजन सिंह", "harbhajan singh", "Harbhajan Singh"),
        ("एमपी सिंह", "mp singh", "MP Singh"),  # an acronym in capitals
        ("शुक्ला", "shukla", "Shukla"),
        ("छत्तीसगढ़", "chhattisgarh", "Chhattisgarh"),
        ("तहरीक-ए-इंसाफ़", "tehreek-e-insaf", "Tehreek-e-Insaf"),  # a form may be lower case
        ("मॉस्को", "moscow", "Moscow"),
        ("मोस्को", "moscow", "Moscow"),  # forms are matched folded
        ("रिजवी", "rizvi", "Rizvi"),  # with or without the nukta
        ("ਪੰਜਾਬ", "punjab", "Punjab"),  # other Brahmic scripts via Devanagari
        ("कलम दास", "kalam das", "Kalam Das"),  # words the table lacks are romanised and capitalised
        ("Токаев", "tokayev", "Tokayev"),
        ("Ned Price के", "ned price ke", "Ned Price Ke"),  # Latin words as they stand
        ("al-Assad", "al-assad", "al-Assad"),
    ],
)
def test_names_in_their_common_spelling(text: str, latin: str, display: str) -> None:
    assert romanise(text) == latin
    assert display_name(text) == display
    assert display_name(text).isascii() or not text.isascii()


def test_romanise_reads_decomposed_nukta_and_ignores_zero_width_joiners() -> None:
    assert romanise("\u091c\u093c\u0947\u0921") == romanise("ज़ेड") == "zed"
    assert romanise("क्\u200dष") == romanise("क्ष")


def test_a_nukta_typed_after_the_vowel_sign_belongs_to_the_letter() -> None:
    # "हजा़रे" (ज, ा, nukta) is the same name as "हज़ारे" (ज, nukta, ा): one entity, not Hazare and Hajare
    assert display_name("अन्ना हजा\u093cरे") == display_name("अन्ना हज\u093cारे") == "Anna Hazare"
    assert romanise("हजारे") == "hajare"  # no nukta at all stays as written


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Токаев", "tokayev"),  # е after a vowel is ye
        ("Песков", "peskov"),
        ("Москва", "moskva"),
        ("Дмитрий", "dmitry"),  # -ий is -y
        ("Евгений Пригожин", "yevgeny prigozhin"),
        ("Касым-Жомарт", "kasym-zhomart"),
        ("Маңғыстау", "mangghystau"),  # Kazakh letters
        ("Харків", "kharkiv"),  # Ukrainian letters
    ],
)
def test_romanise_cyrillic(cyrillic: str, latin: str) -> None:
    assert romanise(cyrillic) == latin


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [("محمد", "mhmd"), ("عمر", "amr"), ("كابل", "kabl"), ("عمران خان", "amran khan")],
)
def test_romanise_arabic_gives_a_consonant_skeleton(arabic: str, latin: str) -> None:
    assert romanise(arabic) == latin


@pytest.mark.parametrize(
    ("text", "latin"),
    [("Zürich", "zurich"), ("São Paulo", "sao paulo"), ("Nur-Sultan", "nur-sultan"), ("ਲੁਧਿਆਣਾ", "ludhiana")],
)
def test_romanise_latin_and_other_brahmic_scripts(text: str, latin: str) -> None:
    assert romanise(text) == latin


def test_romanise_keeps_scripts_it_cannot_read() -> None:
    assert romanise("Tokyo 東京") == "tokyo 東京"


@pytest.mark.parametrize(
    ("word", "spelled"),
    [
        ("सीएसटीओ", "CSTO"),
        ("एलपीजी", "LPG"),
        ("बीबीसी", "BBC"),
        ("यूएन", "UN"),
        ("एफ़बीआई", "FBI"),
        ("डब्ल्यूएचओ", "WHO"),
        ("सी.एस.टी.ओ.", "CSTO"),
        ("नाटो", None),  # a word, not letter names
        ("के", None),  # one letter name is not an acronym ("of")
        ("बीबी", None),  # a word spelled with letter names
        ("CSTO", None),  # not Devanagari
    ],
)
def test_acronym(word: str, spelled: str | None) -> None:
    assert acronym(word) == spelled


@pytest.mark.parametrize(
    "variants",
    [
        ["tokayev", "tokaev", "tokayav", "tokayaev"],
        ["peskov", "peskof"],
        ["pashinyan", "pashiniyan"],
        ["nur sultan", "nur-sultan", "Nur-Sultan"],
        ["dilli", "delhi"],
        ["mangistau", "mangystau", "mangghystau"],
        ["kassym", "kasim", "kasym"],
        ["prais", "price"],
        ["yevgeny", "evgeny"],
        ["moskva", "moscow"],
    ],
)
def test_phonetic_key_collides_for_spelling_variants(variants: list[str]) -> None:
    assert len({phonetic_key(variant) for variant in variants}) == 1


def test_phonetic_key_separates_different_names() -> None:
    keys = [phonetic_key(name) for name in ["tokayev", "peskov", "psaki", "sultan", "pashinyan", "gandhi"]]
    assert len(set(keys)) == len(keys)
    assert phonetic_key("Nur-Sultan") == phonetic_key("nur sultan") != phonetic_key("sultan")


def test_similarity_of_the_same_name_across_scripts() -> None:
    for form, name in SEED_FORMS.items():
        assert similarity(form, name) >= 0.75, form  # NameIndex.match threshold
    assert similarity("Токаев", "Tokayev") > 0.95
    assert similarity("Песков", "Peskov") > 0.95


def test_similarity_is_token_aware() -> None:
    # a surname alone matches the last token of a full name, a little below a full match
    assert 0.85 < similarity("पेसकोव", "Dmitry Peskov") < similarity("दिमित्री पेसकोव", "Dmitry Peskov")
    # query tokens the known name lacks count against it
    assert similarity("नूर सुल्तान", "Sultan") <= 0.5
    assert similarity("नूर सुल्तान", "Nur-Sultan") > 0.95
    assert similarity("nursultan", "Nur-Sultan") > 0.95  # other word breaks


def test_similarity_of_acronyms_needs_the_same_letters() -> None:
    assert similarity("सीएसटीओ", "CSTO") == 1.0
    assert similarity("सीएसटीओ", "CST") < 0.5
    assert similarity("एलपीजी", "LPGA") < 0.5
    assert similarity("साकी", "SCO") < 0.5


def test_wrong_pairs_score_low() -> None:
    # a name that holds the right one as its last word ("New Delhi" for दिल्ली) scores as a surname
    wrong = [
        similarity(form, name)
        for form, right in {**SEED_FORMS, **OTHER_FORMS}.items()
        for name in POOL
        if name != right and not name.endswith(f" {right}")
    ]
    assert max(wrong) < 0.75
    assert statistics.median(wrong) < 0.35


def test_a_different_word_in_a_name_is_no_spelling_of_it() -> None:
    # the same surname or given name does not make another person of it, however alike the rest
    for form, other in [
        ("राजेश सिंह", "Rajnath Singh"),
        ("मोहम्मद अफ़ज़ल", "Mohammad Faisal"),
        ("अजय सिंह", "Ajay Banga"),
    ]:
        assert similarity(form, other) < 0.74, form
    # while spelling variants still are one name: by score or by phonetic key (prais, price)
    for form, name in [
        ("नेड प्राइस", "Ned Price"),
        ("व्हाइट हाउस", "White House"),
        ("एस जयशंकर", "S. Jaishankar"),
    ]:
        assert similarity(form, name) >= 0.75, form  # NameIndex.match threshold


def test_names_compared_whole_only_when_written_with_other_word_breaks() -> None:
    assert similarity("नूर सुल्तान", "Nursultan") == similarity("Nur Sultan", "Nursultan") == 1.0
    # with the same breaks the words are compared one by one: "rajesh singh" is not "rajnath singh"
    assert similarity("राजेश सिंह", "Rajnath Singh") < similarity("rajeshsingh", "rajnathsingh")


def _top_two(index: NameIndex[str], query: str) -> tuple[str, float, float]:
    found = index.match(query, threshold=0.0)
    return found[0][0], found[0][1], found[1][1] if len(found) > 1 else 0.0


@pytest.mark.parametrize(("form", "name"), SEED_FORMS.items())
def test_seed_forms_come_out_top_with_a_clear_margin(
    pool_index: NameIndex[str], form: str, name: str
) -> None:
    top, score, runner_up = _top_two(pool_index, form)
    assert top == name
    assert score >= 0.8
    # the margin over every other name in the pool, not only the index's candidates
    others = max(similarity(form, other) for other in POOL if other != name)
    assert score - max(runner_up, others) >= 0.1


@pytest.mark.parametrize(("form", "name"), OTHER_FORMS.items())
def test_cyrillic_arabic_and_indian_names_come_out_top(
    pool_index: NameIndex[str], form: str, name: str
) -> None:
    found = pool_index.match(form, threshold=0.7)
    assert found and found[0][0] == name


def test_match_flags_surname_only_matches(pool_index: NameIndex[str]) -> None:
    surname = pool_index.match_detailed("टोकायव")[0]
    assert (surname.value, surname.surname_only) == ("Kassym-Jomart Tokayev", True)
    full = pool_index.match_detailed("कसीम-जोमार्ट टोकायव")[0]
    assert (full.value, full.surname_only) == ("Kassym-Jomart Tokayev", False)


def test_match_threshold_and_no_match(pool_index: NameIndex[str]) -> None:
    assert pool_index.match("ज़ज़ज़ क्षत्र") == []
    assert pool_index.match("") == []
    assert all(score >= 0.9 for _, score in pool_index.match("जेन साकी", threshold=0.9))


def _synthetic_names(count: int) -> list[str]:
    rng = random.Random(7)
    syllables = ["ka", "ro", "mi", "sa", "lo", "ve", "dan", "tor", "ish", "ar", "ba", "nu", "pe"]
    syllables += ["gor", "lev", "ski", "ova", "in", "zu", "tan", "bek", "ov", "ha", "ri", "mo", "el"]

    def word() -> str:
        return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize()

    firsts = [word() for _ in range(3000)]
    lasts = [word() for _ in range(20000)]
    return [f"{rng.choice(firsts)} {rng.choice(lasts)}" for _ in range(count)]


def test_index_of_fifty_thousand_names_scores_few_names_per_lookup(monkeypatch: pytest.MonkeyPatch) -> None:
    """The blocking keeps a lookup's work small whatever the index size: the names scored in full per
    lookup are counted (no wall-clock bound, which a loaded machine breaks)."""
    names = POOL + _synthetic_names(50_000 - len(POOL))
    index = NameIndex((name, name) for name in names)
    assert len(index) == 50_000
    scored = [0]
    score = index_module._score

    def counted(*args: object, **kwargs: object) -> object:
        scored[0] += 1
        return score(*args, **kwargs)

    monkeypatch.setattr(index_module, "_score", counted)
    for form, name in SEED_FORMS.items():
        assert index.match(form)[0][0] == name
    assert scored[0] / len(SEED_FORMS) < 50  # of 50,000 names (7 measured)


SEED = Path("/work/shared/seed/expected.json")


@pytest.mark.skipif(not SEED.exists(), reason="the seed annotation (/work/shared) is not present")
def test_seed_person_aliases_find_their_person() -> None:
    entities = json.loads(SEED.read_text(encoding="utf-8"))["entities"]
    index = NameIndex((name, name) for name in POOL + [e["name"] for e in entities])
    people = [e for e in entities if e["type"] == "PERSON"]
    assert people
    for person in people:
        for alias in person["aliases"]:
            assert index.match(alias)[0][0] == person["name"], alias


def test_nukta_on_an_unlisted_letter_reads_as_the_bare_letter() -> None:
    assert romanise("श\u093cहर") == romanise("शहर")


def test_similar_tokens_are_the_block_tokens_above_the_floor(pool_index: NameIndex[str]) -> None:
    found = pool_index.similar_tokens("tokayev")
    assert found and all(score > 0.7 for _, score in found)
    assert max(score for _, score in found) == pytest.approx(1.0)
    assert pool_index.similar_tokens("qqqqqqqq") == []


def test_repeated_lookups_give_the_same_matches(pool_index: NameIndex[str]) -> None:
    first = pool_index.match_detailed("टोकायव")
    assert first and pool_index.match_detailed("टोकायव") == first


def test_place_spelling_makes_spellings_of_one_sound_one() -> None:
    assert place_spelling("phirojabad") == place_spelling("Firozabad")
    assert place_spelling("teksas") == place_spelling("Texas")
    assert place_spelling("itawa") == place_spelling("Etawah")
    assert place_spelling("Patna") != place_spelling("Pune")


def test_a_vowel_sign_with_no_letter_to_carry_it_reads_as_its_vowel() -> None:
    # "जियाअुल" (अ, then the sign ु): no Devanagari is left in the Latin name
    assert romanise("जियाअुल") == "jiyaaul"
