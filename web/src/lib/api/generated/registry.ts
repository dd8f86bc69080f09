// Generated from services/registry's OpenAPI by scripts/generate-clients.mjs: do not edit.
export interface paths {
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Jwks */
        get: operations["jwks__well_known_jwks_json_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Api Tokens */
        get: operations["list_api_tokens_auth_api_tokens_get"];
        put?: never;
        /** Issue Api Token */
        post: operations["issue_api_token_auth_api_tokens_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/api-tokens/{token_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke Api Token */
        delete: operations["revoke_api_token_auth_api_tokens__token_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log In */
        post: operations["log_in_auth_login_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Me */
        get: operations["me_auth_me_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/signing-keys/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate Signing Key */
        post: operations["rotate_signing_key_auth_signing_keys_rotate_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cooperation-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Requests
         * @description Requests to or from the caller's partnerships (operators: all).
         */
        get: operations["list_requests_cooperation_requests_get"];
        put?: never;
        /** Ask */
        post: operations["ask_cooperation_requests_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cooperation-requests/{request_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Request */
        get: operations["get_request_cooperation_requests__request_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cooperation-requests/{request_id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer
         * @description accepted or declined by the requested partnership; withdrawn by the requesting one.
         */
        post: operations["answer_cooperation_requests__request_id__answer_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search Experts
         * @description Experts matching every facet given (any of the values within one facet), with counts per facet.
         */
        get: operations["search_experts_experts_get"];
        put?: never;
        /** Register Expert */
        post: operations["register_expert_experts_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/experts/{expert_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Expert
         * @description The profile as the caller may see it: hidden fields are left out.
         */
        get: operations["get_expert_experts__expert_id__get"];
        put?: never;
        post?: never;
        /** Withdraw Expert */
        delete: operations["withdraw_expert_experts__expert_id__delete"];
        options?: never;
        head?: never;
        /** Change Expert */
        patch: operations["change_expert_experts__expert_id__patch"];
        trace?: never;
    };
    "/exports/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export File
         * @description The same columns an import reads (export → import into an empty registry gives the same data). Anyone may
         *     export; each value is shown only to whom may see it: organisations' `contact_email` to network members and
         *     operators, `admin_emails` to operators; experts' fields by each expert's visibility, `user_email` and
         *     `visibility` to the expert, their organisations' admins and operators. Members are named by organisation key
         *     (id when it has none). Withdrawn experts are not exported. Cells are exported as they are: a spreadsheet may
         *     treat a cell starting with `=`, `+`, `-` or `@` as a formula.
         */
        get: operations["export_file_exports__kind__get"];
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
    "/imports/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import File
         * @description Imports a CSV (`Content-Type: text/csv`) or JSON file (`application/json`: a list of objects).
         *
         *     CSV: UTF-8 (a BOM is fine), comma-separated, one header line naming the columns (any order, case-insensitive),
         *     RFC 4180 quoting. List cells separate items with ';', maps are 'key=value;key=value'. Blank cells are absent
         *     values; blank lines are skipped. Data rows are numbered from 1, the header not counted.
         *     JSON: a list of objects with the same keys; lists and maps as JSON arrays and objects.
         *
         *     **Rows are numbered from 1**: the first data row is row 1, the CSV header is not counted (problems with the
         *     header or the file as a whole are row 0); CSV errors also give the `line` where the record starts (header =
         *     line 1). Each row is checked as the single-item API checks one (`POST /organisations`, `/partnerships`,
         *     `/experts`) and written with the same events, all valid rows in one transaction. Rows are only created: an `id`
         *     (optional, to keep ids from an export) or organisation `key` already in use is an error.
         *
         *     `dry_run=true` checks and writes nothing. Without `partial`, a file with any error writes nothing;
         *     `partial=true` writes the valid rows and reports the others. **422** (the report as body) when the import
         *     writes (or, in a dry run, would write) nothing because of errors; **201** when rows were written, **200** for a
         *     dry run that would write rows.
         *
         *     **Organisations** (operators only). Columns: id, key, name, name_<language> (e.g. name_uk), kind, country, city, website, description,
         *     sectors (';'-separated slugs), contact_email, admin_emails (';'-separated e-mails of users who sign up first
         *     and become the organisation's admins), status (active | suspended). A name is refused as POST /organisations
         *     refuses it: when an organisation or an earlier row has it in the same country and city (case, accents, spacing
         *     and punctuation aside).
         *     An organisation's `key` is how later files refer to it.
         *
         *     **Partnerships.** Columns: id, name, programme, period_start, period_end (YYYY-MM-DD), lead (one organisation),
         *     partners and associates (';'-separated organisations). Operators import any; an organisation's admin
         *     imports the partnerships their organisation leads, as POST /partnerships allows: the organisations they
         *     do not administer are invited, members only once their own admins accept.
         *     An organisation is referred to by its `key`, its `id`, or its `name` (case, accents, spacing and punctuation
         *     aside), with its place when organisations of several cities have that name: `Impact Hub (Lviv, UA)` or
         *     `Impact Hub (UA)`.
         *
         *     **Experts.** Columns: id, name, organisations (';'-separated keys, ids or names), user_email (the expert's own
         *     account), skills (slugs), languages (ISO 639-1), roles, city, country, available_remote (true/false),
         *     availability, bio, email, phone, visibility ('bio=network;email=private'). Operators import any expert; an
         *     organisation's admin imports experts affiliated with organisations they administer only.
         */
        post: operations["import_file_imports__kind__post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/map/geo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Geojson
         * @description Organisations (where they are) and experts (where they work) counted by city, as GeoJSON points.
         */
        get: operations["geojson_map_geo_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/map/geo/city": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * City On Map
         * @description The organisations and experts of one city of the map, within the same filters.
         */
        get: operations["city_on_map_map_geo_city_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/map/graph": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Network Graph
         * @description Nodes (networks, partnerships, organisations, experts, resources) and edges (network membership,
         *     membership, affiliation, ownership, accepted cooperation, joint events).
         */
        get: operations["network_graph_map_graph_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/map/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Statistics
         * @description Counts by organisation kind, city and skill, and the most connected organisations, in a network or in all.
         */
        get: operations["statistics_map_stats_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Networks */
        get: operations["list_networks_networks_get"];
        put?: never;
        /** Form Network */
        post: operations["form_network_networks_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networks/{network_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Network */
        get: operations["get_network_networks__network_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networks/{network_id}/champions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Designate Champion */
        post: operations["designate_champion_networks__network_id__champions_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/networks/{network_id}/partnerships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add Partnership */
        post: operations["add_partnership_networks__network_id__partnerships_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Organisations
         * @description Organisations, optionally found by words of their names (typos allowed) and filtered.
         */
        get: operations["list_organisations_organisations_get"];
        put?: never;
        /** Register Organisation */
        post: operations["register_organisation_organisations_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Organisation */
        get: operations["get_organisation_organisations__organisation_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update Organisation */
        patch: operations["update_organisation_organisations__organisation_id__patch"];
        trace?: never;
    };
    "/organisations/{organisation_id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Members */
        get: operations["list_members_organisations__organisation_id__members_get"];
        put?: never;
        /** Add Member */
        post: operations["add_member_organisations__organisation_id__members_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisation_id}/members/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove Member */
        delete: operations["remove_member_organisations__organisation_id__members__user_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partnerships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Partnerships
         * @description `organisation_id` matches members only, never pending organisations.
         */
        get: operations["list_partnerships_partnerships_get"];
        put?: never;
        /**
         * Form a partnership
         * @description By an admin of the lead organisation, or an operator. Organisations the caller administers are members at once; every other one is pending until one of its own admins accepts.
         */
        post: operations["form_partnership_partnerships_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partnerships/{partnership_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A partnership
         * @description Pending members are listed only for admins of its members or of the invited organisation.
         */
        get: operations["get_partnership_partnerships__partnership_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partnerships/{partnership_id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add or invite a member
         * @description By an admin of a member. The organisation joins at once if the caller administers it too (or is an operator); otherwise it is invited and pending until its admin accepts.
         */
        post: operations["add_partnership_member_partnerships__partnership_id__members_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partnerships/{partnership_id}/members/{organisation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member or withdraw an invitation
         * @description By an admin of a member, or of the organisation itself.
         */
        delete: operations["remove_partnership_member_partnerships__partnership_id__members__organisation_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partnerships/{partnership_id}/members/{organisation_id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invitation
         * @description By an admin of the invited organisation, or an operator: the organisation becomes a member.
         */
        post: operations["accept_partnership_invitation_partnerships__partnership_id__members__organisation_id__accept_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partnerships/{partnership_id}/members/{organisation_id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline an invitation
         * @description By an admin of the invited organisation, or an operator: the invitation is gone; nobody else ever learned of it.
         */
        post: operations["decline_partnership_invitation_partnerships__partnership_id__members__organisation_id__decline_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search Resources */
        get: operations["search_resources_resources_get"];
        put?: never;
        /** List Resource */
        post: operations["list_resource_resources_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/resources/{resource_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Resource */
        get: operations["get_resource_resources__resource_id__get"];
        put?: never;
        post?: never;
        /**
         * Withdraw Resource
         * @description By the owning organisation's admins or operators; sends ResourceWithdrawn.
         */
        delete: operations["withdraw_resource_resources__resource_id__delete"];
        options?: never;
        head?: never;
        /**
         * Change Resource
         * @description By the owning organisation's admins or operators; re-sends ResourceListed when something changed.
         */
        patch: operations["change_resource_resources__resource_id__patch"];
        trace?: never;
    };
    "/resources/geo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Resources By City
         * @description The same filters as the list; one point per city with its count of resources by kind.
         */
        get: operations["resources_by_city_resources_geo_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Skills
         * @description The taxonomy, parents before their children.
         */
        get: operations["list_skills_skills_get"];
        put?: never;
        /** Add Skill */
        post: operations["add_skill_skills_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign Up */
        post: operations["sign_up_users_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable a user (operators)
         * @description Ends the user's memberships; every service refuses the user's tokens from then on.
         */
        post: operations["disable_user_users__user_id__disable_post"];
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
        /** ApiTokenCreate */
        ApiTokenCreate: {
            /**
             * Days
             * @description lifetime in days, at most REGISTRY_API_TOKEN_MAX_DAYS
             * @default 90
             */
            days: number;
            /** Name */
            name: string;
        };
        /** ApiTokenIssued */
        ApiTokenIssued: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            /** Revoked At */
            revoked_at: string | null;
            /**
             * Token
             * @description shown once: only its hash is stored
             */
            token: string;
            /**
             * User Id
             * Format: uuid
             */
            user_id: string;
        };
        /** ApiTokenRead */
        ApiTokenRead: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            /** Revoked At */
            revoked_at: string | null;
            /**
             * User Id
             * Format: uuid
             */
            user_id: string;
        };
        /** ChampionCreate */
        ChampionCreate: {
            /**
             * Partnership Id
             * Format: uuid
             */
            partnership_id: string;
            /**
             * Period End
             * Format: date
             */
            period_end: string;
            /**
             * Period Start
             * Format: date
             */
            period_start: string;
        };
        /** ChampionRead */
        ChampionRead: {
            /**
             * Partnership Id
             * Format: uuid
             */
            partnership_id: string;
            /**
             * Period End
             * Format: date
             */
            period_end: string;
            /**
             * Period Start
             * Format: date
             */
            period_start: string;
        };
        /** CityCounts */
        CityCounts: {
            /** Experts */
            experts: number;
            /** Organisations */
            organisations: number;
        };
        /** CityFeature */
        CityFeature: {
            geometry: components["schemas"]["CityPoint"];
            properties: components["schemas"]["CityResources"];
            /**
             * Type
             * @default Feature
             * @constant
             */
            type: "Feature";
        };
        /** CityPoint */
        CityPoint: {
            /**
             * Coordinates
             * @description [longitude, latitude]
             */
            coordinates: [
                number,
                number
            ];
            /**
             * Type
             * @default Point
             * @constant
             */
            type: "Point";
        };
        /** CityResources */
        CityResources: {
            /** By Kind */
            by_kind: {
                [key: string]: number;
            };
            /** City */
            city: string;
            /** Country */
            country: string;
            /** Resources */
            resources: number;
        };
        /** ConnectedOrganisation */
        ConnectedOrganisation: {
            /** City */
            city: string;
            /**
             * Connections
             * @description partnerships + affiliated experts + resources owned: its edges on the map
             */
            connections: number;
            /** Country */
            country: string;
            /** Experts */
            experts: number;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            kind: components["schemas"]["OrganisationKind"];
            /** Name */
            name: string;
            /** Partnerships */
            partnerships: number;
            /** Resources */
            resources: number;
        };
        /** CooperationAnswer */
        CooperationAnswer: {
            /**
             * Outcome
             * @enum {string}
             */
            outcome: "accepted" | "declined" | "withdrawn";
        };
        /** CooperationCreate */
        CooperationCreate: {
            /**
             * Ends On
             * Format: date
             */
            ends_on: string;
            /**
             * Event Id
             * @description the events service's event, when the purpose is an event
             */
            event_id?: string | null;
            /** Expert Id */
            expert_id?: string | null;
            /** Message */
            message?: string | null;
            /**
             * Purpose
             * @enum {string}
             */
            purpose: "project" | "event";
            /**
             * Requested Partnership Id
             * Format: uuid
             */
            requested_partnership_id: string;
            /**
             * Requesting Partnership Id
             * Format: uuid
             */
            requesting_partnership_id: string;
            /** Resource Id */
            resource_id?: string | null;
            /**
             * Respond By
             * @description defaults to the start date
             */
            respond_by?: string | null;
            /**
             * Starts On
             * Format: date
             */
            starts_on: string;
        };
        /** CooperationRead */
        CooperationRead: {
            /** Answered At */
            answered_at: string | null;
            /** Answered By */
            answered_by: string | null;
            /**
             * Ends On
             * Format: date
             */
            ends_on: string;
            /** Event Id */
            event_id: string | null;
            /** Expert Id */
            expert_id: string | null;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Message */
            message: string | null;
            /**
             * Purpose
             * @enum {string}
             */
            purpose: "project" | "event";
            /**
             * Requested By
             * Format: uuid
             */
            requested_by: string;
            /**
             * Requested Partnership Id
             * Format: uuid
             */
            requested_partnership_id: string;
            /**
             * Requesting Partnership Id
             * Format: uuid
             */
            requesting_partnership_id: string;
            /** Resource Id */
            resource_id: string | null;
            /**
             * Starts On
             * Format: date
             */
            starts_on: string;
            /**
             * Status
             * @enum {string}
             */
            status: "pending" | "accepted" | "declined" | "withdrawn" | "expired";
        };
        /** ExpertCreate */
        ExpertCreate: {
            /** Availability */
            availability?: string | null;
            /**
             * Available Remote
             * @default false
             */
            available_remote: boolean;
            /** Bio */
            bio?: string | null;
            /** City */
            city?: string | null;
            /** Country */
            country?: string | null;
            /** Email */
            email?: string | null;
            /**
             * Languages
             * @description ISO 639-1
             */
            languages?: string[];
            /** Name */
            name: string;
            /** Organisation Ids */
            organisation_ids: string[];
            /** Phone */
            phone?: string | null;
            /** Roles */
            roles?: components["schemas"]["ExpertRole"][];
            /**
             * Skills
             * @description slugs from GET /skills
             */
            skills?: string[];
            /**
             * User Email
             * @description the expert's own account, if they have one
             */
            user_email?: string | null;
            visibility?: components["schemas"]["Visibility"];
        };
        /**
         * ExpertFacets
         * @description Value → experts matching the search. A facet's own filter is left out of its counts, so each count says
         *     how many choosing that value (too) would find; the other filters, the text and the scope all apply.
         */
        ExpertFacets: {
            /** City */
            city: {
                [key: string]: number;
            };
            /**
             * Country
             * @description ISO 3166-1 alpha-2 code → experts
             */
            country: {
                [key: string]: number;
            };
            /**
             * Language
             * @description ISO 639-1 code → experts
             */
            language: {
                [key: string]: number;
            };
            /** Organisation Kind */
            organisation_kind: {
                [key: string]: number;
            };
            /** Role */
            role: {
                [key: string]: number;
            };
            /**
             * Skill
             * @description skill slug → experts; a skill counts the experts of its sub-skills too
             */
            skill: {
                [key: string]: number;
            };
        };
        /**
         * ExpertRead
         * @description A profile as the caller may see it: a field hidden from the caller is absent, not null.
         */
        ExpertRead: {
            /** Availability */
            availability?: string | null;
            /** Available Remote */
            available_remote?: boolean | null;
            /** Bio */
            bio?: string | null;
            /** City */
            city?: string | null;
            /** Country */
            country?: string | null;
            /** Email */
            email?: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Languages */
            languages?: string[] | null;
            /** Name */
            name: string;
            /** Organisation Ids */
            organisation_ids: string[];
            /** Phone */
            phone?: string | null;
            /** Roles */
            roles?: components["schemas"]["ExpertRole"][] | null;
            /** Skills */
            skills?: string[] | null;
            /** Status */
            status: string;
            /**
             * User Id
             * @description only for the expert, their admins and operators
             */
            user_id?: string | null;
            /**
             * Visibility
             * @description only for the expert, their admins and operators
             */
            visibility?: {
                [key: string]: "public" | "network" | "private";
            } | null;
        };
        /**
         * ExpertRole
         * @enum {string}
         */
        ExpertRole: "coach" | "trainer" | "speaker" | "moderator" | "facilitator" | "mentor";
        /** ExpertSearchRead */
        ExpertSearchRead: {
            facets: components["schemas"]["ExpertFacets"];
            /**
             * Items
             * @description profiles as the caller may see them: hidden fields are absent
             */
            items: components["schemas"]["ExpertRead"][];
            /**
             * Next Cursor
             * @description pass as `cursor` for the next page; null on the last page
             */
            next_cursor: string | null;
            /**
             * Organisations
             * @description the active organisations of the experts listed
             */
            organisations: components["schemas"]["OrganisationBrief"][];
            /**
             * Total
             * @description experts matching the whole search
             */
            total: number;
        };
        /**
         * ExpertUpdate
         * @description Only the fields sent change.
         */
        ExpertUpdate: {
            /** Availability */
            availability?: string | null;
            /**
             * Available Remote
             * @default false
             */
            available_remote: boolean;
            /** Bio */
            bio?: string | null;
            /** City */
            city?: string | null;
            /** Country */
            country?: string | null;
            /** Email */
            email?: string | null;
            /**
             * Languages
             * @description ISO 639-1
             */
            languages?: string[];
            /** Name */
            name?: string | null;
            /** Organisation Ids */
            organisation_ids?: string[] | null;
            /** Phone */
            phone?: string | null;
            /** Roles */
            roles?: components["schemas"]["ExpertRole"][];
            /**
             * Skills
             * @description slugs from GET /skills
             */
            skills?: string[];
            visibility?: components["schemas"]["Visibility"];
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
        /** GraphEdge */
        GraphEdge: {
            /** Event Id */
            event_id?: string | null;
            /** Expert Id */
            expert_id?: string | null;
            /**
             * Kind
             * @enum {string}
             */
            kind: "network_membership" | "membership" | "affiliation" | "ownership" | "cooperation" | "joint_event";
            /** Request Id */
            request_id?: string | null;
            /** Resource Id */
            resource_id?: string | null;
            /** Role */
            role?: string | null;
            /**
             * Source
             * Format: uuid
             */
            source: string;
            /**
             * Target
             * Format: uuid
             */
            target: string;
            /** Title */
            title?: string | null;
        };
        /** GraphNode */
        GraphNode: {
            /** City */
            city?: string | null;
            /** Country */
            country?: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Kind
             * @enum {string}
             */
            kind: "network" | "partnership" | "organisation" | "expert" | "resource";
            /** Label */
            label: string;
            /** Organisation Id */
            organisation_id?: string | null;
            /** Organisation Kind */
            organisation_kind?: string | null;
            /** Programme */
            programme?: string | null;
            /** Resource Kind */
            resource_kind?: string | null;
            /** Skills */
            skills?: string[] | null;
            /** Status */
            status?: string | null;
        };
        /** GraphRead */
        GraphRead: {
            /** Edges */
            edges: components["schemas"]["GraphEdge"][];
            /** Experts In Scope */
            experts_in_scope: number;
            /** Nodes */
            nodes: components["schemas"]["GraphNode"][];
            /** Truncated */
            truncated: boolean;
        };
        /** Login */
        Login: {
            /** Email */
            email: string;
            /** Password */
            password: string;
        };
        /** MapCityCounts */
        MapCityCounts: {
            /** City */
            city: string;
            /** Country */
            country: string;
            /** Experts */
            experts: number;
            /** Organisations */
            organisations: number;
        };
        /** MapCityFeature */
        MapCityFeature: {
            geometry: components["schemas"]["MapPoint"];
            properties: components["schemas"]["MapCityCounts"];
            /**
             * Type
             * @constant
             */
            type: "Feature";
        };
        /** MapCityRead */
        MapCityRead: {
            /** City */
            city: string;
            /** Country */
            country: string;
            /** Experts */
            experts: components["schemas"]["MapExpert"][];
            /** Experts Total */
            experts_total: number;
            /** Organisations */
            organisations: components["schemas"]["MapOrganisation"][];
            /** Organisations Total */
            organisations_total: number;
        };
        /** MapExpert */
        MapExpert: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
        };
        /** MapGeoRead */
        MapGeoRead: {
            /** Features */
            features: components["schemas"]["MapCityFeature"][];
            /**
             * Type
             * @constant
             */
            type: "FeatureCollection";
            /** Unlocated */
            unlocated: components["schemas"]["MapCityCounts"][];
        };
        /** MapOrganisation */
        MapOrganisation: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /** Name */
            name: string;
        };
        /** MapPoint */
        MapPoint: {
            /** Coordinates */
            coordinates: number[];
            /**
             * Type
             * @constant
             */
            type: "Point";
        };
        /** Me */
        Me: {
            /** Email */
            email: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /** Operator */
            operator: boolean;
            /** Organisations */
            organisations: {
                [key: string]: components["schemas"]["Role"];
            };
        };
        /** MemberAdd */
        MemberAdd: {
            /** Email */
            email: string;
            role: components["schemas"]["Role"];
        };
        /** MemberIn */
        MemberIn: {
            /**
             * Organisation Id
             * Format: uuid
             */
            organisation_id: string;
            role: components["schemas"]["MemberRole"];
        };
        /** MemberRead */
        MemberRead: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Email */
            email: string;
            /** Name */
            name: string | null;
            role: components["schemas"]["Role"];
            /**
             * User Id
             * Format: uuid
             */
            user_id: string;
        };
        /**
         * MemberRole
         * @enum {string}
         */
        MemberRole: "lead" | "partner" | "associate";
        /**
         * MemberStatus
         * @enum {string}
         */
        MemberStatus: "active" | "pending";
        /** NetworkCreate */
        NetworkCreate: {
            /** Description */
            description?: string | null;
            /** Name */
            name: string;
            /** Partnership Ids */
            partnership_ids?: string[];
        };
        /** NetworkJoin */
        NetworkJoin: {
            /**
             * Partnership Id
             * Format: uuid
             */
            partnership_id: string;
        };
        /** NetworkRead */
        NetworkRead: {
            /** Champions */
            champions: components["schemas"]["ChampionRead"][];
            /** Description */
            description: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            /** Partnership Ids */
            partnership_ids: string[];
        };
        /** NetworkStatsRead */
        NetworkStatsRead: {
            /**
             * By City
             * @description 'City, CC' → active organisations and experts there
             */
            by_city: {
                [key: string]: components["schemas"]["CityCounts"];
            };
            /** Experts */
            experts: number;
            /**
             * Experts By Skill
             * @description skill slug → experts; a skill counts its sub-skills' too
             */
            experts_by_skill: {
                [key: string]: number;
            };
            /** Most Connected Organisations */
            most_connected_organisations: components["schemas"]["ConnectedOrganisation"][];
            /** Organisations By Kind */
            organisations_by_kind: {
                [key: string]: number;
            };
            /** Partnerships */
            partnerships: number;
            /** Resources By Kind */
            resources_by_kind: {
                [key: string]: number;
            };
        };
        /** OrganisationBrief */
        OrganisationBrief: {
            /** City */
            city: string;
            /** Country */
            country: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            kind: components["schemas"]["OrganisationKind"];
            /** Name */
            name: string;
            /**
             * Names
             * @description the name in other languages, by ISO 639-1 code
             */
            names: {
                [key: string]: string;
            };
        };
        /** OrganisationCreate */
        OrganisationCreate: {
            /** City */
            city: string;
            /**
             * Contact Email
             * @description shown to network members only
             */
            contact_email?: string | null;
            /**
             * Country
             * @description ISO 3166-1 alpha-2
             */
            country: string;
            /** Description */
            description?: string | null;
            kind: components["schemas"]["OrganisationKind"];
            /** Name */
            name: string;
            /**
             * Names
             * @description the name in other languages, by ISO 639-1
             */
            names?: {
                [key: string]: string;
            };
            /**
             * Sectors
             * @description slugs, e.g. 'creative-industries'
             */
            sectors?: string[];
            /** Website */
            website?: string | null;
        };
        /**
         * OrganisationKind
         * @enum {string}
         */
        OrganisationKind: "university" | "college" | "business" | "it_cluster" | "ngo" | "cultural_institute" | "public_body" | "donor";
        /** OrganisationRead */
        OrganisationRead: {
            /** City */
            city: string;
            /**
             * Contact Email
             * @description only for network members and operators
             */
            contact_email?: string | null;
            /** Country */
            country: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Description */
            description: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            kind: components["schemas"]["OrganisationKind"];
            /** Name */
            name: string;
            /**
             * Names
             * @default {}
             */
            names: {
                [key: string]: string;
            };
            /**
             * Sectors
             * @default []
             */
            sectors: string[];
            /** Status */
            status: string;
            /** Website */
            website: string | null;
        };
        /**
         * OrganisationStatus
         * @enum {string}
         */
        OrganisationStatus: "active" | "suspended";
        /**
         * OrganisationUpdate
         * @description Only the fields sent change; `status` is for operators.
         */
        OrganisationUpdate: {
            /** City */
            city?: string | null;
            /** Contact Email */
            contact_email?: string | null;
            /** Country */
            country?: string | null;
            /** Description */
            description?: string | null;
            /** Name */
            name?: string | null;
            /** Names */
            names?: {
                [key: string]: string;
            } | null;
            /** Sectors */
            sectors?: string[] | null;
            status?: components["schemas"]["OrganisationStatus"] | null;
            /** Website */
            website?: string | null;
        };
        /** Page[CooperationRead] */
        Page_CooperationRead_: {
            /** Items */
            items: components["schemas"]["CooperationRead"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** Page[OrganisationRead] */
        Page_OrganisationRead_: {
            /** Items */
            items: components["schemas"]["OrganisationRead"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** Page[PartnershipRead] */
        Page_PartnershipRead_: {
            /** Items */
            items: components["schemas"]["PartnershipRead"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** Page[ResourceRead] */
        Page_ResourceRead_: {
            /** Items */
            items: components["schemas"]["ResourceRead"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** PartnershipCreate */
        PartnershipCreate: {
            /** Members */
            members: components["schemas"]["MemberIn"][];
            /** Name */
            name: string;
            /** Period End */
            period_end?: string | null;
            /** Period Start */
            period_start?: string | null;
            /** Programme */
            programme?: string | null;
        };
        /** PartnershipMemberRead */
        PartnershipMemberRead: {
            /**
             * Organisation Id
             * Format: uuid
             */
            organisation_id: string;
            role: components["schemas"]["MemberRole"];
            status: components["schemas"]["MemberStatus"];
        };
        /** PartnershipRead */
        PartnershipRead: {
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
            /**
             * Members
             * @description The member organisations: each joined at once or has accepted.
             */
            members: components["schemas"]["PartnershipMemberRead"][];
            /** Name */
            name: string;
            /**
             * Pending Members
             * @description Organisations invited that have not accepted: shown only to admins of its members and of the invited organisations, and to operators.
             */
            pending_members?: components["schemas"]["PartnershipMemberRead"][];
            /** Period End */
            period_end?: string | null;
            /** Period Start */
            period_start?: string | null;
            /** Programme */
            programme: string | null;
            /** Status */
            status: string;
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
        /** ResourceCreate */
        ResourceCreate: {
            /** Available From */
            available_from?: string | null;
            /** Available Until */
            available_until?: string | null;
            /** City */
            city: string;
            /** Conditions */
            conditions?: string | null;
            /** Country */
            country: string;
            /** Description */
            description?: string | null;
            kind: components["schemas"]["ResourceKind"];
            /**
             * Organisation Id
             * Format: uuid
             */
            organisation_id: string;
            /**
             * Quantity
             * @default 1
             */
            quantity: number;
            /** Title */
            title: string;
        };
        /**
         * ResourceGeo
         * @description Matching resources by city as a GeoJSON FeatureCollection; cities the gazetteer does not know apart.
         */
        ResourceGeo: {
            /** Features */
            features: components["schemas"]["CityFeature"][];
            /**
             * Type
             * @default FeatureCollection
             * @constant
             */
            type: "FeatureCollection";
            /** Unlocated */
            unlocated: components["schemas"]["CityResources"][];
        };
        /**
         * ResourceKind
         * @enum {string}
         */
        ResourceKind: "coach" | "venue" | "equipment" | "internship_places" | "guest_lecture" | "teacher_internship" | "industrial_practice" | "funding";
        /** ResourceRead */
        ResourceRead: {
            /** Available From */
            available_from: string | null;
            /** Available Until */
            available_until: string | null;
            /** City */
            city: string;
            /** Conditions */
            conditions: string | null;
            /** Country */
            country: string;
            /** Description */
            description: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            kind: components["schemas"]["ResourceKind"];
            /**
             * Organisation Id
             * Format: uuid
             */
            organisation_id: string;
            /** Quantity */
            quantity: number;
            /** Status */
            status: string;
            /** Title */
            title: string;
        };
        /**
         * ResourceUpdate
         * @description Only the fields sent change; the owning organisation does not.
         */
        ResourceUpdate: {
            /** Available From */
            available_from?: string | null;
            /** Available Until */
            available_until?: string | null;
            /** City */
            city?: string | null;
            /** Conditions */
            conditions?: string | null;
            /** Country */
            country?: string | null;
            /** Description */
            description?: string | null;
            kind?: components["schemas"]["ResourceKind"] | null;
            /** Quantity */
            quantity?: number | null;
            /** Title */
            title?: string | null;
        };
        /**
         * Role
         * @enum {string}
         */
        Role: "admin" | "member";
        /** SignUp */
        SignUp: {
            /**
             * Email
             * Format: email
             */
            email: string;
            /** Name */
            name?: string | null;
            /**
             * Operator
             * @description only an operator may create another operator
             * @default false
             */
            operator: boolean;
            /** Password */
            password: string;
        };
        /** SkillCreate */
        SkillCreate: {
            /** Name */
            name: string;
            /** Names */
            names?: {
                [key: string]: string;
            };
            /** Parent */
            parent?: string | null;
            /** Slug */
            slug: string;
        };
        /** SkillRead */
        SkillRead: {
            /** Name */
            name: string;
            /** Names */
            names: {
                [key: string]: string;
            };
            /** Parent */
            parent: string | null;
            /** Slug */
            slug: string;
        };
        /** TokenRead */
        TokenRead: {
            /** Access Token */
            access_token: string;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /**
             * Token Type
             * @default bearer
             */
            token_type: string;
        };
        /** UserRead */
        UserRead: {
            /** Disabled At */
            disabled_at?: string | null;
            /** Email */
            email: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string | null;
            /** Operator */
            operator: boolean;
        };
        /**
         * Visibility
         * @description Who sees each field: public, network (members of the network) or private. Contacts are never public.
         */
        Visibility: {
            /** Availability */
            availability?: ("public" | "network" | "private") | null;
            /** Bio */
            bio?: ("public" | "network" | "private") | null;
            /** Email */
            email?: ("public" | "network" | "private") | null;
            /** Languages */
            languages?: ("public" | "network" | "private") | null;
            /** Location */
            location?: ("public" | "network" | "private") | null;
            /** Phone */
            phone?: ("public" | "network" | "private") | null;
            /** Roles */
            roles?: ("public" | "network" | "private") | null;
            /** Skills */
            skills?: ("public" | "network" | "private") | null;
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
    jwks__well_known_jwks_json_get: {
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
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    list_api_tokens_auth_api_tokens_get: {
        parameters: {
            query?: {
                everyone?: boolean;
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
                    "application/json": components["schemas"]["ApiTokenRead"][];
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
    issue_api_token_auth_api_tokens_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiTokenCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiTokenIssued"];
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
    revoke_api_token_auth_api_tokens__token_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token_id: string;
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
                    "application/json": components["schemas"]["ApiTokenRead"];
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
    log_in_auth_login_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Login"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenRead"];
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
    me_auth_me_get: {
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
                    "application/json": components["schemas"]["Me"];
                };
            };
        };
    };
    rotate_signing_key_auth_signing_keys_rotate_post: {
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
    list_requests_cooperation_requests_get: {
        parameters: {
            query?: {
                /** @description `next_cursor` of the previous page */
                cursor?: string | null;
                /** @description items per page */
                limit?: number;
                status?: string | null;
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
                    "application/json": components["schemas"]["Page_CooperationRead_"];
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
    ask_cooperation_requests_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CooperationCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CooperationRead"];
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
    get_request_cooperation_requests__request_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                request_id: string;
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
                    "application/json": components["schemas"]["CooperationRead"];
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
    answer_cooperation_requests__request_id__answer_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                request_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CooperationAnswer"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CooperationRead"];
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
    search_experts_experts_get: {
        parameters: {
            query?: {
                city?: string[] | null;
                country?: string[] | null;
                cursor?: string | null;
                language?: string[] | null;
                limit?: number;
                /** @description only experts of the network's organisations */
                network_id?: string | null;
                organisation_id?: string[] | null;
                organisation_kind?: components["schemas"]["OrganisationKind"][] | null;
                /** @description words in names, skills, bios; typos in names */
                q?: string | null;
                role?: components["schemas"]["ExpertRole"][] | null;
                skill?: string[] | null;
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
                    "application/json": components["schemas"]["ExpertSearchRead"];
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
    register_expert_experts_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExpertCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertRead"];
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
    get_expert_experts__expert_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                expert_id: string;
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
                    "application/json": components["schemas"]["ExpertRead"];
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
    withdraw_expert_experts__expert_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                expert_id: string;
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
                    "application/json": components["schemas"]["ExpertRead"];
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
    change_expert_experts__expert_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                expert_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExpertUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertRead"];
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
    export_file_exports__kind__get: {
        parameters: {
            query?: {
                format?: "csv" | "json";
            };
            header?: never;
            path: {
                kind: "organisations" | "partnerships" | "experts";
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
                    "application/json": unknown;
                    "text/csv": unknown;
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
    import_file_imports__kind__post: {
        parameters: {
            query?: {
                dry_run?: boolean;
                partial?: boolean;
            };
            header?: never;
            path: {
                kind: "organisations" | "partnerships" | "experts";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>[];
                "text/csv": string;
            };
        };
        responses: {
            /** @description dry run */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description rows written */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description errors: nothing written */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    geojson_map_geo_get: {
        parameters: {
            query?: {
                city?: string[] | null;
                country?: string[] | null;
                language?: string[] | null;
                /** @description only this network's partnerships and organisations */
                network_id?: string | null;
                organisation_kind?: components["schemas"]["OrganisationKind"][] | null;
                /** @description words, as the expert search reads them */
                q?: string | null;
                role?: components["schemas"]["ExpertRole"][] | null;
                skill?: string[] | null;
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
                    "application/json": components["schemas"]["MapGeoRead"];
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
    city_on_map_map_geo_city_get: {
        parameters: {
            query: {
                city?: string[] | null;
                country?: string[] | null;
                /** @description its ISO 3166-1 alpha-2 country code */
                in_country: string;
                language?: string[] | null;
                /** @description a city as /map/geo names it */
                name: string;
                /** @description only this network's partnerships and organisations */
                network_id?: string | null;
                organisation_kind?: components["schemas"]["OrganisationKind"][] | null;
                /** @description words, as the expert search reads them */
                q?: string | null;
                role?: components["schemas"]["ExpertRole"][] | null;
                skill?: string[] | null;
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
                    "application/json": components["schemas"]["MapCityRead"];
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
    network_graph_map_graph_get: {
        parameters: {
            query?: {
                city?: string[] | null;
                country?: string[] | null;
                language?: string[] | null;
                max_experts?: number;
                /** @description only this network's partnerships and organisations */
                network_id?: string | null;
                organisation_kind?: components["schemas"]["OrganisationKind"][] | null;
                /** @description words, as the expert search reads them */
                q?: string | null;
                role?: components["schemas"]["ExpertRole"][] | null;
                skill?: string[] | null;
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
                    "application/json": components["schemas"]["GraphRead"];
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
    statistics_map_stats_get: {
        parameters: {
            query?: {
                network_id?: string | null;
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
                    "application/json": components["schemas"]["NetworkStatsRead"];
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
    list_networks_networks_get: {
        parameters: {
            query?: {
                /** @description with this partnership */
                partnership_id?: string | null;
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
                    "application/json": components["schemas"]["NetworkRead"][];
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
    form_network_networks_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NetworkCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkRead"];
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
    get_network_networks__network_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                network_id: string;
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
                    "application/json": components["schemas"]["NetworkRead"];
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
    designate_champion_networks__network_id__champions_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                network_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChampionCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkRead"];
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
    add_partnership_networks__network_id__partnerships_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                network_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NetworkJoin"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkRead"];
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
    list_organisations_organisations_get: {
        parameters: {
            query?: {
                city?: string | null;
                country?: string | null;
                /** @description `next_cursor` of the previous page */
                cursor?: string | null;
                kind?: components["schemas"]["OrganisationKind"] | null;
                /** @description items per page */
                limit?: number;
                q?: string | null;
                sector?: string | null;
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
                    "application/json": components["schemas"]["Page_OrganisationRead_"];
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
    register_organisation_organisations_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganisationCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationRead"];
                };
            };
            /** @description Another organisation has this name in this country and city (case, accents, spacing and punctuation aside); the message names it */
            409: {
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
    get_organisation_organisations__organisation_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisation_id: string;
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
                    "application/json": components["schemas"]["OrganisationRead"];
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
    update_organisation_organisations__organisation_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisation_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganisationUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationRead"];
                };
            };
            /** @description Another organisation has this name in this country and city (case, accents, spacing and punctuation aside); the message names it */
            409: {
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
    list_members_organisations__organisation_id__members_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisation_id: string;
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
                    "application/json": components["schemas"]["MemberRead"][];
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
    add_member_organisations__organisation_id__members_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisation_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberAdd"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberRead"];
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
    remove_member_organisations__organisation_id__members__user_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisation_id: string;
                user_id: string;
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
    list_partnerships_partnerships_get: {
        parameters: {
            query?: {
                /** @description `next_cursor` of the previous page */
                cursor?: string | null;
                /** @description items per page */
                limit?: number;
                /** @description in this network */
                network_id?: string | null;
                /** @description with this member */
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
                    "application/json": components["schemas"]["Page_PartnershipRead_"];
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
    form_partnership_partnerships_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartnershipCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnershipRead"];
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
    get_partnership_partnerships__partnership_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnership_id: string;
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
                    "application/json": components["schemas"]["PartnershipRead"];
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
    add_partnership_member_partnerships__partnership_id__members_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnership_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnershipRead"];
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
    remove_partnership_member_partnerships__partnership_id__members__organisation_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisation_id: string;
                partnership_id: string;
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
                    "application/json": components["schemas"]["PartnershipRead"];
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
    accept_partnership_invitation_partnerships__partnership_id__members__organisation_id__accept_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisation_id: string;
                partnership_id: string;
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
                    "application/json": components["schemas"]["PartnershipRead"];
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
    decline_partnership_invitation_partnerships__partnership_id__members__organisation_id__decline_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisation_id: string;
                partnership_id: string;
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
                    "application/json": components["schemas"]["PartnershipRead"];
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
    search_resources_resources_get: {
        parameters: {
            query?: {
                /** @description available on this day (ISO 8601) */
                available_on?: string | null;
                /** @description with available_on: available every day up to and including this one */
                available_to?: string | null;
                city?: string | null;
                /** @description `next_cursor` of the previous page */
                cursor?: string | null;
                kind?: components["schemas"]["ResourceKind"] | null;
                /** @description items per page */
                limit?: number;
                organisation_id?: string | null;
                /** @description Words of titles and descriptions */
                q?: string | null;
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
                    "application/json": components["schemas"]["Page_ResourceRead_"];
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
    list_resource_resources_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResourceCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceRead"];
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
    get_resource_resources__resource_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                resource_id: string;
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
                    "application/json": components["schemas"]["ResourceRead"];
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
    withdraw_resource_resources__resource_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                resource_id: string;
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
                    "application/json": components["schemas"]["ResourceRead"];
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
    change_resource_resources__resource_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                resource_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResourceUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceRead"];
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
    resources_by_city_resources_geo_get: {
        parameters: {
            query?: {
                /** @description available on this day (ISO 8601) */
                available_on?: string | null;
                /** @description with available_on: available every day up to and including this one */
                available_to?: string | null;
                city?: string | null;
                kind?: components["schemas"]["ResourceKind"] | null;
                organisation_id?: string | null;
                /** @description Words of titles and descriptions */
                q?: string | null;
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
                    "application/json": components["schemas"]["ResourceGeo"];
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
    list_skills_skills_get: {
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
                    "application/json": components["schemas"]["SkillRead"][];
                };
            };
        };
    };
    add_skill_skills_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SkillCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillRead"];
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
    sign_up_users_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignUp"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRead"];
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
    disable_user_users__user_id__disable_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
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
                    "application/json": components["schemas"]["UserRead"];
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
