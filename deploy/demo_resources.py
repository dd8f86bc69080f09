"""What the demo organisations offer the network: coaches, venues, equipment, internships, guest lectures,
teacher internships, industrial practice and funding, each with the window it is available in."""

from datetime import date, timedelta

from deploy.demo_organisations import ORGANISATIONS

# (kind, organisation key, title, quantity, starts in (days from today) or None, lasts (days) or None, conditions)
RESOURCES = [
    ("coach", "ua-lviv-hub", "Design thinking coaching for partnership teams", 3, 7, 180, "Two sessions a month"),
    ("coach", "gb-manchester-school", "Creative enterprise coaching", 2, 14, 120, "Online, in English"),
    ("coach", "kz-astana-hub", "Startup acceleration coaching", 4, 21, 90, "For teams with a prototype"),
    ("coach", "de-kreativ-leipzig", "Coaching for creative freelancers", 2, None, None, "In German or English"),
    ("venue", "ua-kharkiv-it", "Kharkiv IT Cluster event hall", 1, 3, 365, "Weekday evenings, up to 120 people"),
    ("venue", "ua-podil-hub", "Podil Creative Hub co-working and stage", 1, 10, 300, "Up to 80 people"),
    ("venue", "kz-creative-quarter", "Almaty Creative Quarter gallery space", 1, 30, 200, "Weekends, up to 150 people"),
    ("venue", "gb-watershed", "Watershed cinema and meeting rooms", 2, 14, 240, "Booked two weeks ahead"),
    ("venue", "de-udk", "UdK Berlin exhibition hall", 1, 45, 60, "During semester breaks"),
    ("equipment", "ua-pixel-fox", "Motion-capture studio kit", 1, 20, 150, "With a trained operator"),
    ("equipment", "ua-nure", "VR headsets for teaching", 12, 5, 200, "Lent for up to four weeks"),
    ("equipment", "kz-steppe-media", "Film cameras and sound recording kit", 3, 15, 180, None),
    ("equipment", "de-khm", "3D printers and laser cutter", 4, None, None, "Inductions on Mondays"),
    ("internship_places", "kz-qaz-studio", "Game design internships", 4, 30, 120, "Three months, paid"),
    ("internship_places", "ua-lviv-it", "Software engineering internships", 10, 40, 90, "Summer school for students"),
    ("internship_places", "gb-northbank-games", "Games production placements", 2, 60, 180, "Remote first"),
    ("internship_places", "de-rheinpixel", "Motion design internships", 3, 50, 150, "Six months, in Cologne"),
    ("guest_lecture", "gb-ual", "Guest lectures on fashion and sustainability", 6, 10, 240, "Online or on site"),
    ("guest_lecture", "ua-knu", "Guest lectures on the creative economy of Ukraine", 4, 14, 200, None),
    ("guest_lecture", "kz-kbtu", "Guest lectures on AI for creative industries", 5, 25, 150, "In English or Russian"),
    ("guest_lecture", "de-lmu", "Guest lectures on cultural management", 3, 35, 120, "In German or English"),
    ("teacher_internship", "gb-gsa", "Teacher exchange at The Glasgow School of Art", 2, 90, 30, "Two weeks on site"),
    ("teacher_internship", "de-haw", "Teacher internships in media and games", 3, 75, 45, None),
    ("teacher_internship", "ua-ksada", "Teacher internships in design education", 2, 60, 30, "In Ukrainian"),
    ("industrial_practice", "ua-odesa-film", "Film set practice for students", 6, 30, 60, "Four-week placements"),
    ("industrial_practice", "kz-kasteyev", "Museum practice in collections and education", 4, 20, 100, None),
    ("industrial_practice", "gb-manchester-digital", "Industrial practice at member companies", 15, 45, 120,
     "Matched to students' skills"),
    ("industrial_practice", "de-gamecity", "Practice weeks at Hamburg game studios", 8, 55, 90, None),
    ("funding", "ua-ucf", "Grants for joint cultural projects", 10, 14, 120, "Up to UAH 1,500,000 per project"),
    ("funding", "gb-british-council", "Creative Spark enterprise grants", 12, 7, 150, "Up to GBP 20,000"),
    ("funding", "de-goethe", "Mobility grants for artists and teachers", 20, 30, 180, "Travel and stay"),
    ("funding", "gb-creative-economy", "Seed funding for student start-ups", 5, 21, 90, "Up to GBP 5,000"),
]


def bodies(today: date, organisation_ids: dict[str, str]) -> list[dict]:
    """The resources as POST /resources takes them."""
    out = []
    for kind, key, title, quantity, starts_in, lasts, conditions in RESOURCES:
        _, city, country, *_ = ORGANISATIONS[key]
        window = {}
        if starts_in is not None:
            start = today + timedelta(days=starts_in)
            window = {"available_from": start.isoformat(),
                      "available_until": (start + timedelta(days=lasts)).isoformat()}
        out.append({"kind": kind, "organisation_id": organisation_ids[key], "title": title, "quantity": quantity,
                    "city": city, "country": country, "conditions": conditions, **window})
    return out
