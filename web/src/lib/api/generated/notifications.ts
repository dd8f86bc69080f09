// Generated from services/notifications's OpenAPI by scripts/generate-clients.mjs: do not edit.
export interface paths {
    "/announcements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Announce
         * @description Operators tell the network something; it reaches everyone subscribed to NetworkAnnouncement.
         */
        post: operations["announce_announcements_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Dead Letters
         * @description Deliveries that ran out of attempts or were refused for good.
         */
        get: operations["list_dead_letters_dead_letters_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dead-letters/{delivery_id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay
         * @description Try again with a fresh round of attempts; the earlier attempts stay in its history.
         */
        post: operations["replay_dead_letters__delivery_id__replay_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Deliveries
         * @description Newest first; pass `next_cursor` back as `cursor` for older ones. Operators see all.
         */
        get: operations["list_deliveries_deliveries_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/deliveries/{delivery_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Delivery */
        get: operations["get_delivery_deliveries__delivery_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Feed */
        get: operations["list_feed_feed_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feed/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark Read
         * @description Mark the listed items read, or all of them; answers how many were unread.
         */
        post: operations["mark_read_feed_read_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feed/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Unread Count */
        get: operations["unread_count_feed_unread_count_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
    "/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Subscriptions */
        get: operations["list_subscriptions_subscriptions_get"];
        put?: never;
        /**
         * Subscribe
         * @description Without a token: an anonymous webhook (public events), or an attendee's email (confirmed by a link).
         */
        post: operations["subscribe_subscriptions_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{subscription_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Subscription */
        get: operations["get_subscription_subscriptions__subscription_id__get"];
        put?: never;
        post?: never;
        /** Unsubscribe */
        delete: operations["unsubscribe_subscriptions__subscription_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{subscription_id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable
         * @description Resume a subscription that a 410 Gone disabled.
         */
        post: operations["enable_subscriptions__subscription_id__enable_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/{subscription_id}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate Secret
         * @description A new secret; the old one keeps signing alongside it for `overlap_hours`.
         */
        post: operations["rotate_secret_subscriptions__subscription_id__secret_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions/confirm/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Confirm Page */
        get: operations["confirm_page_subscriptions_confirm__token__get"];
        put?: never;
        /** Confirm */
        post: operations["confirm_subscriptions_confirm__token__post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/unsubscribe/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Unsubscribe Page */
        get: operations["unsubscribe_page_unsubscribe__token__get"];
        put?: never;
        /**
         * Unsubscribe
         * @description What the button and mail clients' one-click unsubscribe (List-Unsubscribe-Post) call.
         */
        post: operations["unsubscribe_unsubscribe__token__post"];
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
        /** AnnouncementCreate */
        AnnouncementCreate: {
            /** Body */
            body: string;
            /** Title */
            title: string;
        };
        /** AttemptRead */
        AttemptRead: {
            /** Duration Ms */
            duration_ms: number;
            /** Error */
            error: string | null;
            /** Number */
            number: number;
            /**
             * Outcome
             * @enum {string}
             */
            outcome: "delivered" | "failed";
            /** Response */
            response: string | null;
            /**
             * Started At
             * Format: date-time
             */
            started_at: string;
            /** Status Code */
            status_code: number | null;
        };
        /**
         * Channel
         * @enum {string}
         */
        Channel: "webhook" | "email";
        /** DeliveryDetail */
        DeliveryDetail: {
            /** Attempt Count */
            attempt_count: number;
            /** Attempts */
            attempts: components["schemas"]["AttemptRead"][];
            channel: components["schemas"]["Channel"];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Delivered At */
            delivered_at: string | null;
            /** Event Type */
            event_type: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Last Error */
            last_error: string | null;
            /**
             * Message Id
             * Format: uuid
             */
            message_id: string;
            /** Next Attempt At */
            next_attempt_at: string | null;
            /** Recipient */
            recipient: string;
            status: components["schemas"]["DeliveryStatus"];
            /** Subscription Id */
            subscription_id: string | null;
            /** Template */
            template: string | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** DeliveryRead */
        DeliveryRead: {
            /** Attempt Count */
            attempt_count: number;
            channel: components["schemas"]["Channel"];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Delivered At */
            delivered_at: string | null;
            /** Event Type */
            event_type: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Last Error */
            last_error: string | null;
            /**
             * Message Id
             * Format: uuid
             */
            message_id: string;
            /** Next Attempt At */
            next_attempt_at: string | null;
            /** Recipient */
            recipient: string;
            status: components["schemas"]["DeliveryStatus"];
            /** Subscription Id */
            subscription_id: string | null;
            /** Template */
            template: string | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * DeliveryStatus
         * @enum {string}
         */
        DeliveryStatus: "pending" | "delivered" | "dead" | "cancelled";
        /** DigestIn */
        DigestIn: {
            /**
             * At
             * @description local time HH:MM (00:00–23:59) in `timezone`
             * @example 08:30
             */
            at?: string | null;
            /**
             * Frequency
             * @default immediate
             * @enum {string}
             */
            frequency: "immediate" | "daily" | "weekly";
            /**
             * Timezone
             * @description IANA time zone, e.g. Europe/Kyiv
             * @default UTC
             */
            timezone: string;
            /**
             * Weekday
             * @description for weekly digests
             */
            weekday?: ("monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday") | null;
        };
        /** DigestRead */
        DigestRead: {
            /** At */
            at: string | null;
            /**
             * Frequency
             * @enum {string}
             */
            frequency: "immediate" | "daily" | "weekly";
            /** Next At */
            next_at: string | null;
            /** Timezone */
            timezone: string;
            /** Weekday */
            weekday: string | null;
        };
        /**
         * EventKind
         * @enum {string}
         */
        EventKind: "seminar" | "workshop" | "master_class" | "webinar" | "festival" | "expo" | "creative_jam" | "panel_discussion" | "field_trip" | "multiplier_event" | "conference" | "networking_meeting";
        /** FeedItemRead */
        FeedItemRead: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Event Type */
            event_type: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Lines */
            lines: string[];
            /**
             * Message Id
             * Format: uuid
             */
            message_id: string;
            /** Read At */
            read_at: string | null;
            /** Title */
            title: string;
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
        /** FiltersIn */
        FiltersIn: {
            /** City */
            city?: string | null;
            /**
             * Country
             * @description ISO 3166-1 alpha-2
             */
            country?: string | null;
            kind?: components["schemas"]["EventKind"] | null;
            /**
             * Language
             * @description ISO 639-1
             */
            language?: string | null;
            /**
             * Organiser
             * @description a co-organising partnership's id
             */
            organiser?: string | null;
            /**
             * Tags
             * @description matches any one
             */
            tags?: string[] | null;
        };
        /** MarkRead */
        MarkRead: {
            /**
             * Item Ids
             * @description omit to mark everything read
             */
            item_ids?: string[] | null;
        };
        /** Page[DeliveryRead] */
        Page_DeliveryRead_: {
            /** Items */
            items: components["schemas"]["DeliveryRead"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** Page[FeedItemRead] */
        Page_FeedItemRead_: {
            /** Items */
            items: components["schemas"]["FeedItemRead"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** Page[SubscriptionRead] */
        Page_SubscriptionRead_: {
            /** Items */
            items: components["schemas"]["SubscriptionRead"][];
            /** Next Cursor */
            next_cursor: string | null;
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
        /** SecretRotated */
        SecretRotated: {
            /**
             * Previous Secret Expires At
             * Format: date-time
             * @description until then both secrets sign every webhook
             */
            previous_secret_expires_at: string;
            /**
             * Secret
             * @description the new signing secret; shown only in this response
             */
            secret: string;
        };
        /** SubscriberRead */
        SubscriberRead: {
            /** Id */
            id: string | null;
            /**
             * Kind
             * @enum {string}
             */
            kind: "external" | "organisation" | "expert" | "user" | "attendee";
        };
        /** SubscriptionCreate */
        SubscriptionCreate: {
            /**
             * Channel
             * @enum {string}
             */
            channel: "webhook" | "email" | "in_app";
            digest?: components["schemas"]["DigestIn"];
            /**
             * Email
             * @description email: where to write; attendees confirm by a link
             */
            email?: string | null;
            /**
             * Event Types
             * @example [
             *       "EventPublished"
             *     ]
             */
            event_types: string[];
            /**
             * Expert Id
             * @description subscribe for this expert (themselves or their admins)
             */
            expert_id?: string | null;
            filters?: components["schemas"]["FiltersIn"];
            /**
             * Involving Me
             * @description public events too only when they concern the subscriber
             * @default false
             */
            involving_me: boolean;
            /**
             * Language
             * @description what emails and feed items are written in
             * @default en
             * @enum {string}
             */
            language: "en" | "uk" | "de";
            /**
             * Organisation Id
             * @description subscribe for this organisation (its admins only)
             */
            organisation_id?: string | null;
            /**
             * Url
             * @description webhooks: where to POST; https outside development
             */
            url?: string | null;
        };
        /** SubscriptionCreated */
        SubscriptionCreated: {
            /**
             * Channel
             * @enum {string}
             */
            channel: "webhook" | "email" | "in_app";
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            digest: components["schemas"]["DigestRead"];
            /** Email */
            email: string | null;
            /** Event Types */
            event_types: string[];
            /** Filters */
            filters: {
                [key: string]: unknown;
            };
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Involving Me */
            involving_me: boolean;
            /** Language */
            language: string;
            /**
             * Secret
             * @description webhooks: Standard Webhooks signing secret; shown only here
             */
            secret?: string | null;
            status: components["schemas"]["SubscriptionStatus"];
            /** Status Reason */
            status_reason: string | null;
            subscriber: components["schemas"]["SubscriberRead"];
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Url */
            url: string | null;
        };
        /** SubscriptionRead */
        SubscriptionRead: {
            /**
             * Channel
             * @enum {string}
             */
            channel: "webhook" | "email" | "in_app";
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            digest: components["schemas"]["DigestRead"];
            /** Email */
            email: string | null;
            /** Event Types */
            event_types: string[];
            /** Filters */
            filters: {
                [key: string]: unknown;
            };
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Involving Me */
            involving_me: boolean;
            /** Language */
            language: string;
            status: components["schemas"]["SubscriptionStatus"];
            /** Status Reason */
            status_reason: string | null;
            subscriber: components["schemas"]["SubscriberRead"];
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Url */
            url: string | null;
        };
        /**
         * SubscriptionStatus
         * @enum {string}
         */
        SubscriptionStatus: "pending" | "active" | "disabled" | "deleted";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    announce_announcements_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnnouncementCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string;
                    };
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
    list_dead_letters_dead_letters_get: {
        parameters: {
            query?: {
                /** @description `next_cursor` of the previous page */
                cursor?: string | null;
                /** @description items per page */
                limit?: number;
                subscription_id?: string | null;
            };
            header?: {
                /** @description an anonymous webhook's secret */
                "Subscription-Secret"?: string | null;
            };
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
                    "application/json": components["schemas"]["Page_DeliveryRead_"];
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
    replay_dead_letters__delivery_id__replay_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description an anonymous webhook's secret */
                "Subscription-Secret"?: string | null;
            };
            path: {
                delivery_id: string;
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
                    "application/json": components["schemas"]["DeliveryDetail"];
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
    list_deliveries_deliveries_get: {
        parameters: {
            query?: {
                /** @description `next_cursor` of the previous page */
                cursor?: string | null;
                /** @description items per page */
                limit?: number;
                recipient?: string | null;
                status?: components["schemas"]["DeliveryStatus"] | null;
                subscription_id?: string | null;
            };
            header?: {
                /** @description an anonymous webhook's secret */
                "Subscription-Secret"?: string | null;
            };
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
                    "application/json": components["schemas"]["Page_DeliveryRead_"];
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
    get_delivery_deliveries__delivery_id__get: {
        parameters: {
            query?: never;
            header?: {
                /** @description an anonymous webhook's secret */
                "Subscription-Secret"?: string | null;
            };
            path: {
                delivery_id: string;
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
                    "application/json": components["schemas"]["DeliveryDetail"];
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
    list_feed_feed_get: {
        parameters: {
            query?: {
                /** @description `next_cursor` of the previous page */
                cursor?: string | null;
                expert_id?: string | null;
                /** @description items per page */
                limit?: number;
                organisation_id?: string | null;
                unread?: boolean;
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
                    "application/json": components["schemas"]["Page_FeedItemRead_"];
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
    mark_read_feed_read_post: {
        parameters: {
            query?: {
                expert_id?: string | null;
                organisation_id?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkRead"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: number;
                    };
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
    unread_count_feed_unread_count_get: {
        parameters: {
            query?: {
                expert_id?: string | null;
                organisation_id?: string | null;
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
                    "application/json": {
                        [key: string]: number;
                    };
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
    list_subscriptions_subscriptions_get: {
        parameters: {
            query?: {
                /** @description `next_cursor` of the previous page */
                cursor?: string | null;
                expert_id?: string | null;
                /** @description items per page */
                limit?: number;
                organisation_id?: string | null;
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
                    "application/json": components["schemas"]["Page_SubscriptionRead_"];
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
    subscribe_subscriptions_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionCreated"];
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
    get_subscription_subscriptions__subscription_id__get: {
        parameters: {
            query?: never;
            header?: {
                /** @description an anonymous webhook's secret */
                "Subscription-Secret"?: string | null;
            };
            path: {
                subscription_id: string;
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
                    "application/json": components["schemas"]["SubscriptionRead"];
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
    unsubscribe_subscriptions__subscription_id__delete: {
        parameters: {
            query?: never;
            header?: {
                /** @description an anonymous webhook's secret */
                "Subscription-Secret"?: string | null;
            };
            path: {
                subscription_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
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
    enable_subscriptions__subscription_id__enable_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description an anonymous webhook's secret */
                "Subscription-Secret"?: string | null;
            };
            path: {
                subscription_id: string;
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
                    "application/json": components["schemas"]["SubscriptionRead"];
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
    rotate_secret_subscriptions__subscription_id__secret_post: {
        parameters: {
            query?: {
                overlap_hours?: number;
            };
            header?: {
                /** @description an anonymous webhook's secret */
                "Subscription-Secret"?: string | null;
            };
            path: {
                subscription_id: string;
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
                    "application/json": components["schemas"]["SecretRotated"];
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
    confirm_page_subscriptions_confirm__token__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
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
                    "text/html": string;
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
    confirm_subscriptions_confirm__token__post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
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
                    "text/html": string;
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
    unsubscribe_page_unsubscribe__token__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
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
                    "text/html": string;
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
    unsubscribe_unsubscribe__token__post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
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
                    "text/html": string;
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
}
