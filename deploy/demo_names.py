"""People's names by country, in the Latin spelling their profiles use, and e-mail addresses made from them."""

import random
import unicodedata

FIRST = {  # (women, men)
    "UA": (("Olena", "Oksana", "Iryna", "Nataliia", "Kateryna", "Yuliia", "Sofiia", "Anastasiia", "Mariia",
            "Tetiana", "Halyna", "Daryna", "Viktoriia", "Khrystyna", "Solomiia", "Larysa", "Alina"),
           ("Dmytro", "Andrii", "Oleksandr", "Taras", "Bohdan", "Yurii", "Serhii", "Mykola", "Ostap", "Volodymyr",
            "Maksym", "Ihor", "Roman", "Vasyl", "Artem", "Oleh", "Yaroslav")),
    "KZ": (("Aigerim", "Aruzhan", "Dana", "Madina", "Zhanna", "Gulnara", "Saule", "Aizhan", "Dinara", "Asel",
            "Kamila", "Ainur", "Togzhan", "Zarina"),
           ("Yerlan", "Nurlan", "Daniyar", "Askar", "Arman", "Bauyrzhan", "Timur", "Yerbol", "Aidos", "Dauren",
            "Almas", "Marat", "Nursultan", "Sanzhar")),
    "GB": (("Sophie", "Emily", "Olivia", "Charlotte", "Hannah", "Amelia", "Grace", "Eleanor", "Isla", "Freya",
            "Priya", "Aisha", "Megan", "Rhiannon", "Fiona"),
           ("James", "Oliver", "Thomas", "Harry", "William", "George", "Jack", "Callum", "Rhys", "Euan", "Arjun",
            "Samuel", "Owen", "Alistair", "Daniel")),
    "DE": (("Anna", "Lena", "Laura", "Julia", "Sophie", "Marie", "Lea", "Hannah", "Katharina", "Johanna", "Clara",
            "Miriam", "Franziska", "Annika"),
           ("Lukas", "Jonas", "Felix", "Maximilian", "Leon", "Paul", "Tobias", "Jan", "Florian", "Matthias",
            "Niklas", "Sebastian", "Moritz", "Philipp")),
}
LAST = {
    "UA": ("Kovalenko", "Melnyk", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Oliinyk", "Lysenko",
           "Boiko", "Savchuk", "Marchenko", "Rudenko", "Moroz", "Koval", "Polishchuk", "Kovalchuk", "Ponomarenko",
           "Hrytsenko", "Pavlenko", "Zinchenko", "Tkachuk", "Romaniuk", "Levchenko", "Kostenko", "Bondar",
           "Kravets", "Shevchuk", "Honcharuk", "Ivanyshyn", "Fedoriv", "Hnatiuk", "Dovzhenko"),
    # Kazakh surnames ending in -ov, -ev or -in take an -a for women.
    "KZ": ("Abenov", "Zhaksylykov", "Bekov", "Dzhaksybekov", "Ermekov", "Iskakov", "Kairatov", "Mukanov",
           "Nurpeisov", "Omarov", "Sarsenbayev", "Tulegenov", "Utepov", "Zhunusov", "Akhmetov", "Baimukhanov",
           "Karimov", "Seitkali", "Suleimenov", "Temirkhanov", "Yessenov", "Kassymov", "Amanzholov"),
    "GB": ("Taylor", "Smith", "Jones", "Williams", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Roberts",
           "Johnson", "Walker", "Wright", "Robinson", "Thompson", "Hughes", "Campbell", "MacDonald", "Patel", "Khan",
           "Morgan", "Stewart", "Murray", "Price", "Fraser", "Lloyd", "Okafor", "Chen"),
    "DE": ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
           "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Braun", "Zimmermann", "Krüger",
           "Hartmann", "Lange", "Werner", "Lehmann", "Köhler", "Yilmaz", "Nowak"),
}


def _surname(country: str, female: bool, surname: str) -> str:
    if country == "KZ" and female and surname.endswith(("ov", "ev", "in")):
        return surname + "a"
    return surname


def unique_name(rng: random.Random, country: str, female: bool, taken: set[str]) -> str:
    """A first and last name from `country` nobody in `taken` has yet; added to `taken`."""
    while True:
        first = rng.choice(FIRST[country][0 if female else 1])
        name = f"{first} {_surname(country, female, rng.choice(LAST[country]))}"
        if name not in taken:
            taken.add(name)
            return name


def email(name: str, organisation_key: str) -> str:
    """'Lena Müller', 'de-udk' → 'lena.mueller@de-udk.example.org' (example.org: never delivered)."""
    ascii_name = name.lower().translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}))
    ascii_name = unicodedata.normalize("NFKD", ascii_name).encode("ascii", "ignore").decode()
    return f"{ascii_name.replace(' ', '.')}@{organisation_key}.example.org"
