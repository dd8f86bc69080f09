// Generated from services/events's OpenAPI by scripts/generate-clients.mjs: do not edit.
export interface paths {
    "/calendars/cities/{city}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a city's calendar feed
         * @description Events taking place in a city (its name, any case).
         *
         *     Open to everyone: published events, and cancelled ones so that calendars drop them. A city
         *     without events has an empty feed, not a 404.
         */
        get: operations["city_calendar_calendars_cities__city__ics_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/networks/{network}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a network's calendar feed
         * @description Events of a registry network's partnerships (by the network's id or name, any case), or of a programme.
         *
         *     Open to everyone: published events, and cancelled ones so that calendars drop them. A network
         *     nobody knows has an empty feed, not a 404.
         */
        get: operations["network_calendar_calendars_networks__network__ics_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/organisers/{organiser_id}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an organiser's calendar feed
         * @description Events co-organised by a partnership, or by an organisation on its own or through its partnerships.
         *
         *     Open to everyone: published events, and cancelled ones so that calendars drop them. An organiser
         *     nobody knows has an empty feed, not a 404.
         */
        get: operations["organiser_calendar_calendars_organisers__organiser_id__ics_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search published events
         * @description Published events by start time, a page at a time (pass `next_cursor` back as `cursor`).
         *
         *     Open to everyone; a token only shows its holder's hidden ticket types where they are an insider.
         *     Every filter narrows the result: `from`/`to` keep the events overlapping that period, so `to` must
         *     follow `from` (422 otherwise).
         */
        get: operations["search_events_events_get"];
        put?: never;
        /**
         * Draft an event
         * @description Draft an event; its organisers are partnerships and (active) organisations the registry has announced.
         *
         *     The caller must be an admin of the lead organiser (the lead organisation, or a member of the lead
         *     partnership), or an operator: 403 otherwise. 422: a rule the draft breaks, such as the end not
         *     following the start, revenue shares not adding up to 10000 basis points once a ticket costs money,
         *     an organiser or expert the registry has not announced.
         */
        post: operations["draft_event_events_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{event_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an event
         * @description An event's page data, its texts in `lang` where the event has them.
         *
         *     Anyone may read a published (also cancelled or completed) event; drafts and hidden ticket types only
         *     members of its co-organising organisations and operators. 404: no such event, or a draft the caller
         *     may not see.
         */
        get: operations["get_event_events__event_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an event
         * @description Change what is sent; announced as EventUpdated with what changed.
         *
         *     `title` and `description` merge by language: `{"title": {"uk": "..."}}` changes Ukrainian only,
         *     `{"title": {"uk": null}}` removes it, a plain string is the English text only.
         *     Admins of a co-organising organisation (or of a member of a co-organising partnership) and operators
         *     may edit: 403 otherwise. A change to the organisers asks every co-organiser to consent again.
         */
        patch: operations["edit_event_events__event_id__patch"];
        trace?: never;
    };
    "/events/{event_id}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an event's calendar entry
         * @description One event as an iCalendar file, its texts in `lang` where the event has them.
         *
         *     Anyone may fetch a published (also cancelled or completed) event; a draft only members of its
         *     co-organising organisations and operators. 404: no such event, or a draft the caller may not see.
         */
        get: operations["event_calendar_events__event_id__calendar_ics_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{event_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an event
         * @description Cancel a draft or a published event (the lead's call): billing refunds the tickets sold.
         *
         *     Admins of the lead organiser and operators may cancel: 403 otherwise. The reason is told to attendees.
         */
        post: operations["cancel_events__event_id__cancel_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{event_id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark an event as taken place
         * @description Mark a published event that has ended as having taken place.
         *
         *     Editors of the event (admins of a co-organiser, operators) may do so: 403 otherwise.
         */
        post: operations["complete_events__event_id__complete_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{event_id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Consent to a joint event
         * @description A co-organiser agrees to the draft as it stands; a joint event is published once all have.
         *
         *     Send `partnership_id` (an admin of one of its members consents) or `organisation_id` (one of its admins):
         *     403 for anyone else. 422: the organiser named does not co-organise the event.
         */
        post: operations["consent_events__event_id__consents_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{event_id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish an event
         * @description Put a draft on sale: billing and notifications learn of it from EventPublished.
         *
         *     Editors of the event (admins of a co-organiser, operators) may publish: 403 otherwise. 422: the event
         *     has started, has neither a venue nor an online URL, or no ticket type.
         */
        post: operations["publish_event_events__event_id__publish_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{event_id}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reschedule an event
         * @description New dates for a published event (the lead's call); ticket holders are told.
         *
         *     Admins of the lead organiser and operators may reschedule: 403 otherwise. The agenda moves with the
         *     event. 422: the new start is not in the future, the end does not follow it, or the dates are unchanged.
         */
        post: operations["reschedule_events__event_id__reschedule_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{event_id}/ticket-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a ticket type to an event
         * @description Define a ticket type, on a draft or while the event is on sale (billing learns of it).
         *
         *     Editors of the event (admins of a co-organiser, operators) may do so: 403 otherwise. 422: the name is
         *     taken, the currency differs from the event's, the sales period does not fit the event, a quota is unknown,
         *     or the seats would exceed the event's capacity.
         */
        post: operations["add_ticket_type_events__event_id__ticket_types_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{event_id}/ticket-types/{ticket_type_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a ticket type
         * @description Change a ticket type, also while on sale: never fewer seats than billing has sold.
         *
         *     Editors of the event (admins of a co-organiser, operators) may do so: 403 otherwise. 404: no such event,
         *     or no such ticket type in it. 422: a rule the change breaks, e.g. another currency or fewer seats than sold.
         */
        patch: operations["change_ticket_type_events__event_id__ticket_types__ticket_type_id__patch"];
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health
         * @description `{"status": "ok"}` while the process serves requests: for load balancers and probes.
         */
        get: operations["health_health_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Audience
         * @enum {string}
         */
        Audience: "students" | "teachers" | "businesses" | "public";
        /** CancelIn */
        CancelIn: {
            /** Reason */
            reason: string;
        };
        /**
         * ConsentIn
         * @description The co-organiser consenting: a partnership (through an admin of a member) or an organisation (its admin).
         */
        ConsentIn: {
            /**
             * Organisation Id
             * @description An organisation the registry announced, active
             */
            organisation_id?: string | null;
            /**
             * Partnership Id
             * @description A partnership the registry announced
             */
            partnership_id?: string | null;
        } & ({
            organisation_id?: null;
            /** Format: uuid */
            partnership_id: string;
        } | {
            /** Format: uuid */
            organisation_id: string;
            partnership_id?: null;
        });
        /** CoOrganiserRead */
        CoOrganiserRead: {
            /** Consented */
            consented: boolean;
            /** Lead */
            lead: boolean;
            /** Name */
            name: string | null;
            /**
             * Organisation Id
             * @description Set when an organisation co-organises on its own
             */
            organisation_id?: string | null;
            /**
             * Organisations
             * @description Public names of the partnership's members, or the organisation's
             */
            organisations: string[];
            /**
             * Partnership Id
             * @description Set when a partnership co-organises
             */
            partnership_id: string | null;
            /** Programme */
            programme: string | null;
            /** Revenue Share Bps */
            revenue_share_bps: number;
        };
        /**
         * Country
         * @description An ISO 3166-1 alpha-2 country code, e.g. UA
         * @enum {string}
         */
        Country: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
        /**
         * Currency
         * @description A circulating ISO 4217 currency, e.g. EUR
         * @enum {string}
         */
        Currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLP" | "CNY" | "COP" | "CRC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SOS" | "SRD" | "SSP" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XCD" | "XCG" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWG";
        /** EventCreate */
        EventCreate: {
            /**
             * Audience
             * @default []
             */
            audience: components["schemas"]["Audience"][];
            /**
             * Capacity
             * @description Seats in all; the ticket types may not offer more
             */
            capacity?: number | null;
            /** Cover Image Url */
            cover_image_url?: string | null;
            /** Description */
            description?: string | {
                [key: string]: string;
            } | null;
            /**
             * Ends At
             * Format: date-time
             */
            ends_at: string;
            kind: components["schemas"]["EventKind"];
            /**
             * Languages
             * @description The languages spoken
             * @default []
             */
            languages: components["schemas"]["Language"][];
            /** Online Url */
            online_url?: string | null;
            /** Organisers */
            organisers: components["schemas"]["OrganiserIn"][];
            /**
             * Quotas
             * @default []
             */
            quotas: components["schemas"]["QuotaIn"][];
            /**
             * Sectors
             * @default []
             */
            sectors: string[];
            /**
             * Sessions
             * @default []
             */
            sessions: components["schemas"]["SessionIn"][];
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /**
             * Tags
             * @default []
             */
            tags: string[];
            /**
             * Ticket Types
             * @default []
             */
            ticket_types: components["schemas"]["TicketTypeCreate"][];
            /** @description The zone attendees read the times in, e.g. Europe/Berlin */
            timezone: components["schemas"]["TimeZone"];
            /** Title */
            title: string | {
                [key: string]: string;
            };
            venue?: components["schemas"]["VenueIn"] | null;
        };
        /**
         * EventKind
         * @enum {string}
         */
        EventKind: "seminar" | "workshop" | "master_class" | "webinar" | "festival" | "expo" | "creative_jam" | "panel_discussion" | "field_trip" | "multiplier_event" | "conference" | "networking_meeting";
        /** EventRead */
        EventRead: {
            /** Audience */
            audience: components["schemas"]["Audience"][];
            /** Cancel Reason */
            cancel_reason: string | null;
            /** Capacity */
            capacity: number | null;
            /** Co Organisers */
            co_organisers: components["schemas"]["CoOrganiserRead"][];
            /** Cover Image Url */
            cover_image_url: string | null;
            /** Description */
            description: string | null;
            /** Descriptions */
            descriptions: {
                [key: string]: string;
            };
            /**
             * Ends At
             * Format: date-time
             * @description In the event's time zone
             */
            ends_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            kind: components["schemas"]["EventKind"];
            /** Languages */
            languages: string[];
            /** Online Url */
            online_url: string | null;
            /** Organisers */
            organisers: components["schemas"]["Organiser"][];
            /** Published At */
            published_at: string | null;
            /** Quotas */
            quotas: components["schemas"]["TicketQuota"][];
            /** Revision */
            revision: number;
            /**
             * Seats Left
             * @description Seats left across the public ticket types, quotas considered
             */
            seats_left: number;
            /** Sectors */
            sectors: string[];
            /** Sessions */
            sessions: components["schemas"]["SessionRead"][];
            /**
             * Starts At
             * Format: date-time
             * @description In the event's time zone
             */
            starts_at: string;
            status: components["schemas"]["EventStatus"];
            /** Tags */
            tags: string[];
            /** Ticket Types */
            ticket_types: components["schemas"]["TicketTypeRead"][];
            /** Timezone */
            timezone: string;
            /**
             * Title
             * @description In the language asked for (`lang`), else the primary one
             */
            title: string;
            /** Titles */
            titles: {
                [key: string]: string;
            };
            venue: components["schemas"]["VenueRead"] | null;
        };
        /**
         * EventStatus
         * @enum {string}
         */
        EventStatus: "draft" | "published" | "cancelled" | "completed";
        /**
         * EventUpdate
         * @description Send only what changes; `null` clears an optional field. Dates of a published event: reschedule.
         */
        EventUpdate: {
            /**
             * Audience
             * @default []
             */
            audience: components["schemas"]["Audience"][];
            /**
             * Capacity
             * @description Seats in all; the ticket types may not offer more
             */
            capacity?: number | null;
            /** Cover Image Url */
            cover_image_url?: string | null;
            /**
             * Description
             * @description Merged by language: {"uk": "..."} sets the Ukrainian text and leaves the others as they are; {"uk": null} removes Ukrainian. A plain string is the English text only, as when drafting (other languages stay). Null removes every language.
             */
            description?: string | {
                [key: string]: string | null;
            } | null;
            /** Ends At */
            ends_at?: string | null;
            kind?: components["schemas"]["EventKind"];
            /**
             * Languages
             * @description The languages spoken
             * @default []
             */
            languages: components["schemas"]["Language"][];
            /** Online Url */
            online_url?: string | null;
            /** Organisers */
            organisers?: components["schemas"]["OrganiserIn"][];
            /**
             * Quotas
             * @default []
             */
            quotas: components["schemas"]["QuotaIn"][];
            /**
             * Sectors
             * @default []
             */
            sectors: string[];
            /**
             * Sessions
             * @default []
             */
            sessions: components["schemas"]["SessionIn"][];
            /** Starts At */
            starts_at?: string | null;
            /**
             * Tags
             * @default []
             */
            tags: string[];
            timezone?: components["schemas"]["TimeZone"] | null;
            /**
             * Title
             * @description Merged by language: {"uk": "..."} sets the Ukrainian text and leaves the others as they are; {"uk": null} removes Ukrainian. A plain string is the English text only, as when drafting (other languages stay). Null is refused: an event keeps a title.
             */
            title?: string | {
                [key: string]: string | null;
            };
            venue?: components["schemas"]["VenueIn"] | null;
        };
        /** FieldProblem */
        FieldProblem: {
            /**
             * Field
             * @description Where the value is: `buyer.name`, `lines[0].quantity`, `query.q`
             */
            field: string;
            /** Message */
            message: string;
        };
        /**
         * Language
         * @description An ISO 639-1 language code, e.g. uk
         * @enum {string}
         */
        Language: "aa" | "ab" | "ae" | "af" | "ak" | "am" | "an" | "ar" | "as" | "av" | "ay" | "az" | "ba" | "be" | "bg" | "bi" | "bm" | "bn" | "bo" | "br" | "bs" | "ca" | "ce" | "ch" | "co" | "cr" | "cs" | "cu" | "cv" | "cy" | "da" | "de" | "dv" | "dz" | "ee" | "el" | "en" | "eo" | "es" | "et" | "eu" | "fa" | "ff" | "fi" | "fj" | "fo" | "fr" | "fy" | "ga" | "gd" | "gl" | "gn" | "gu" | "gv" | "ha" | "he" | "hi" | "ho" | "hr" | "ht" | "hu" | "hy" | "hz" | "ia" | "id" | "ie" | "ig" | "ii" | "ik" | "io" | "is" | "it" | "iu" | "ja" | "jv" | "ka" | "kg" | "ki" | "kj" | "kk" | "kl" | "km" | "kn" | "ko" | "kr" | "ks" | "ku" | "kv" | "kw" | "ky" | "la" | "lb" | "lg" | "li" | "ln" | "lo" | "lt" | "lu" | "lv" | "mg" | "mh" | "mi" | "mk" | "ml" | "mn" | "mr" | "ms" | "mt" | "my" | "na" | "nb" | "nd" | "ne" | "ng" | "nl" | "nn" | "no" | "nr" | "nv" | "ny" | "oc" | "oj" | "om" | "or" | "os" | "pa" | "pi" | "pl" | "ps" | "pt" | "qu" | "rm" | "rn" | "ro" | "ru" | "rw" | "sa" | "sc" | "sd" | "se" | "sg" | "sh" | "si" | "sk" | "sl" | "sm" | "sn" | "so" | "sq" | "sr" | "ss" | "st" | "su" | "sv" | "sw" | "ta" | "te" | "tg" | "th" | "ti" | "tk" | "tl" | "tn" | "to" | "tr" | "ts" | "tt" | "tw" | "ty" | "ug" | "uk" | "ur" | "uz" | "ve" | "vi" | "vo" | "wa" | "wo" | "xh" | "yi" | "yo" | "za" | "zh" | "zu";
        /** Money */
        Money: {
            /**
             * Amount
             * @description Integer minor units, e.g. cents
             */
            amount: number;
            /** Currency */
            currency: string;
        };
        /**
         * Organiser
         * @description A co-organising partnership or organisation (exactly one of the two ids is set); shares are
         *     basis points summing to 10,000.
         *
         *     `organisation_id` was added later. schema_version stays 1: the change is additive, so every
         *     message written before still parses (it has `partnership_id`; the new field defaults to None).
         *     Readers must now expect `partnership_id` to be None when an organisation organises (a reader
         *     built on the earlier model refuses such a message); `organiser_id` gives whichever id is set.
         */
        Organiser: {
            /** Lead */
            lead: boolean;
            /**
             * Organisation Id
             * @description Set when an organisation organises on its own
             */
            organisation_id?: string | null;
            /**
             * Partnership Id
             * @description Set when a partnership organises
             */
            partnership_id?: string | null;
            /** Revenue Share Bps */
            revenue_share_bps: number;
        };
        /**
         * OrganiserIn
         * @description A co-organiser: a partnership, or an organisation organising on its own.
         */
        OrganiserIn: {
            /**
             * Lead
             * @default false
             */
            lead: boolean;
            /**
             * Organisation Id
             * @description An organisation the registry announced, active
             */
            organisation_id?: string | null;
            /**
             * Partnership Id
             * @description A partnership the registry announced
             */
            partnership_id?: string | null;
            /**
             * Revenue Share Bps
             * @description Basis points of ticket revenue
             */
            revenue_share_bps: number;
        } & ({
            organisation_id?: null;
            /** Format: uuid */
            partnership_id: string;
        } | {
            /** Format: uuid */
            organisation_id: string;
            partnership_id?: null;
        });
        /** Page[EventRead] */
        Page_EventRead_: {
            /** Items */
            items: components["schemas"]["EventRead"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** PersonRead */
        PersonRead: {
            /**
             * Expert Id
             * Format: uuid
             */
            expert_id: string;
            /**
             * Name
             * @description Public name; null once the registry withdrew the expert
             */
            name: string | null;
        };
        /** PriceIn */
        PriceIn: {
            /**
             * Amount
             * @description Integer minor units, e.g. 1500 for EUR 15.00
             */
            amount: number;
            /** @description A circulating ISO 4217 currency: funds, metals and test codes are refused */
            currency: components["schemas"]["Currency"];
        };
        /**
         * Problem
         * @description An error answer (RFC 9457), served as `application/problem+json`.
         */
        Problem: {
            /**
             * Code
             * @description Stable and machine-readable, e.g. validation_failed, not_found, sold_out
             */
            code: string;
            /**
             * Detail
             * @description What went wrong, precisely, in words
             */
            detail: string;
            /**
             * Errors
             * @description For validation: each field refused, and why
             * @default null
             */
            errors: components["schemas"]["FieldProblem"][] | null;
            /** Status */
            status: number;
            /**
             * Title
             * @description The HTTP status phrase
             * @example Unprocessable Content
             */
            title: string;
            /**
             * Type
             * @description A URI naming the kind of problem
             * @example https://sparknet.example/problems/validation_failed
             */
            type: string;
        };
        /** QuotaIn */
        QuotaIn: {
            /** Capacity */
            capacity: number;
            /** Name */
            name: string;
        };
        /** RescheduleIn */
        RescheduleIn: {
            /** Announcement */
            announcement?: string | null;
            /**
             * Ends At
             * Format: date-time
             */
            ends_at: string;
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /** @description Default: the event's current zone */
            timezone?: components["schemas"]["TimeZone"] | null;
        };
        /** SessionIn */
        SessionIn: {
            /**
             * Ends At
             * Format: date-time
             */
            ends_at: string;
            /**
             * Moderators
             * @default []
             */
            moderators: string[];
            /**
             * Room
             * @description A room of the venue, or a stream
             */
            room?: string | null;
            /**
             * Speakers
             * @description Experts published by the registry
             * @default []
             */
            speakers: string[];
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /** Title */
            title: string;
        };
        /** SessionRead */
        SessionRead: {
            /**
             * Ends At
             * Format: date-time
             */
            ends_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Moderators */
            moderators: components["schemas"]["PersonRead"][];
            /** Room */
            room: string | null;
            /** Speakers */
            speakers: components["schemas"]["PersonRead"][];
            /**
             * Starts At
             * Format: date-time
             * @description In the event's time zone
             */
            starts_at: string;
            /** Title */
            title: string;
        };
        /**
         * TicketQuota
         * @description Seats shared by several ticket types of one event.
         */
        TicketQuota: {
            /** Capacity */
            capacity: number;
            /** Name */
            name: string;
        };
        /** TicketTypeCreate */
        TicketTypeCreate: {
            /** Capacity */
            capacity: number;
            /**
             * Max Per Order
             * @description Default: 10, or the capacity if smaller
             */
            max_per_order?: number | null;
            /** Name */
            name: string;
            price: components["schemas"]["PriceIn"];
            /**
             * Quota
             * @description Name of one of the event's quotas shared with other types
             */
            quota?: string | null;
            /** Sales End */
            sales_end?: string | null;
            /** Sales Start */
            sales_start?: string | null;
            /**
             * Visibility
             * @default public
             * @enum {string}
             */
            visibility: "public" | "hidden";
        };
        /** TicketTypeRead */
        TicketTypeRead: {
            /** Capacity */
            capacity: number;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Max Per Order */
            max_per_order: number;
            /** Name */
            name: string;
            price: components["schemas"]["Money"];
            /** Quota */
            quota: string | null;
            /** Sales End */
            sales_end: string | null;
            /** Sales Start */
            sales_start: string | null;
            /**
             * Seats Left
             * @description The capacity less the tickets billing has sold or holds
             */
            seats_left: number;
            /**
             * Visibility
             * @enum {string}
             */
            visibility: "public" | "hidden";
        };
        /**
         * TicketTypeUpdate
         * @description Send only what changes; `null` clears `max_per_order` (back to the default), the sales period and `quota`.
         */
        TicketTypeUpdate: {
            /** Capacity */
            capacity?: number;
            /** Max Per Order */
            max_per_order?: number | null;
            /** Name */
            name?: string;
            price?: components["schemas"]["PriceIn"];
            /** Quota */
            quota?: string | null;
            /** Sales End */
            sales_end?: string | null;
            /** Sales Start */
            sales_start?: string | null;
            /** Visibility */
            visibility?: "public" | "hidden";
        };
        /**
         * TimeZone
         * @description An IANA time zone name, e.g. Europe/Kyiv
         * @enum {string}
         */
        TimeZone: "Africa/Abidjan" | "Africa/Accra" | "Africa/Addis_Ababa" | "Africa/Algiers" | "Africa/Asmara" | "Africa/Asmera" | "Africa/Bamako" | "Africa/Bangui" | "Africa/Banjul" | "Africa/Bissau" | "Africa/Blantyre" | "Africa/Brazzaville" | "Africa/Bujumbura" | "Africa/Cairo" | "Africa/Casablanca" | "Africa/Ceuta" | "Africa/Conakry" | "Africa/Dakar" | "Africa/Dar_es_Salaam" | "Africa/Djibouti" | "Africa/Douala" | "Africa/El_Aaiun" | "Africa/Freetown" | "Africa/Gaborone" | "Africa/Harare" | "Africa/Johannesburg" | "Africa/Juba" | "Africa/Kampala" | "Africa/Khartoum" | "Africa/Kigali" | "Africa/Kinshasa" | "Africa/Lagos" | "Africa/Libreville" | "Africa/Lome" | "Africa/Luanda" | "Africa/Lubumbashi" | "Africa/Lusaka" | "Africa/Malabo" | "Africa/Maputo" | "Africa/Maseru" | "Africa/Mbabane" | "Africa/Mogadishu" | "Africa/Monrovia" | "Africa/Nairobi" | "Africa/Ndjamena" | "Africa/Niamey" | "Africa/Nouakchott" | "Africa/Ouagadougou" | "Africa/Porto-Novo" | "Africa/Sao_Tome" | "Africa/Timbuktu" | "Africa/Tripoli" | "Africa/Tunis" | "Africa/Windhoek" | "America/Adak" | "America/Anchorage" | "America/Anguilla" | "America/Antigua" | "America/Araguaina" | "America/Argentina/Buenos_Aires" | "America/Argentina/Catamarca" | "America/Argentina/ComodRivadavia" | "America/Argentina/Cordoba" | "America/Argentina/Jujuy" | "America/Argentina/La_Rioja" | "America/Argentina/Mendoza" | "America/Argentina/Rio_Gallegos" | "America/Argentina/Salta" | "America/Argentina/San_Juan" | "America/Argentina/San_Luis" | "America/Argentina/Tucuman" | "America/Argentina/Ushuaia" | "America/Aruba" | "America/Asuncion" | "America/Atikokan" | "America/Atka" | "America/Bahia" | "America/Bahia_Banderas" | "America/Barbados" | "America/Belem" | "America/Belize" | "America/Blanc-Sablon" | "America/Boa_Vista" | "America/Bogota" | "America/Boise" | "America/Buenos_Aires" | "America/Cambridge_Bay" | "America/Campo_Grande" | "America/Cancun" | "America/Caracas" | "America/Catamarca" | "America/Cayenne" | "America/Cayman" | "America/Chicago" | "America/Chihuahua" | "America/Ciudad_Juarez" | "America/Coral_Harbour" | "America/Cordoba" | "America/Costa_Rica" | "America/Coyhaique" | "America/Creston" | "America/Cuiaba" | "America/Curacao" | "America/Danmarkshavn" | "America/Dawson" | "America/Dawson_Creek" | "America/Denver" | "America/Detroit" | "America/Dominica" | "America/Edmonton" | "America/Eirunepe" | "America/El_Salvador" | "America/Ensenada" | "America/Fort_Nelson" | "America/Fort_Wayne" | "America/Fortaleza" | "America/Glace_Bay" | "America/Godthab" | "America/Goose_Bay" | "America/Grand_Turk" | "America/Grenada" | "America/Guadeloupe" | "America/Guatemala" | "America/Guayaquil" | "America/Guyana" | "America/Halifax" | "America/Havana" | "America/Hermosillo" | "America/Indiana/Indianapolis" | "America/Indiana/Knox" | "America/Indiana/Marengo" | "America/Indiana/Petersburg" | "America/Indiana/Tell_City" | "America/Indiana/Vevay" | "America/Indiana/Vincennes" | "America/Indiana/Winamac" | "America/Indianapolis" | "America/Inuvik" | "America/Iqaluit" | "America/Jamaica" | "America/Jujuy" | "America/Juneau" | "America/Kentucky/Louisville" | "America/Kentucky/Monticello" | "America/Knox_IN" | "America/Kralendijk" | "America/La_Paz" | "America/Lima" | "America/Los_Angeles" | "America/Louisville" | "America/Lower_Princes" | "America/Maceio" | "America/Managua" | "America/Manaus" | "America/Marigot" | "America/Martinique" | "America/Matamoros" | "America/Mazatlan" | "America/Mendoza" | "America/Menominee" | "America/Merida" | "America/Metlakatla" | "America/Mexico_City" | "America/Miquelon" | "America/Moncton" | "America/Monterrey" | "America/Montevideo" | "America/Montreal" | "America/Montserrat" | "America/Nassau" | "America/New_York" | "America/Nipigon" | "America/Nome" | "America/Noronha" | "America/North_Dakota/Beulah" | "America/North_Dakota/Center" | "America/North_Dakota/New_Salem" | "America/Nuuk" | "America/Ojinaga" | "America/Panama" | "America/Pangnirtung" | "America/Paramaribo" | "America/Phoenix" | "America/Port-au-Prince" | "America/Port_of_Spain" | "America/Porto_Acre" | "America/Porto_Velho" | "America/Puerto_Rico" | "America/Punta_Arenas" | "America/Rainy_River" | "America/Rankin_Inlet" | "America/Recife" | "America/Regina" | "America/Resolute" | "America/Rio_Branco" | "America/Rosario" | "America/Santa_Isabel" | "America/Santarem" | "America/Santiago" | "America/Santo_Domingo" | "America/Sao_Paulo" | "America/Scoresbysund" | "America/Shiprock" | "America/Sitka" | "America/St_Barthelemy" | "America/St_Johns" | "America/St_Kitts" | "America/St_Lucia" | "America/St_Thomas" | "America/St_Vincent" | "America/Swift_Current" | "America/Tegucigalpa" | "America/Thule" | "America/Thunder_Bay" | "America/Tijuana" | "America/Toronto" | "America/Tortola" | "America/Vancouver" | "America/Virgin" | "America/Whitehorse" | "America/Winnipeg" | "America/Yakutat" | "America/Yellowknife" | "Antarctica/Casey" | "Antarctica/Davis" | "Antarctica/DumontDUrville" | "Antarctica/Macquarie" | "Antarctica/Mawson" | "Antarctica/McMurdo" | "Antarctica/Palmer" | "Antarctica/Rothera" | "Antarctica/South_Pole" | "Antarctica/Syowa" | "Antarctica/Troll" | "Antarctica/Vostok" | "Arctic/Longyearbyen" | "Asia/Aden" | "Asia/Almaty" | "Asia/Amman" | "Asia/Anadyr" | "Asia/Aqtau" | "Asia/Aqtobe" | "Asia/Ashgabat" | "Asia/Ashkhabad" | "Asia/Atyrau" | "Asia/Baghdad" | "Asia/Bahrain" | "Asia/Baku" | "Asia/Bangkok" | "Asia/Barnaul" | "Asia/Beirut" | "Asia/Bishkek" | "Asia/Brunei" | "Asia/Calcutta" | "Asia/Chita" | "Asia/Choibalsan" | "Asia/Chongqing" | "Asia/Chungking" | "Asia/Colombo" | "Asia/Dacca" | "Asia/Damascus" | "Asia/Dhaka" | "Asia/Dili" | "Asia/Dubai" | "Asia/Dushanbe" | "Asia/Famagusta" | "Asia/Gaza" | "Asia/Harbin" | "Asia/Hebron" | "Asia/Ho_Chi_Minh" | "Asia/Hong_Kong" | "Asia/Hovd" | "Asia/Irkutsk" | "Asia/Istanbul" | "Asia/Jakarta" | "Asia/Jayapura" | "Asia/Jerusalem" | "Asia/Kabul" | "Asia/Kamchatka" | "Asia/Karachi" | "Asia/Kashgar" | "Asia/Kathmandu" | "Asia/Katmandu" | "Asia/Khandyga" | "Asia/Kolkata" | "Asia/Krasnoyarsk" | "Asia/Kuala_Lumpur" | "Asia/Kuching" | "Asia/Kuwait" | "Asia/Macao" | "Asia/Macau" | "Asia/Magadan" | "Asia/Makassar" | "Asia/Manila" | "Asia/Muscat" | "Asia/Nicosia" | "Asia/Novokuznetsk" | "Asia/Novosibirsk" | "Asia/Omsk" | "Asia/Oral" | "Asia/Phnom_Penh" | "Asia/Pontianak" | "Asia/Pyongyang" | "Asia/Qatar" | "Asia/Qostanay" | "Asia/Qyzylorda" | "Asia/Rangoon" | "Asia/Riyadh" | "Asia/Saigon" | "Asia/Sakhalin" | "Asia/Samarkand" | "Asia/Seoul" | "Asia/Shanghai" | "Asia/Singapore" | "Asia/Srednekolymsk" | "Asia/Taipei" | "Asia/Tashkent" | "Asia/Tbilisi" | "Asia/Tehran" | "Asia/Tel_Aviv" | "Asia/Thimbu" | "Asia/Thimphu" | "Asia/Tokyo" | "Asia/Tomsk" | "Asia/Ujung_Pandang" | "Asia/Ulaanbaatar" | "Asia/Ulan_Bator" | "Asia/Urumqi" | "Asia/Ust-Nera" | "Asia/Vientiane" | "Asia/Vladivostok" | "Asia/Yakutsk" | "Asia/Yangon" | "Asia/Yekaterinburg" | "Asia/Yerevan" | "Atlantic/Azores" | "Atlantic/Bermuda" | "Atlantic/Canary" | "Atlantic/Cape_Verde" | "Atlantic/Faeroe" | "Atlantic/Faroe" | "Atlantic/Jan_Mayen" | "Atlantic/Madeira" | "Atlantic/Reykjavik" | "Atlantic/South_Georgia" | "Atlantic/St_Helena" | "Atlantic/Stanley" | "Australia/ACT" | "Australia/Adelaide" | "Australia/Brisbane" | "Australia/Broken_Hill" | "Australia/Canberra" | "Australia/Currie" | "Australia/Darwin" | "Australia/Eucla" | "Australia/Hobart" | "Australia/LHI" | "Australia/Lindeman" | "Australia/Lord_Howe" | "Australia/Melbourne" | "Australia/NSW" | "Australia/North" | "Australia/Perth" | "Australia/Queensland" | "Australia/South" | "Australia/Sydney" | "Australia/Tasmania" | "Australia/Victoria" | "Australia/West" | "Australia/Yancowinna" | "Brazil/Acre" | "Brazil/DeNoronha" | "Brazil/East" | "Brazil/West" | "CET" | "CST6CDT" | "Canada/Atlantic" | "Canada/Central" | "Canada/Eastern" | "Canada/Mountain" | "Canada/Newfoundland" | "Canada/Pacific" | "Canada/Saskatchewan" | "Canada/Yukon" | "Chile/Continental" | "Chile/EasterIsland" | "Cuba" | "EET" | "EST" | "EST5EDT" | "Egypt" | "Eire" | "Etc/GMT" | "Etc/GMT+0" | "Etc/GMT+1" | "Etc/GMT+10" | "Etc/GMT+11" | "Etc/GMT+12" | "Etc/GMT+2" | "Etc/GMT+3" | "Etc/GMT+4" | "Etc/GMT+5" | "Etc/GMT+6" | "Etc/GMT+7" | "Etc/GMT+8" | "Etc/GMT+9" | "Etc/GMT-0" | "Etc/GMT-1" | "Etc/GMT-10" | "Etc/GMT-11" | "Etc/GMT-12" | "Etc/GMT-13" | "Etc/GMT-14" | "Etc/GMT-2" | "Etc/GMT-3" | "Etc/GMT-4" | "Etc/GMT-5" | "Etc/GMT-6" | "Etc/GMT-7" | "Etc/GMT-8" | "Etc/GMT-9" | "Etc/GMT0" | "Etc/Greenwich" | "Etc/UCT" | "Etc/UTC" | "Etc/Universal" | "Etc/Zulu" | "Europe/Amsterdam" | "Europe/Andorra" | "Europe/Astrakhan" | "Europe/Athens" | "Europe/Belfast" | "Europe/Belgrade" | "Europe/Berlin" | "Europe/Bratislava" | "Europe/Brussels" | "Europe/Bucharest" | "Europe/Budapest" | "Europe/Busingen" | "Europe/Chisinau" | "Europe/Copenhagen" | "Europe/Dublin" | "Europe/Gibraltar" | "Europe/Guernsey" | "Europe/Helsinki" | "Europe/Isle_of_Man" | "Europe/Istanbul" | "Europe/Jersey" | "Europe/Kaliningrad" | "Europe/Kiev" | "Europe/Kirov" | "Europe/Kyiv" | "Europe/Lisbon" | "Europe/Ljubljana" | "Europe/London" | "Europe/Luxembourg" | "Europe/Madrid" | "Europe/Malta" | "Europe/Mariehamn" | "Europe/Minsk" | "Europe/Monaco" | "Europe/Moscow" | "Europe/Nicosia" | "Europe/Oslo" | "Europe/Paris" | "Europe/Podgorica" | "Europe/Prague" | "Europe/Riga" | "Europe/Rome" | "Europe/Samara" | "Europe/San_Marino" | "Europe/Sarajevo" | "Europe/Saratov" | "Europe/Simferopol" | "Europe/Skopje" | "Europe/Sofia" | "Europe/Stockholm" | "Europe/Tallinn" | "Europe/Tirane" | "Europe/Tiraspol" | "Europe/Ulyanovsk" | "Europe/Uzhgorod" | "Europe/Vaduz" | "Europe/Vatican" | "Europe/Vienna" | "Europe/Vilnius" | "Europe/Volgograd" | "Europe/Warsaw" | "Europe/Zagreb" | "Europe/Zaporozhye" | "Europe/Zurich" | "Factory" | "GB" | "GB-Eire" | "GMT" | "GMT+0" | "GMT-0" | "GMT0" | "Greenwich" | "HST" | "Hongkong" | "Iceland" | "Indian/Antananarivo" | "Indian/Chagos" | "Indian/Christmas" | "Indian/Cocos" | "Indian/Comoro" | "Indian/Kerguelen" | "Indian/Mahe" | "Indian/Maldives" | "Indian/Mauritius" | "Indian/Mayotte" | "Indian/Reunion" | "Iran" | "Israel" | "Jamaica" | "Japan" | "Kwajalein" | "Libya" | "MET" | "MST" | "MST7MDT" | "Mexico/BajaNorte" | "Mexico/BajaSur" | "Mexico/General" | "NZ" | "NZ-CHAT" | "Navajo" | "PRC" | "PST8PDT" | "Pacific/Apia" | "Pacific/Auckland" | "Pacific/Bougainville" | "Pacific/Chatham" | "Pacific/Chuuk" | "Pacific/Easter" | "Pacific/Efate" | "Pacific/Enderbury" | "Pacific/Fakaofo" | "Pacific/Fiji" | "Pacific/Funafuti" | "Pacific/Galapagos" | "Pacific/Gambier" | "Pacific/Guadalcanal" | "Pacific/Guam" | "Pacific/Honolulu" | "Pacific/Johnston" | "Pacific/Kanton" | "Pacific/Kiritimati" | "Pacific/Kosrae" | "Pacific/Kwajalein" | "Pacific/Majuro" | "Pacific/Marquesas" | "Pacific/Midway" | "Pacific/Nauru" | "Pacific/Niue" | "Pacific/Norfolk" | "Pacific/Noumea" | "Pacific/Pago_Pago" | "Pacific/Palau" | "Pacific/Pitcairn" | "Pacific/Pohnpei" | "Pacific/Ponape" | "Pacific/Port_Moresby" | "Pacific/Rarotonga" | "Pacific/Saipan" | "Pacific/Samoa" | "Pacific/Tahiti" | "Pacific/Tarawa" | "Pacific/Tongatapu" | "Pacific/Truk" | "Pacific/Wake" | "Pacific/Wallis" | "Pacific/Yap" | "Poland" | "Portugal" | "ROC" | "ROK" | "Singapore" | "Turkey" | "UCT" | "US/Alaska" | "US/Aleutian" | "US/Arizona" | "US/Central" | "US/East-Indiana" | "US/Eastern" | "US/Hawaii" | "US/Indiana-Starke" | "US/Michigan" | "US/Mountain" | "US/Pacific" | "US/Samoa" | "UTC" | "Universal" | "W-SU" | "WET" | "Zulu";
        /** VenueIn */
        VenueIn: {
            /** Address */
            address: string;
            /** City */
            city: string;
            country: components["schemas"]["Country"];
        };
        /** VenueRead */
        VenueRead: {
            /** Address */
            address: string;
            /** City */
            city: string;
            /** Country */
            country: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    city_calendar_calendars_cities__city__ics_get: {
        parameters: {
            query?: {
                /** @description ISO 639-1: texts in this language */
                lang?: string | null;
            };
            header?: never;
            path: {
                city: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An iCalendar (RFC 5545) file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Nothing of that id, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A parameter or the body is invalid; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    network_calendar_calendars_networks__network__ics_get: {
        parameters: {
            query?: {
                /** @description ISO 639-1: texts in this language */
                lang?: string | null;
            };
            header?: never;
            path: {
                network: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An iCalendar (RFC 5545) file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Nothing of that id, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A parameter or the body is invalid; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    organiser_calendar_calendars_organisers__organiser_id__ics_get: {
        parameters: {
            query?: {
                /** @description ISO 639-1: texts in this language */
                lang?: string | null;
            };
            header?: never;
            path: {
                organiser_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An iCalendar (RFC 5545) file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Nothing of that id, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A parameter or the body is invalid; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    search_events_events_get: {
        parameters: {
            query?: {
                /** @description true: events with seats left */
                available?: boolean | null;
                city?: string | null;
                /** @description ISO 3166-1 alpha-2, any case: de finds DE */
                country?: string | null;
                /** @description `next_cursor` of the previous page */
                cursor?: string | null;
                /** @description ISO 8601 with a UTC offset */
                from?: string | null;
                kind?: components["schemas"]["EventKind"] | null;
                /** @description ISO 639-1: texts in this language */
                lang?: string | null;
                language?: string | null;
                /** @description items per page */
                limit?: number;
                /** @description A network's id or name, or a programme */
                network?: string | null;
                /** @description An organising partnership or organisation, or an organisation member of an organising partnership */
                organiser?: string | null;
                /** @description false: free events only; true: paid ones */
                paid?: boolean | null;
                /** @description Text in titles, descriptions, tags */
                q?: string | null;
                /** @description Repeat for several: events carrying all of them */
                tag?: string[];
                /** @description ISO 8601 with a UTC offset */
                to?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_EventRead_"];
                };
            };
            /** @description No valid token or secret: none was sent, or it is expired, revoked or forged */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A parameter or the body is invalid; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    draft_event_events_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRead"];
                };
            };
            /** @description Malformed request: the body is not JSON, or a header is missing or malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token or secret: none was sent, or it is expired, revoked or forged */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the service accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A parameter or the body is invalid; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_event_events__event_id__get: {
        parameters: {
            query?: {
                /** @description ISO 639-1: texts in this language */
                lang?: string | null;
            };
            header?: never;
            path: {
                event_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRead"];
                };
            };
            /** @description No valid token or secret: none was sent, or it is expired, revoked or forged */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing of that id, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A parameter or the body is invalid; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    edit_event_events__event_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRead"];
                };
            };
            /** @description Malformed request: the body is not JSON, or a header is missing or malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token or secret: none was sent, or it is expired, revoked or forged */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing of that id, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The event is cancelled or completed, or published and the change is to its dates or organisers */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the service accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A parameter or the body is invalid; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    event_calendar_events__event_id__calendar_ics_get: {
        parameters: {
            query?: {
                /** @description ISO 639-1: texts in this language */
                lang?: string | null;
            };
            header?: never;
            path: {
                event_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An iCalendar (RFC 5545) file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description No valid token or secret: none was sent, or it is expired, revoked or forged */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing of that id, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A parameter or the body is invalid; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancel_events__event_id__cancel_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRead"];
                };
            };
            /** @description Malformed request: the body is not JSON, or a header is missing or malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token or secret: none was sent, or it is expired, revoked or forged */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing of that id, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The event is cancelled or completed already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the service accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A parameter or the body is invalid; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    complete_events__event_id__complete_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRead"];
                };
            };
            /** @description No valid token or secret: none was sent, or it is expired, revoked or forged */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing of that id, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The event is not published, or has not ended yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A parameter or the body is invalid; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    consent_events__event_id__consents_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsentIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRead"];
                };
            };
            /** @description Malformed request: the body is not JSON, or a header is missing or malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token or secret: none was sent, or it is expired, revoked or forged */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing of that id, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The event is no longer a draft, the organiser leads it, or has consented already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the service accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A parameter or the body is invalid; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publish_event_events__event_id__publish_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRead"];
                };
            };
            /** @description No valid token or secret: none was sent, or it is expired, revoked or forged */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing of that id, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The event is not a draft, or a co-organiser has not consented yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A parameter or the body is invalid; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reschedule_events__event_id__reschedule_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RescheduleIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRead"];
                };
            };
            /** @description Malformed request: the body is not JSON, or a header is missing or malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token or secret: none was sent, or it is expired, revoked or forged */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing of that id, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The event is not published */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the service accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A parameter or the body is invalid; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    add_ticket_type_events__event_id__ticket_types_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketTypeCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketTypeRead"];
                };
            };
            /** @description Malformed request: the body is not JSON, or a header is missing or malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token or secret: none was sent, or it is expired, revoked or forged */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing of that id, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The event is cancelled or completed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the service accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A parameter or the body is invalid; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    change_ticket_type_events__event_id__ticket_types__ticket_type_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event_id: string;
                ticket_type_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketTypeUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketTypeRead"];
                };
            };
            /** @description Malformed request: the body is not JSON, or a header is missing or malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token or secret: none was sent, or it is expired, revoked or forged */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing of that id, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The event is cancelled or completed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the service accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A parameter or the body is invalid; `errors` names each field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    health_health_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string;
                    };
                };
            };
        };
    };
}
