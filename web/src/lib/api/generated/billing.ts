// Generated from services/billing's OpenAPI by scripts/generate-clients.mjs: do not edit.
export interface paths {
    "/events/{event_id}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * See an event's seats left
         * @description Seats left per public ticket type (and per hidden one named by `ticket_type_id`); anyone may ask.
         *
         *     404 for an event that is not on sale here (unknown, or not published yet).
         */
        get: operations["availability_events__event_id__availability_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{event_id}/check-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count an event's check-ins
         * @description Per ticket type: tickets that admit someone, and how many were checked in so far.
         *
         *     For the event's organisers and platform operators: 404 for an unknown event, 403 for anyone else.
         */
        get: operations["check_in_counts_events__event_id__check_ins_get"];
        put?: never;
        /**
         * Check a ticket in at the door
         * @description Scan a ticket's code at the door; scanning it again says when it was admitted.
         *
         *     Always 200 for a scan: `result` says whether it admitted someone, was checked in already, is no valid
         *     ticket (unknown or voided) or belongs to another event. For the event's organisers and platform operators:
         *     404 for an unknown event, 403 for anyone else.
         */
        post: operations["check_in_events__event_id__check_ins_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{event_id}/hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set how long an event's orders hold seats
         * @description How long new orders of this event hold their seats; null returns to the service's default.
         *
         *     For the event's organisers and platform operators: 404 for an unknown event, 403 for anyone else.
         */
        put: operations["set_hold_events__event_id__hold_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{event_id}/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an event's orders
         * @description The event's orders, page by page, for its organisers (admins of a co-organising organisation) and
         *     platform operators.
         *
         *     404 for an event billing does not know; 403 for a caller who does not organise it.
         */
        get: operations["event_orders_events__event_id__orders_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{event_id}/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an event's statement
         * @description Gross, fees, refunds and net per co-organiser, in minor units, lead first.
         *
         *     For the event's organisers and platform operators: 404 for an unknown event, 403 for anyone else.
         */
        get: operations["statement_events__event_id__statement_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{event_id}/statement.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an event's statement as CSV
         * @description The statement's lines as CSV for the accountants, columns named as the JSON statement's fields.
         *
         *     For the event's organisers and platform operators: 404 for an unknown event, 403 for anyone else.
         */
        get: operations["statement_csv_events__event_id__statement_csv_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{event_id}/vouchers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an event's vouchers
         * @description Every voucher of the event with how often it was used, for its organisers and platform operators.
         *
         *     404 for an unknown event, 403 for a caller who does not organise it.
         */
        get: operations["list_vouchers_events__event_id__vouchers_get"];
        put?: never;
        /**
         * Create a voucher
         * @description A discount code buyers of the event can redeem, for its organisers and platform operators.
         *
         *     A percentage voucher takes `percent`, a fixed one an `amount` in the tickets' currency; 422 also for
         *     terms that do not fit together or the event (a window ending before it starts, an unknown ticket type,
         *     another currency). 404 for an unknown event, 403 for a caller who does not organise it.
         */
        post: operations["create_voucher_events__event_id__vouchers_post"];
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
    "/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Place an order
         * @description Hold seats of a published event for the buyer and open the payment; anyone may, no account needed.
         *
         *     The answer's `secret` is shown only here: it opens the order later (`Order-Secret`). The seats are held
         *     until `expires_at` (the event's hold, else the service's default). 422 also for what the schema cannot
         *     say: an event or ticket type billing does not know, a ticket type not on sale, a voucher that does not
         *     apply. A retry with the same `Idempotency-Key` and body answers 200 with the same order.
         */
        post: operations["place_order_orders_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{order_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an order
         * @description The order with its lines, payment and status, for whoever holds its secret or link key.
         *
         *     404 alike for an unknown order and a missing or wrong secret: an id reveals nothing.
         */
        get: operations["get_order_orders__order_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{order_id}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Go and pay an order
         * @description A link the buyer follows (with the order's secret or link key as `?secret=`) to pay and come back.
         *
         *     It redirects to the provider's checkout while the order awaits payment, else straight back to
         *     `return_url`, which shows the order as it is. `return_url` must lead back to this site (a path, or an
         *     address on its host): never an open redirect.
         */
        get: operations["pay_orders__order_id__pay_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{order_id}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund an order
         * @description Give back all (no amount) or part of a paid order; only its event's organisers and platform operators may.
         *
         *     Refunding everything left voids the tickets and puts the seats back on sale. 404 for an unknown order,
         *     403 for a caller who does not organise its event, 422 for an amount over what is left to refund.
         *     With an `Idempotency-Key`, a retry answers 200 with the refund the first request made.
         */
        post: operations["refund_order_orders__order_id__refunds_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{order_id}/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an order's tickets
         * @description One ticket per seat once the order is paid (none before), for whoever holds its secret or link key.
         *
         *     404 alike for an unknown order and a missing or wrong secret.
         */
        get: operations["list_tickets_orders__order_id__tickets_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{order_id}/tickets/{ticket_id}/qr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a ticket's QR code
         * @description The QR code of a ticket, for whoever holds its order's secret or link key to show at the door.
         *
         *     It encodes the ticket's code, which is what the door scanner sends to check-in. 404 alike for an unknown
         *     order, a missing or wrong secret, and a ticket that is not one of the order's.
         */
        get: operations["ticket_qr_orders__order_id__tickets__ticket_id__qr_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive a payment provider's webhook
         * @description Where the payment provider says how a payment ended; it signs the exact body it sends.
         *
         *     Called by the provider, not by clients. Each webhook is applied once (a repeat answers `duplicate`); a
         *     payment that arrives after its order's seats went elsewhere is refunded at once.
         */
        post: operations["payment_webhook_payments_webhook_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/checkout/{payment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show the sandbox checkout page
         * @description The sandbox provider's checkout, where a buyer pays or declines without money moving; anyone may open it.
         *
         *     After the buyer's click it sends them to `return_url`, if given and on this site (else 400). The sandbox is
         *     billing's built-in provider, until a real one takes its place.
         */
        get: operations["checkout_page_sandbox_checkout__payment_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/payments/{payment_id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete a sandbox payment
         * @description What the buyer's click does: the payment succeeds or is declined, and billing hears of it by webhook.
         *
         *     Anyone may call it (tests do, in place of a buyer); it answers once billing answered the webhook.
         *     404 for no sandbox payment of this id. No money moves: the sandbox is billing's
         *     built-in provider, until a real one takes its place.
         */
        post: operations["complete_payment_sandbox_payments__payment_id__complete_post"];
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
        /** Availability */
        Availability: {
            /**
             * Event Id
             * Format: uuid
             */
            event_id: string;
            /**
             * Hold Minutes
             * @description How long an order holds its seats, if the organisers set it; otherwise the service's default
             */
            hold_minutes?: number | null;
            /** Ticket Types */
            ticket_types: components["schemas"]["TicketTypeAvailability"][];
            /** Title */
            title: string;
        };
        /** BuyerIn */
        BuyerIn: {
            /**
             * Email
             * Format: email
             */
            email: string;
            /**
             * Language
             * @description BCP 47, e.g. en, uk, pt-BR
             * @default en
             */
            language: string;
            /** Name */
            name: string;
        };
        /**
         * BuyerRead
         * @description As stored: validated once on the way in, not again on every answer.
         */
        BuyerRead: {
            /** Email */
            email: string;
            /** Language */
            language: string;
            /** Name */
            name: string;
        };
        /** CheckInCounts */
        CheckInCounts: {
            /**
             * Event Id
             * Format: uuid
             */
            event_id: string;
            /** Ticket Types */
            ticket_types: components["schemas"]["TicketTypeCheckIns"][];
        };
        /** CheckInIn */
        CheckInIn: {
            /**
             * Code
             * @description What the scanner read from the ticket's QR code
             */
            code: string;
        };
        /** CheckInResult */
        CheckInResult: {
            /** Checked In At */
            checked_in_at?: string | null;
            /** Detail */
            detail: string;
            /**
             * Result
             * @enum {string}
             */
            result: "admitted" | "already_checked_in" | "invalid" | "other_event";
            /** Ticket Id */
            ticket_id?: string | null;
            /** Ticket Type Name */
            ticket_type_name?: string | null;
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
        /** HoldSetting */
        HoldSetting: {
            /**
             * Hold Minutes
             * @description Minutes an order holds its seats (1 to 1440); null for the service's default (BILLING_HOLD_MINUTES)
             */
            hold_minutes: number | null;
        };
        /** LineIn */
        LineIn: {
            /** Quantity */
            quantity: number;
            /**
             * Ticket Type Id
             * Format: uuid
             */
            ticket_type_id: string;
        };
        /** LineRead */
        LineRead: {
            /** Quantity */
            quantity: number;
            subtotal: components["schemas"]["Money"];
            /**
             * Ticket Type Id
             * Format: uuid
             */
            ticket_type_id: string;
            /** Ticket Type Name */
            ticket_type_name: string;
            unit_price: components["schemas"]["Money"];
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
        /** OrderCreate */
        OrderCreate: {
            buyer: components["schemas"]["BuyerIn"];
            /**
             * Event Id
             * Format: uuid
             */
            event_id: string;
            /** Lines */
            lines: components["schemas"]["LineIn"][];
            /** Voucher Code */
            voucher_code?: string | null;
        };
        /** OrderPlaced */
        OrderPlaced: {
            buyer: components["schemas"]["BuyerRead"];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** @description Taken off the lines by the voucher, if any */
            discount?: components["schemas"]["Money"] | null;
            /**
             * Event Id
             * Format: uuid
             */
            event_id: string;
            /** Event Title */
            event_title: string;
            /**
             * Expires At
             * Format: date-time
             * @description When the hold on the seats runs out unless paid
             */
            expires_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Lines */
            lines: components["schemas"]["LineRead"][];
            payment: components["schemas"]["PaymentRead"];
            /** @description Given back so far (partial or full refunds) */
            refunded?: components["schemas"]["Money"] | null;
            /**
             * Secret
             * @description Shown only here: pass it as `Order-Secret` (or `?secret=`) to read the order
             */
            secret: string;
            status: components["schemas"]["OrderStatus"];
            total: components["schemas"]["Money"];
            /** Voucher Code */
            voucher_code?: string | null;
        };
        /** OrderRead */
        OrderRead: {
            buyer: components["schemas"]["BuyerRead"];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** @description Taken off the lines by the voucher, if any */
            discount?: components["schemas"]["Money"] | null;
            /**
             * Event Id
             * Format: uuid
             */
            event_id: string;
            /** Event Title */
            event_title: string;
            /**
             * Expires At
             * Format: date-time
             * @description When the hold on the seats runs out unless paid
             */
            expires_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Lines */
            lines: components["schemas"]["LineRead"][];
            payment: components["schemas"]["PaymentRead"];
            /** @description Given back so far (partial or full refunds) */
            refunded?: components["schemas"]["Money"] | null;
            status: components["schemas"]["OrderStatus"];
            total: components["schemas"]["Money"];
            /** Voucher Code */
            voucher_code?: string | null;
        };
        /**
         * OrderStatus
         * @enum {string}
         */
        OrderStatus: "reserved" | "paid" | "partially_refunded" | "expired" | "cancelled" | "refunded";
        /** OrderSummary */
        OrderSummary: {
            /** Buyer Email */
            buyer_email: string;
            /** Buyer Name */
            buyer_name: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            refunded: components["schemas"]["Money"];
            status: components["schemas"]["OrderStatus"];
            total: components["schemas"]["Money"];
        };
        /** OrganiserStatementLine */
        OrganiserStatementLine: {
            /** Currency */
            currency: string;
            /**
             * Fees
             * @description Its share of the platform fee, net of fees refunded
             */
            fees: number;
            /**
             * Gross
             * @description Its share of what buyers paid, in minor units
             */
            gross: number;
            /** Lead */
            lead: boolean;
            /**
             * Net
             * @description What it is owed: gross - fees - refunds
             */
            net: number;
            /**
             * Organisation Id
             * @description The co-organising organisation, when one organises on its own
             */
            organisation_id?: string | null;
            /**
             * Partnership Id
             * @description The co-organising partnership; null for an organisation's line, or money of an event published without organisers
             */
            partnership_id: string | null;
            /**
             * Refunds
             * @description Its share of what was given back
             */
            refunds: number;
            /** Revenue Share Bps */
            revenue_share_bps: number;
        };
        /**
         * Outcome
         * @enum {string}
         */
        Outcome: "succeeded" | "declined";
        /** Page[OrderSummary] */
        Page_OrderSummary_: {
            /** Items */
            items: components["schemas"]["OrderSummary"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** PaymentRead */
        PaymentRead: {
            /**
             * Checkout Url
             * @description Where the buyer pays; null while the provider is unreachable
             */
            checkout_url: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Provider */
            provider: string;
            /** Provider Payment Id */
            provider_payment_id: string | null;
            status: components["schemas"]["PaymentStatus"];
        };
        /**
         * PaymentStatus
         * @enum {string}
         */
        PaymentStatus: "pending" | "declined" | "succeeded" | "refunded";
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
        /** RefundIn */
        RefundIn: {
            /**
             * Amount
             * @description Minor units; omit to refund everything not yet refunded
             */
            amount?: number | null;
            /**
             * Reason
             * @default refunded by the organiser
             */
            reason: string;
        };
        /** RefundRead */
        RefundRead: {
            amount: components["schemas"]["Money"];
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Order Id
             * Format: uuid
             */
            order_id: string;
            order_status: components["schemas"]["OrderStatus"];
            /** Reason */
            reason: string;
            refunded_total: components["schemas"]["Money"];
            /**
             * Status
             * @description requested until the provider confirmed, then succeeded
             * @enum {string}
             */
            status: "requested" | "succeeded";
        };
        /** SandboxCompleted */
        SandboxCompleted: {
            /** Payment Id */
            payment_id: string;
            status: components["schemas"]["Outcome"];
            /** Webhook Id */
            webhook_id: string;
            /**
             * Webhook Status
             * @description Billing's answer to the webhook; null if it never answered
             */
            webhook_status: number | null;
        };
        /** SandboxCompletion */
        SandboxCompletion: {
            outcome: components["schemas"]["Outcome"];
        };
        /** Statement */
        Statement: {
            /**
             * Event Id
             * Format: uuid
             */
            event_id: string;
            /** Organisers */
            organisers: components["schemas"]["OrganiserStatementLine"][];
            /** Platform Fee Bps */
            platform_fee_bps: number;
        };
        /** TicketList */
        TicketList: {
            /** Items */
            items: components["schemas"]["TicketRead"][];
            /**
             * Order Id
             * Format: uuid
             */
            order_id: string;
        };
        /** TicketRead */
        TicketRead: {
            /** Checked In At */
            checked_in_at?: string | null;
            /** Code */
            code: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Issued At
             * Format: date-time
             */
            issued_at: string;
            /**
             * Status
             * @description valid, or voided once its order was refunded
             * @enum {string}
             */
            status: "valid" | "voided";
            /**
             * Ticket Type Id
             * Format: uuid
             */
            ticket_type_id: string;
            /** Ticket Type Name */
            ticket_type_name: string;
        };
        /** TicketTypeAvailability */
        TicketTypeAvailability: {
            /** Capacity */
            capacity: number;
            /** Held */
            held: number;
            /**
             * Left
             * @description Seats that can still be bought: of this type, and of its shared quota if it has one
             */
            left: number;
            /** Name */
            name: string;
            /** On Sale */
            on_sale: boolean;
            price: components["schemas"]["Money"];
            /** Quota */
            quota?: string | null;
            /** Sales End */
            sales_end: string | null;
            /** Sales Start */
            sales_start: string | null;
            /** Sold */
            sold: number;
            /**
             * Ticket Type Id
             * Format: uuid
             */
            ticket_type_id: string;
            /**
             * Visibility
             * @default public
             * @enum {string}
             */
            visibility: "public" | "hidden";
        };
        /** TicketTypeCheckIns */
        TicketTypeCheckIns: {
            /** Checked In */
            checked_in: number;
            /** Issued */
            issued: number;
            /** Name */
            name: string;
            /**
             * Ticket Type Id
             * Format: uuid
             */
            ticket_type_id: string;
        };
        /**
         * VoucherAmount
         * @description At least one minor unit off: a voucher of nothing would only count uses.
         */
        VoucherAmount: {
            /**
             * Amount
             * @description Integer minor units, e.g. cents
             */
            amount: number;
            /** Currency */
            currency: string;
        };
        /** VoucherCreate */
        VoucherCreate: {
            /** @description For a fixed voucher: the amount off, in the tickets' currency */
            amount?: components["schemas"]["VoucherAmount"] | null;
            /**
             * Code
             * @description What buyers type; case does not matter
             */
            code: string;
            /**
             * Kind
             * @enum {string}
             */
            kind: "percentage" | "fixed";
            /** Max Uses */
            max_uses: number;
            /** Percent */
            percent?: number | null;
            /**
             * Ticket Type Id
             * @description Only this ticket type; omit for the whole event
             */
            ticket_type_id?: string | null;
            /** Valid From */
            valid_from?: string | null;
            /** Valid Until */
            valid_until?: string | null;
        };
        /** VoucherRead */
        VoucherRead: {
            /** @description For a fixed voucher: the amount off, in the tickets' currency */
            amount?: components["schemas"]["VoucherAmount"] | null;
            /**
             * Code
             * @description What buyers type; case does not matter
             */
            code: string;
            /**
             * Event Id
             * Format: uuid
             */
            event_id: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Kind
             * @enum {string}
             */
            kind: "percentage" | "fixed";
            /** Max Uses */
            max_uses: number;
            /** Percent */
            percent?: number | null;
            /**
             * Ticket Type Id
             * @description Only this ticket type; omit for the whole event
             */
            ticket_type_id?: string | null;
            /** Uses */
            uses: number;
            /** Valid From */
            valid_from?: string | null;
            /** Valid Until */
            valid_until?: string | null;
        };
        /** WebhookAnswer */
        WebhookAnswer: {
            /**
             * Result
             * @description What the webhook changed, for the provider's delivery log (`paid`, `declined`, `duplicate`, ...)
             */
            result: string;
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
    availability_events__event_id__availability_get: {
        parameters: {
            query?: {
                /** @description hidden ticket types to include */
                ticket_type_id?: string[];
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
                    "application/json": components["schemas"]["Availability"];
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
    check_in_counts_events__event_id__check_ins_get: {
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
                    "application/json": components["schemas"]["CheckInCounts"];
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
    check_in_events__event_id__check_ins_post: {
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
                "application/json": components["schemas"]["CheckInIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInResult"];
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
    set_hold_events__event_id__hold_put: {
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
                "application/json": components["schemas"]["HoldSetting"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HoldSetting"];
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
    event_orders_events__event_id__orders_get: {
        parameters: {
            query?: {
                /** @description `next_cursor` of the previous page */
                cursor?: string | null;
                /** @description items per page */
                limit?: number;
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
                    "application/json": components["schemas"]["Page_OrderSummary_"];
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
    statement_events__event_id__statement_get: {
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
                    "application/json": components["schemas"]["Statement"];
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
    statement_csv_events__event_id__statement_csv_get: {
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
            /** @description A header row, then one row per co-organiser */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
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
    list_vouchers_events__event_id__vouchers_get: {
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
                    "application/json": components["schemas"]["VoucherRead"][];
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
    create_voucher_events__event_id__vouchers_post: {
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
                "application/json": components["schemas"]["VoucherCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoucherRead"];
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
            /** @description The event has a voucher of this code already */
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
    place_order_orders_post: {
        parameters: {
            query?: never;
            header: {
                /** @description Any unique string (a UUID, say), at most 255 characters: a retry with the same key and body answers the first request's result */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderCreate"];
            };
        };
        responses: {
            /** @description Replay: the order an earlier request with this key placed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderPlaced"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderPlaced"];
                };
            };
            /** @description The body is not JSON, or `Idempotency-Key` is missing, blank or over 255 characters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Sold out (`sold_out`), too many buyers at once (`busy`), the voucher is used up, or the Idempotency-Key was used with a different request */
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
            /** @description The payment provider did not open a checkout: retry with the same key */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_order_orders__order_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: string;
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
                    "application/json": components["schemas"]["OrderRead"];
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
    pay_orders__order_id__pay_get: {
        parameters: {
            query: {
                /** @description Where the provider sends the buyer back: a path, or an address on this site (the web order page) */
                return_url: string;
            };
            header?: never;
            path: {
                order_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the provider's checkout, or back to `return_url` if the order no longer awaits payment */
            303: {
                headers: {
                    /** @description Where to go next */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `return_url` is not on this site, or holds spaces, control characters or backslashes */
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
            /** @description Unknown order, or a missing or wrong secret */
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
    refund_order_orders__order_id__refunds_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: a retry with the same key answers the refund made the first time */
                "Idempotency-Key"?: string | null;
            };
            path: {
                order_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefundIn"];
            };
        };
        responses: {
            /** @description Replay: the refund an earlier request with this key made */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundRead"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundRead"];
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
            /** @description The order is not paid (or refunded wholly already) */
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
    list_tickets_orders__order_id__tickets_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: string;
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
                    "application/json": components["schemas"]["TicketList"];
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
    ticket_qr_orders__order_id__tickets__ticket_id__qr_get: {
        parameters: {
            query?: {
                /** @description The image's format */
                format?: "svg" | "png";
            };
            header?: never;
            path: {
                order_id: string;
                ticket_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The QR code, as SVG or PNG (`format`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                    "image/svg+xml": string;
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
    payment_webhook_payments_webhook_post: {
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
                    "application/json": components["schemas"]["WebhookAnswer"];
                };
            };
            /** @description Malformed webhook, or one naming a payment or amount billing does not know */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, wrong or stale signature */
            401: {
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
        };
    };
    checkout_page_sandbox_checkout__payment_id__get: {
        parameters: {
            query?: {
                /** @description Where the buyer goes after paying: a path, or an address on this site */
                return_url?: string | null;
            };
            header?: never;
            path: {
                payment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page, with Pay and Decline buttons while the payment is open */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `return_url` is not on this site */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No sandbox payment of this id */
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
    complete_payment_sandbox_payments__payment_id__complete_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                payment_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SandboxCompletion"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SandboxCompleted"];
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
            /** @description Nothing of that id, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The payment succeeded or was refunded already */
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
}
