"""The demo partnerships and the networks they form: Creative Spark in Ukraine and in Central Asia, each
partnership led by a local university with a UK partner, and a UK–Germany creative-industries network."""

from datetime import date

from deploy.demo_http import stable_id

CREATIVE_SPARK = "Creative Spark"
EXCHANGE = "UK–German Creative Exchange"
# key: (name, programme, lead, partners, associates); members are organisation keys.
PARTNERSHIPS: dict[str, tuple[str, str, str, tuple[str, ...], tuple[str, ...]]] = {
    "cs-lviv": ("Creative Spark Lviv", CREATIVE_SPARK, "ua-lviv-polytechnic", ("ua-lviv-it", "ua-lviv-hub"),
                ("gb-gsa",)),
    "cs-kharkiv": ("Creative Spark Kharkiv", CREATIVE_SPARK, "ua-karazin", ("ua-kharkiv-it", "ua-nure"),
                   ("gb-manchester-school",)),
    "cs-kyiv": ("Creative Spark Kyiv", CREATIVE_SPARK, "ua-knu", ("ua-kpi", "ua-podil-hub", "ua-pixel-fox"),
                ("gb-ual", "ua-ucf")),
    "cs-kyiv-arts": ("Kyiv Arts and Media Partnership", CREATIVE_SPARK, "ua-knukim", ("ua-ksada", "gb-watershed"), ()),
    "cs-odesa": ("Creative Spark Odesa", CREATIVE_SPARK, "ua-onu", ("ua-odesa-it", "ua-odesa-film"),
                 ("gb-cardiff-met",)),
    "cs-dnipro": ("Creative Spark Dnipro", CREATIVE_SPARK, "ua-dnipro-polytechnic", ("ua-dnipro-college", "ua-dccc"),
                  ("gb-glasgow-college",)),
    "cs-carpathians": ("Creative Spark Carpathians", CREATIVE_SPARK, "ua-pnu", ("ua-vinnytsia-college", "ua-ucu"),
                       ("gb-creative-cardiff",)),
    "cs-almaty": ("Creative Spark Almaty", CREATIVE_SPARK, "kz-almau", ("kz-almaty-college", "kz-qaz-studio"),
                  ("gb-creative-economy",)),
    "cs-almaty-tech": ("Almaty Creative Technologies Partnership", CREATIVE_SPARK, "kz-kbtu",
                       ("kz-creative-quarter", "kz-kasteyev"), ("gb-mmu",)),
    "cs-astana": ("Creative Spark Astana", CREATIVE_SPARK, "kz-enu", ("kz-astana-hub", "kz-qaz-studio"),
                  ("gb-northbank-games",)),
    "cs-shymkent": ("Creative Spark Shymkent", CREATIVE_SPARK, "kz-auezov", ("kz-shymkent-college", "kz-kaznu"),
                    ("gb-british-council",)),
    "cs-karaganda": ("Creative Spark Karaganda", CREATIVE_SPARK, "kz-buketov", ("kz-steppe-media",),
                     ("gb-creative-cardiff",)),
    "ex-london-berlin": ("London–Berlin Design Exchange", EXCHANGE, "gb-ual", ("de-udk", "de-kiezlabor", "de-htw"),
                         ("de-goethe",)),
    "ex-manchester-leipzig": ("Manchester–Leipzig Creative Partnership", EXCHANGE, "gb-mmu",
                              ("de-hgb", "gb-manchester-digital", "de-kreativ-leipzig"), ()),
    "ex-glasgow-hamburg": ("Glasgow–Hamburg Games Alliance", EXCHANGE, "gb-gsa",
                           ("de-haw", "de-gamecity", "gb-glasgow-college"), ()),
    "ex-cardiff-cologne": ("Cardiff–Cologne Media Lab", EXCHANGE, "gb-cardiff-met",
                           ("de-khm", "de-rheinpixel", "gb-creative-cardiff"), ()),
    "ex-munich-bristol": ("Munich–Bristol Creative Technologies", EXCHANGE, "de-hm",
                          ("de-lmu", "gb-watershed"), ("gb-british-council", "de-goethe")),
}
# key: (name, description, partnerships, this year's champion)
NETWORKS: dict[str, tuple[str, str, tuple[str, ...], str]] = {
    "creative-spark-ukraine": (
        "Creative Spark Ukraine", "Ukrainian universities, IT clusters and creative hubs working with UK partners"
        " on creative enterprise and entrepreneurship.",
        ("cs-lviv", "cs-kharkiv", "cs-kyiv", "cs-kyiv-arts", "cs-odesa", "cs-dnipro", "cs-carpathians"), "cs-lviv"),
    "creative-spark-central-asia": (
        "Creative Spark Central Asia", "Kazakh universities, colleges and studios building creative economies"
        " with UK partners.", ("cs-almaty", "cs-almaty-tech", "cs-astana", "cs-shymkent", "cs-karaganda"),
        "cs-almaty"),
    "uk-germany-creative": (
        "UK–Germany Creative Industries Network", "British and German art schools, universities and studios"
        " exchanging students, teachers and ideas.",
        ("ex-london-berlin", "ex-manchester-leipzig", "ex-glasgow-hamburg", "ex-cardiff-cologne",
         "ex-munich-bristol"), "ex-london-berlin"),
}


def import_rows(today: date) -> list[dict]:
    """The partnerships as rows of the registry's bulk import, each running three academic years."""
    return [{"id": stable_id("partnership", key), "name": name, "programme": programme, "lead": lead,
             "partners": list(partners), "associates": list(associates),
             "period_start": f"{today.year - 1}-09-01", "period_end": f"{today.year + 2}-08-31"}
            for key, (name, programme, lead, partners, associates) in PARTNERSHIPS.items()]


def members(partnership: str) -> tuple[str, ...]:
    _, _, lead, partners, associates = PARTNERSHIPS[partnership]
    return (lead, *partners, *associates)
