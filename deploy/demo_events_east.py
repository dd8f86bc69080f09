"""Demo events in Ukraine and Kazakhstan: what each is, where, when (days from today, local times), its agenda
and tickets (prices in minor units of the city's currency). The first organiser leads; a share is in basis points.
"""

EVENTS = [
    {"key": "design-thinking", "kind": "master_class", "city": "Lviv", "venue": "12 Stepana Bandery St",
     "organisers": [("cs-lviv", 10_000)], "in_days": 30, "days": 1, "hours": ("17:00", "20:00"),
     "title": {"en": "Design Thinking Master Class", "uk": "Майстер-клас із дизайн-мислення"},
     "description": {"en": "A hands-on master class for students and businesses: frame a real problem, interview"
                           " users, prototype and test a solution in one evening.",
                     "uk": "Практичний майстер-клас для студентів і бізнесу: сформулюйте реальну проблему,"
                           " поговоріть із користувачами, створіть і протестуйте прототип за один вечір."},
     "sessions": [(0, "17:00", "18:00", "Empathy and problem framing", "Room 201"),
                  (0, "18:15", "19:15", "Rapid prototyping", "Room 201"),
                  (0, "19:15", "20:00", "Testing with users", "Room 201")],
     "tickets": [("Standard", 45_000, 40), ("Student", 0, 20)],
     "tags": ["design-thinking"], "audience": ["students", "businesses"]},
    {"key": "kyiv-festival", "kind": "festival", "city": "Kyiv", "venue": "Mystetskyi Arsenal, 10–12 Lavrska St",
     "organisers": [("cs-kyiv", 6_000), ("cs-kyiv-arts", 4_000)], "in_days": 45, "days": 2, "hours": ("10:00", "19:00"),
     "title": {"en": "Kyiv Creative Spark Festival", "uk": "Фестиваль Creative Spark у Києві"},
     "description": {"en": "Two days of talks, showcases and workshops by Ukrainian and British creative"
                           " entrepreneurs, students and studios.",
                     "uk": "Два дні виступів, презентацій і воркшопів від українських і британських креативних"
                           " підприємців, студентів і студій."},
     "sessions": [(0, "10:00", "11:00", "Opening: the creative economy of Ukraine", "Main stage"),
                  (0, "11:30", "13:00", "Panel: building studios that export", "Main stage"),
                  (0, "14:30", "16:30", "Student start-up showcase", "Hall B"),
                  (1, "10:00", "12:00", "Workshop: pricing creative services", "Hall B"),
                  (1, "13:00", "15:00", "Animation and film pitching session", "Main stage"),
                  (1, "16:00", "18:00", "Closing panel: partnerships with UK universities", "Main stage")],
     "tickets": [("Day pass", 30_000, 300), ("Festival pass", 50_000, 200), ("Student", 0, 150)],
     "tags": ["creative-industries", "pitching", "film-production"], "audience": ["students", "businesses", "public"]},
    {"key": "kharkiv-ai", "kind": "seminar", "city": "Kharkiv", "online": "https://stream.example.org/kharkiv-ai",
     "organisers": [("cs-kharkiv", 10_000)], "in_days": 12, "days": 1, "hours": ("18:00", "20:30"),
     "title": {"en": "AI Tools for Creative Teams", "uk": "ШІ-інструменти для креативних команд"},
     "description": {"en": "An online seminar by Kharkiv IT Cluster and Karazin University on using generative AI"
                           " responsibly in design, marketing and software teams.",
                     "uk": "Онлайн-семінар Харківського ІТ кластера й Каразінського університету про відповідальне"
                           " використання генеративного ШІ в командах дизайну, маркетингу та розробки."},
     "sessions": [(0, "18:00", "18:45", "Generative AI in the design process", "Main stream"),
                  (0, "18:45", "19:30", "Data, copyright and consent", "Main stream"),
                  (0, "19:30", "20:30", "Questions to the speakers", "Main stream")],
     "tickets": [("Free registration", 0, 500)],
     "tags": ["artificial-intelligence", "intellectual-property"], "audience": ["students", "businesses"]},
    {"key": "odesa-tourism", "kind": "seminar", "city": "Odesa", "venue": "2 Dvorianska St",
     "organisers": [("cs-odesa", 10_000)], "in_days": 60, "days": 1, "hours": ("11:00", "16:00"),
     "title": {"en": "Creative Tourism in Port Cities", "uk": "Креативний туризм у портових містах"},
     "description": {"en": "How Odesa's museums, film heritage and food culture can become experiences visitors"
                           " pay for, with case studies from Cardiff.",
                     "uk": "Як музеї, кіноспадщина й гастрокультура Одеси можуть стати враженнями, за які платять"
                           " гості міста; з кейсами з Кардіффа."},
     "sessions": [(0, "11:00", "12:30", "Heritage as an experience", "Assembly hall"),
                  (0, "13:30", "15:00", "Case study: Cardiff Bay", "Assembly hall"),
                  (0, "15:00", "16:00", "Designing a city route", "Room 12")],
     "tickets": [("Free", 0, 80)], "tags": ["creative-tourism"], "audience": ["public", "businesses"]},
    {"key": "dnipro-services", "kind": "workshop", "city": "Dnipro", "venue": "19 Dmytra Yavornytskoho Ave",
     "organisers": [("cs-dnipro", 10_000)], "in_days": 74, "days": 1, "hours": ("10:00", "17:00"),
     "title": {"en": "Service Design for Public Services", "uk": "Дизайн публічних послуг"},
     "description": {"en": "A one-day workshop: map a real public service of Dnipro with residents and officials,"
                           " and redesign it together.",
                     "uk": "Одноденний воркшоп: разом із мешканцями та посадовцями складаємо карту реальної"
                           " публічної послуги Дніпра й перепроєктовуємо її."},
     "sessions": [(0, "10:00", "11:30", "Journey mapping", "Lab 3"),
                  (0, "11:45", "13:00", "Interviews with residents", "Lab 3"),
                  (0, "14:00", "15:30", "Redesign sprint", "Lab 3"),
                  (0, "15:45", "17:00", "Presentations", "Lab 3")],
     "tickets": [("Standard", 60_000, 30), ("Student", 20_000, 20)],
     "tags": ["service-design", "design-thinking"], "audience": ["students", "teachers"]},
    {"key": "almaty-expo", "kind": "expo", "city": "Almaty", "venue": "Atakent Expo, 42 Timiryazev St",
     "organisers": [("cs-almaty", 5_000), ("cs-almaty-tech", 3_000), ("gb-british-council", 2_000)],
     "in_days": 89, "days": 2, "hours": ("10:00", "18:00"),
     "title": {"en": "Central Asia Creative Industries Expo", "uk": "Виставка креативних індустрій Центральної Азії"},
     "description": {"en": "Studios, universities and start-ups from Kazakhstan and the UK show games, fashion, film"
                           " and design, with a talks programme and investor meetings.",
                     "uk": "Студії, університети й стартапи з Казахстану та Великої Британії показують ігри, моду,"
                           " кіно й дизайн; з програмою виступів і зустрічами з інвесторами."},
     "sessions": [(0, "10:00", "11:00", "Opening of the expo", "Hall 10"),
                  (0, "11:30", "13:00", "Panel: games made in Central Asia", "Talks stage"),
                  (0, "15:00", "17:00", "Fashion design showcase", "Hall 10"),
                  (1, "10:30", "12:30", "Investor meetings", "Meeting room 2"),
                  (1, "14:00", "16:00", "Panel: creative education and industry", "Talks stage")],
     "tickets": [("Visitor", 0, 1_000), ("Trade visitor", 1_500_000, 200)],
     "tags": ["game-design", "fashion-design", "startup-funding"], "audience": ["public", "businesses", "students"]},
    {"key": "astana-pitching", "kind": "workshop", "city": "Astana", "venue": "Astana Hub, 55/8 Mangilik El Ave",
     "organisers": [("cs-astana", 10_000)], "in_days": 52, "days": 1, "hours": ("10:00", "16:00"),
     "title": {"en": "Pitching for Creative Start-ups", "uk": "Пітчинг для креативних стартапів"},
     "description": {"en": "Build a three-minute pitch for your studio or product, rehearse it with mentors from"
                           " Astana Hub and get feedback from investors.",
                     "uk": "Підготуйте трихвилинний пітч своєї студії чи продукту, відрепетируйте його з менторами"
                           " Astana Hub і отримайте відгуки інвесторів."},
     "sessions": [(0, "10:00", "11:30", "What investors listen for", "Auditorium"),
                  (0, "11:45", "13:00", "Writing your pitch", "Auditorium"),
                  (0, "14:00", "16:00", "Pitch rehearsal with feedback", "Studio 4")],
     "tickets": [("Standard", 800_000, 40), ("Student", 300_000, 20)],
     "tags": ["pitching", "startup-funding"], "audience": ["students", "businesses"]},
    {"key": "shymkent-crafts", "kind": "seminar", "city": "Shymkent", "venue": "5 Tauke Khan Ave",
     "organisers": [("cs-shymkent", 10_000)], "in_days": 103, "days": 1, "hours": ("10:00", "15:00"),
     "title": {"en": "Crafts, Heritage and Creative Tourism", "uk": "Ремесла, спадщина і креативний туризм"},
     "description": {"en": "Craftspeople, museums and tour operators of southern Kazakhstan on turning traditional"
                           " crafts into lasting creative businesses.",
                     "uk": "Ремісники, музеї й туроператори півдня Казахстану про те, як перетворити традиційні"
                           " ремесла на сталий креативний бізнес."},
     "sessions": [(0, "10:00", "11:30", "Crafts of the Silk Road today", "Conference hall"),
                  (0, "12:00", "13:30", "Museums as partners of craftspeople", "Conference hall"),
                  (0, "14:00", "15:00", "Selling crafts online", "Conference hall")],
     "tickets": [("Free", 0, 120)], "tags": ["creative-tourism", "museum-management"], "audience": ["public"]},
]
