// Generated from services/events's OpenAPI by scripts/generate-clients.mjs: do not edit.
export interface paths {
    "/calendars/cities/{city}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** City Calendar */
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
         * Network Calendar
         * @description Events of a registry network's partnerships (by the network's id or name), or of a programme.
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
         * Organiser Calendar
         * @description Events co-organised by a partnership, or by an organisation on its own or through its partnerships.
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
         * Search Events
         * @description Published events by start time, a page at a time (pass `next_cursor` back as `cursor`).
         */
        get: operations["search_events_events_get"];
        put?: never;
        /**
         * Draft Event
         * @description Draft an event; its organisers are partnerships and (active) organisations the registry has announced.
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
         * Get Event
         * @description An event's page data; drafts only for members of its co-organising organisations.
         */
        get: operations["get_event_events__event_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit Event
         * @description Change what is sent; announced as EventUpdated with what changed.
         *
         *     `title` and `description` merge by language: `{"title": {"uk": "..."}}` changes Ukrainian only,
         *     `{"title": {"uk": null}}` removes it, a plain string is the English text only.
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
        /** Event Calendar */
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
         * Cancel
         * @description Cancel (the lead's call): billing refunds the tickets sold.
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
         * Complete
         * @description Mark an event that has ended as having taken place.
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
         * Consent
         * @description A co-organiser agrees to the draft as it stands; a joint event is published once all have.
         *
         *     Send `partnership_id` (an admin of one of its members consents) or `organisation_id` (one of its admins).
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
         * Publish Event
         * @description Put a draft on sale: billing and notifications learn of it from EventPublished.
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
         * Reschedule
         * @description New dates for a published event (the lead's call); ticket holders are told.
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
        /** Add Ticket Type */
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
         * Change Ticket Type
         * @description Change a ticket type, also while on sale: never fewer seats than billing has sold.
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
        /** Health */
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
        };
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
             * @description ISO 639-1 languages spoken
             * @default []
             */
            languages: string[];
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
            /**
             * Timezone
             * @description IANA time zone, e.g. Europe/Berlin
             */
            timezone: string;
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
            audience: string[];
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
            kind?: components["schemas"]["EventKind"] | null;
            /**
             * Languages
             * @description ISO 639-1 languages spoken
             * @default []
             */
            languages: string[];
            /** Online Url */
            online_url?: string | null;
            /** Organisers */
            organisers?: components["schemas"]["OrganiserIn"][] | null;
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
            /** Timezone */
            timezone?: string | null;
            /**
             * Title
             * @description Merged by language: {"uk": "..."} sets the Ukrainian text and leaves the others as they are; {"uk": null} removes Ukrainian. A plain string is the English text only, as when drafting (other languages stay). Null is refused: an event keeps a title.
             */
            title?: string | {
                [key: string]: string | null;
            } | null;
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
        };
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
            /**
             * Currency
             * @description ISO 4217, e.g. EUR
             */
            currency: string;
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
            /**
             * Timezone
             * @description Default: the event's current zone
             */
            timezone?: string | null;
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
            /** Visibility */
            visibility: string;
        };
        /** TicketTypeUpdate */
        TicketTypeUpdate: {
            /** Capacity */
            capacity?: number | null;
            /** Max Per Order */
            max_per_order?: number | null;
            /** Name */
            name?: string | null;
            price?: components["schemas"]["PriceIn"] | null;
            /** Quota */
            quota?: string | null;
            /** Sales End */
            sales_end?: string | null;
            /** Sales Start */
            sales_start?: string | null;
            /** Visibility */
            visibility?: ("public" | "hidden") | null;
        };
        /** VenueIn */
        VenueIn: {
            /** Address */
            address: string;
            /** City */
            city: string;
            /**
             * Country
             * @description ISO 3166-1 alpha-2
             */
            country: string;
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
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
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
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
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
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
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
            /** @description Validation Error */
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
            /** @description Validation Error */
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
            /** @description Validation Error */
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
            /** @description Validation Error */
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
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
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
            /** @description Validation Error */
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
            /** @description Validation Error */
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
            /** @description Validation Error */
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
            /** @description Validation Error */
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
            /** @description Validation Error */
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
            /** @description Validation Error */
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
            /** @description Validation Error */
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
