"""Demo events in the UK and Germany, in the same shape as `demo_events_east`; German ones are described in
German too."""

EVENTS = [
    {"key": "london-ip", "kind": "master_class", "city": "London", "venue": "Central Saint Martins, 1 Granary Square",
     "organisers": [("ex-london-berlin", 7_000), ("cs-kyiv", 3_000)], "in_days": 21, "days": 1,
     "hours": ("14:00", "18:00"),
     "title": {"en": "Intellectual Property for Creative Businesses",
               "uk": "Інтелектуальна власність для креативного бізнесу"},
     "description": {"en": "Protect and license your designs, code and brand: a practical master class with IP"
                           " lawyers and founders from London, Berlin and Kyiv.",
                     "uk": "Захистіть і ліцензуйте свої дизайни, код і бренд: практичний майстер-клас з юристами"
                           " у сфері інтелектуальної власності та засновниками з Лондона, Берліна й Києва."},
     "sessions": [(0, "14:00", "15:00", "Copyright, design rights and trade marks", "Lecture theatre"),
                  (0, "15:15", "16:30", "Licensing your work", "Lecture theatre"),
                  (0, "16:45", "18:00", "Clinic: your questions", "Studio 2")],
     "tickets": [("Standard", 2_500, 60), ("Student", 1_000, 30)],
     "tags": ["intellectual-property", "business-modelling"], "audience": ["businesses", "students"]},
    {"key": "manchester-jam", "kind": "creative_jam", "city": "Manchester",
     "venue": "All Saints Building, Oxford Road", "organisers": [("ex-manchester-leipzig", 10_000)],
     "in_days": 120, "days": 2, "hours": ("10:00", "18:00"),
     "title": {"en": "Manchester–Leipzig Music Tech Jam", "uk": "Джем музичних технологій Манчестер–Лейпциг"},
     "description": {"en": "Two days to build instruments, apps and performances with students from Manchester"
                           " and Leipzig; demos on the second afternoon.",
                     "uk": "Два дні, щоб створити інструменти, застосунки й перформанси разом зі студентами з"
                           " Манчестера й Лейпцига; демо — в другій половині другого дня."},
     "sessions": [(0, "10:00", "11:00", "Kick-off and team forming", "Atrium"),
                  (0, "11:00", "18:00", "Jam: first day", "Studios"),
                  (1, "10:00", "15:00", "Jam: second day", "Studios"),
                  (1, "16:00", "18:00", "Demos and awards", "Atrium")],
     "tickets": [("Participant", 0, 80), ("Supporter", 1_500, 40)],
     "tags": ["music-business", "software-engineering"], "audience": ["students"]},
    {"key": "glasgow-games", "kind": "workshop", "city": "Glasgow",
     "venue": "The Glasgow School of Art, 167 Renfrew St", "organisers": [("ex-glasgow-hamburg", 10_000)], "in_days": 66, "days": 1, "hours": ("10:00", "16:30"),
     "title": {"en": "Level Design Workshop", "uk": "Воркшоп із дизайну ігрових рівнів"},
     "description": {"en": "Sketch, block out and playtest a game level in a day, with designers from Glasgow and"
                           " Hamburg studios.",
                     "uk": "Намалюйте, зберіть і протестуйте ігровий рівень за один день разом із дизайнерами"
                           " студій Глазго й Гамбурга."},
     "sessions": [(0, "10:00", "11:30", "Paper prototypes", "Reid Building 3"),
                  (0, "12:30", "14:30", "Blocking out in the engine", "Reid Building 3"),
                  (0, "14:45", "16:30", "Playtesting", "Reid Building 3")],
     "tickets": [("Standard", 2_000, 24), ("Student", 0, 12)],
     "tags": ["game-design"], "audience": ["students", "teachers"]},
    {"key": "berlin-festival", "kind": "festival", "city": "Berlin", "venue": "Hardenbergstraße 33",
     "organisers": [("ex-london-berlin", 5_000), ("ex-cardiff-cologne", 2_500), ("cs-lviv", 2_500)],
     "in_days": 150, "days": 2, "hours": ("11:00", "20:00"),
     "title": {"en": "Berlin Creative Exchange Festival", "uk": "Берлінський фестиваль креативного обміну",
               "de": "Berliner Festival für kreativen Austausch"},
     "description": {"en": "Exhibitions, talks and workshops by students and studios of the UK–Germany network,"
                           " with guests from Ukraine.",
                     "uk": "Виставки, лекції та воркшопи від студентів і студій британсько-німецької мережі, з"
                           " гостями з України.",
                     "de": "Ausstellungen, Vorträge und Workshops von Studierenden und Studios des"
                           " britisch-deutschen Netzwerks, mit Gästen aus der Ukraine."},
     "sessions": [(0, "11:00", "12:00", "Opening and exhibition tour", "Foyer"),
                  (0, "13:00", "14:30", "Panel: art schools across borders", "Concert hall"),
                  (0, "16:00", "18:00", "Workshop: risograph printing", "Print workshop"),
                  (1, "11:00", "13:00", "Games and media showcase", "Foyer"),
                  (1, "14:00", "15:30", "Panel: Ukrainian creative industries in Europe", "Concert hall"),
                  (1, "17:00", "20:00", "Closing party and awards", "Concert hall")],
     "tickets": [("Day ticket", 1_500, 400), ("Festival pass", 2_500, 300), ("Reduced", 800, 200)],
     "tags": ["creative-industries", "game-design"], "audience": ["public", "students"]},
    {"key": "leipzig-books", "kind": "workshop", "city": "Leipzig", "venue": "Wächterstraße 11",
     "organisers": [("ex-manchester-leipzig", 10_000)], "in_days": 38, "days": 1, "hours": ("10:00", "17:00"),
     "title": {"en": "Book Art and Digital Publishing", "uk": "Книжкове мистецтво і цифрове видавництво",
               "de": "Buchkunst und digitales Publizieren"},
     "description": {"en": "From typography to e-book: a workshop at the Academy of Fine Arts Leipzig for designers"
                           " and small publishers.",
                     "uk": "Від типографіки до електронної книжки: воркшоп у Лейпцизькій академії образотворчих"
                           " мистецтв для дизайнерів і невеликих видавців.",
                     "de": "Von der Typografie zum E-Book: ein Workshop an der HGB Leipzig für Gestalterinnen,"
                           " Gestalter und kleine Verlage."},
     "sessions": [(0, "10:00", "12:00", "Typography and layout", "Room 1.07"),
                  (0, "13:00", "15:00", "From print to e-book", "Room 1.07"),
                  (0, "15:15", "17:00", "Studio visit", "Print workshop")],
     "tickets": [("Standard", 3_500, 20), ("Reduced", 1_500, 10)],
     "tags": ["ux-design", "marketing"], "audience": ["businesses", "students"]},
]
