"""Where the demo network lives: countries with their cities, time zones, currencies, languages, phone codes.

Every city here is one the registry's gazetteer places on the map (GET /map/geo).
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Country:
    code: str
    timezone: str
    currency: str
    languages: tuple[str, ...]  # what most people there speak; English is added as a second language
    phone: str
    cities: tuple[str, ...]  # the first ones hold organisations; experts also live in the others


COUNTRIES = {
    "UA": Country("UA", "Europe/Kyiv", "UAH", ("uk",), "+380", (
        "Kyiv", "Kharkiv", "Lviv", "Odesa", "Dnipro", "Ivano-Frankivsk", "Vinnytsia", "Zaporizhzhia", "Chernivtsi",
        "Poltava", "Ternopil", "Uzhhorod")),
    "KZ": Country("KZ", "Asia/Almaty", "KZT", ("kk", "ru"), "+7", (
        "Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe", "Pavlodar", "Taraz", "Kostanay", "Atyrau")),
    "GB": Country("GB", "Europe/London", "GBP", ("en",), "+44", (
        "London", "Manchester", "Glasgow", "Cardiff", "Bristol", "Edinburgh", "Leeds", "Liverpool", "Birmingham")),
    "DE": Country("DE", "Europe/Berlin", "EUR", ("de",), "+49", (
        "Berlin", "Munich", "Hamburg", "Leipzig", "Cologne", "Dresden", "Stuttgart", "Frankfurt am Main")),
}
# Second languages people list besides English, by country.
EXTRA_LANGUAGES = {"UA": ("pl", "de", "ru"), "KZ": ("tr", "zh", "de"), "GB": ("fr", "de", "es", "cy"),
                   "DE": ("fr", "pl", "tr", "uk")}
