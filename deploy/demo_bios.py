"""Short expert bios in the language of the expert's organisation: English, Ukrainian or German.

Job titles in Ukrainian and German come as (feminine, masculine).
"""

BIO_LANGUAGE = {"UA": "uk", "DE": "de"}  # others: English
TITLES = {
    "university": (("Associate professor", "Senior lecturer", "Lecturer", "Researcher", "Programme leader"),
                   (("доцентка", "доцент"), ("старша викладачка", "старший викладач"), ("викладачка", "викладач"),
                    ("дослідниця", "дослідник"), ("керівниця освітньої програми", "керівник освітньої програми")),
                   (("Professorin", "Professor"), ("Dozentin", "Dozent"), ("Lehrbeauftragte", "Lehrbeauftragter"),
                    ("wissenschaftliche Mitarbeiterin", "wissenschaftlicher Mitarbeiter"),
                    ("Studiengangsleiterin", "Studiengangsleiter"))),
    "college": (("Teacher", "Head of department", "Instructor"),
                (("викладачка", "викладач"), ("завідувачка відділення", "завідувач відділення"),
                 ("майстриня виробничого навчання", "майстер виробничого навчання")),
                (("Lehrerin", "Lehrer"), ("Fachbereichsleiterin", "Fachbereichsleiter"), ("Ausbilderin", "Ausbilder"))),
    "business": (("Founder", "Creative director", "Product manager", "Producer", "Lead designer"),
                 (("засновниця", "засновник"), ("креативна директорка", "креативний директор"),
                  ("продакт-менеджерка", "продакт-менеджер"), ("продюсерка", "продюсер"),
                  ("провідна дизайнерка", "провідний дизайнер")),
                 (("Gründerin", "Gründer"), ("Kreativdirektorin", "Kreativdirektor"),
                  ("Produktmanagerin", "Produktmanager"), ("Produzentin", "Produzent"),
                  ("leitende Designerin", "leitender Designer"))),
    "it_cluster": (("Programme manager", "Community lead", "Engineering lead"),
                   (("менеджерка програм", "менеджер програм"), ("керівниця спільноти", "керівник спільноти"),
                    ("технічна лідерка", "технічний лідер")),
                   (("Programmmanagerin", "Programmmanager"), ("Community-Leiterin", "Community-Leiter"),
                    ("technische Leiterin", "technischer Leiter"))),
    "ngo": (("Project coordinator", "Programme director", "Community organiser"),
            (("координаторка проєктів", "координатор проєктів"), ("програмна директорка", "програмний директор"),
             ("організаторка спільноти", "організатор спільноти")),
            (("Projektkoordinatorin", "Projektkoordinator"), ("Programmleiterin", "Programmleiter"),
             ("Netzwerkerin", "Netzwerker"))),
    "cultural_institute": (("Curator", "Programme manager", "Education officer"),
                           (("кураторка", "куратор"), ("менеджерка програм", "менеджер програм"),
                            ("координаторка освітніх програм", "координатор освітніх програм")),
                           (("Kuratorin", "Kurator"), ("Programmmanagerin", "Programmmanager"),
                            ("Referentin für Bildung", "Referent für Bildung"))),
    "donor": (("Grants manager", "Programme officer"),
              (("грантова менеджерка", "грантовий менеджер"), ("програмна менеджерка", "програмний менеджер")),
              (("Förderreferentin", "Förderreferent"), ("Programmreferentin", "Programmreferent"))),
}
ROLES = {
    "coach": ("coaches teams through their first creative projects",
              "супроводжує команди в їхніх перших креативних проєктах",
              "begleitet Teams durch ihre ersten Kreativprojekte"),
    "trainer": ("runs hands-on trainings for teachers and students",
                "проводить практичні тренінги для викладачів і студентів",
                "gibt praxisnahe Trainings für Lehrende und Studierende"),
    "speaker": ("speaks at creative-industries conferences", "виступає на конференціях креативних індустрій",
                "spricht auf Konferenzen der Kreativwirtschaft"),
    "moderator": ("moderates panels and demo days", "модерує панельні дискусії та демо-дні",
                  "moderiert Podien und Demo Days"),
    "facilitator": ("facilitates co-design workshops", "фасилітує воркшопи зі спільного проєктування",
                    "leitet Co-Design-Workshops"),
    "mentor": ("mentors early-stage founders", "менторить засновників стартапів на ранній стадії",
               "berät Gründerteams in der Frühphase"),
}
SKILLS_DE = {
    "creative-industries": "Kreativwirtschaft", "culture-heritage": "Kultur und Kulturerbe",
    "digital-technology": "Digitale Technologien", "education": "Bildung", "entrepreneurship": "Unternehmertum",
    "design-thinking": "Design Thinking", "fashion-design": "Modedesign", "film-production": "Filmproduktion",
    "game-design": "Gamedesign", "music-business": "Musikwirtschaft", "service-design": "Servicedesign",
    "creative-tourism": "Kreativtourismus", "museum-management": "Museumsmanagement",
    "artificial-intelligence": "Künstliche Intelligenz", "cybersecurity": "Cybersicherheit",
    "data-science": "Data Science", "software-engineering": "Softwareentwicklung", "ux-design": "UX-Design",
    "curriculum-design": "Curriculumentwicklung", "work-based-learning": "Lernen im Arbeitsprozess",
    "business-modelling": "Geschäftsmodellentwicklung", "intellectual-property": "Geistiges Eigentum",
    "marketing": "Marketing", "pitching": "Pitching", "startup-funding": "Startup-Finanzierung",
}


def _lower(text: str) -> str:
    """'Design thinking' → 'design thinking'; 'UX design' stays."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def _joined(items: list[str], word: str) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {word} {items[-1]}"


def bio(*, country: str, kind: str, title: int, female: bool, organisation: dict[str, str], skills: list[dict],
        role: str) -> str:
    """`organisation`: its names by language ('en' the English one); `skills`: taxonomy entries (GET /skills)."""
    language = BIO_LANGUAGE.get(country, "en")
    en, uk, de = TITLES[kind]
    if language == "uk":
        names = [f"«{s['names'].get('uk', s['name'])}»" for s in skills]
        return (f"{uk[title % len(uk)][not female].capitalize()}, {organisation.get('uk', organisation['en'])}."
                f" Працює з темами {_joined(names, 'та')}; {ROLES[role][1]}.")
    if language == "de":
        names = [SKILLS_DE.get(s["slug"], s["name"]) for s in skills]
        return (f"{de[title % len(de)][not female][:1].upper()}{de[title % len(de)][not female][1:]} –"
                f" {organisation.get('de', organisation['en'])}. Schwerpunkte: {_joined(names, 'und')};"
                f" {ROLES[role][2]}.")
    names = [_lower(s["name"]) for s in skills]
    return f"{en[title % len(en)]}, {organisation['en']}. Works on {_joined(names, 'and')}; {ROLES[role][0]}."
