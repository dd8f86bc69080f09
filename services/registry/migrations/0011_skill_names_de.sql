-- German names for the skill taxonomy, so the German pages show skills in German.
UPDATE skills SET names = skills.names || jsonb_build_object('de', german.name)
FROM (VALUES
    ('creative-industries', 'Kreativwirtschaft'),
    ('design-thinking', 'Design Thinking'),
    ('service-design', 'Servicedesign'),
    ('game-design', 'Spieledesign'),
    ('film-production', 'Filmproduktion'),
    ('music-business', 'Musikwirtschaft'),
    ('fashion-design', 'Modedesign'),
    ('digital-technology', 'Digitale Technologien'),
    ('software-engineering', 'Softwareentwicklung'),
    ('data-science', 'Datenwissenschaft'),
    ('artificial-intelligence', 'Künstliche Intelligenz'),
    ('ux-design', 'UX-Design'),
    ('cybersecurity', 'Cybersicherheit'),
    ('entrepreneurship', 'Unternehmertum'),
    ('business-modelling', 'Geschäftsmodellentwicklung'),
    ('startup-funding', 'Startup-Finanzierung'),
    ('marketing', 'Marketing'),
    ('intellectual-property', 'Geistiges Eigentum'),
    ('pitching', 'Pitching'),
    ('education', 'Bildung'),
    ('curriculum-design', 'Lehrplangestaltung'),
    ('work-based-learning', 'Arbeitsplatzbezogenes Lernen'),
    ('culture-heritage', 'Kultur und Kulturerbe'),
    ('museum-management', 'Museumsmanagement'),
    ('creative-tourism', 'Kreativtourismus')
) AS german (slug, name)
WHERE skills.slug = german.slug;
