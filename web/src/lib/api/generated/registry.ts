// Generated from services/registry's OpenAPI by scripts/generate-clients.mjs: do not edit.
export interface paths {
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public signing keys
         * @description The JSON Web Key Set verifying the registry's tokens: the current key and retired ones, newest first.
         *     Public.
         */
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
        /**
         * List API tokens
         * @description The caller's own API tokens, newest first; with `everyone`, every user's (operators only, else 403).
         */
        get: operations["list_api_tokens_auth_api_tokens_get"];
        put?: never;
        /**
         * Issue an API token
         * @description For a user who logged in (an API token cannot issue another: 403). The token acts as its user and is
         *     shown once, only its hash is kept. `days` above the configured maximum is a 422.
         */
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
        /**
         * Revoke an API token
         * @description By the token's user or an operator; someone else's token is a 404. Every service refuses it at once;
         *     revoking it again changes nothing.
         */
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
        /**
         * Log in
         * @description Exchanges an email and password for a short-lived access token, for programs (browsers sign in with
         *     `POST /auth/sessions`). A wrong email or password, or a disabled user, is a 401; an unconfirmed address a 403;
         *     failed attempts are throttled as sessions' are (429 with `Retry-After`).
         */
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
        /**
         * Who the caller is
         * @description The signed-in user or API token: its id, email, kind, whether an operator, and its current roles by
         *     organisation (read fresh at each request, never from the token).
         */
        get: operations["me_auth_me_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a password reset
         * @description E-mails the account a link to choose a new password, valid for `REGISTRY_PASSWORD_RESET_MINUTES` and once
         *     (at most `REGISTRY_ACCOUNT_LINKS_PER_HOUR` an hour). The answer is the same whether the address has an
         *     account or not.
         */
        post: operations["request_password_reset_auth_password_reset_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Choose a new password
         * @description Spends the reset link's token and sets the new password; every session of the account ends, and its
         *     address counts as confirmed (the link reached it).
         */
        post: operations["reset_password_auth_password_reset_confirm_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in
         * @description Checks the e-mail and password and starts a session: the access token in the answer, the refresh token in
         *     the `sparknet_refresh` cookie. An account whose address is not confirmed yet is refused (403
         *     `email_unverified`). Failed attempts are counted per account and per client address; past
         *     `REGISTRY_SIGN_IN_ATTEMPTS_PER_ACCOUNT` (or `..._PER_ADDRESS`) within `REGISTRY_SIGN_IN_WINDOW_MINUTES` the
         *     answer is 429 with `Retry-After`, whatever the password.
         */
        post: operations["sign_in_auth_sessions_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sessions/current": {
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
         * Sign out
         * @description Ends the cookie's session (its refresh tokens stop working) and clears the cookie; without one it does
         *     nothing. Access tokens already issued expire on their own within minutes.
         */
        delete: operations["sign_out_auth_sessions_current_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sessions/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh the access token
         * @description Spends the cookie's refresh token for a new access token and the next refresh token. A refresh token is
         *     good once: presented again (a copy), it ends the whole session, for whoever holds either copy (401
         *     `refresh_token_reused`). 401 too when there is no cookie, the session has expired, was ended, or its user
         *     was disabled.
         */
        post: operations["refresh_auth_sessions_refresh_post"];
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
        /**
         * Rotate the signing key
         * @description Operators only. A new key signs tokens from now on; retired keys still verify tokens issued before,
         *     until those expire.
         */
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
         * List cooperation requests
         * @description Requests to or from the partnerships of the caller's organisations (operators: all), in id order.
         */
        get: operations["list_requests_cooperation_requests_get"];
        put?: never;
        /**
         * Ask another partnership to cooperate
         * @description By an admin of a member of the requesting partnership, or an operator (else 403): for one published expert
         *     or one listed resource of a member of the requested partnership. Both partnerships must exist and differ, the
         *     cooperation starts in the future, and an event is named when it is the purpose (each a 422). Unanswered, the
         *     request expires at `respond_by`, or when the cooperation would start.
         */
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
        /**
         * Read a cooperation request
         * @description For members of either partnership and operators; to anyone else it does not exist (404).
         */
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
         * Answer a cooperation request
         * @description Accepted or declined by an admin of a member of the requested partnership; withdrawn by one of the
         *     requesting partnership (operators may do either; anyone else gets a 403). Only a pending request that has not
         *     expired is answered.
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
         * Search experts
         * @description Experts matching every facet given (any of the values within one facet), with counts per facet. Anyone
         *     may search; anonymous callers see and find public fields only, members of the network more. **422** when a
         *     skill is not in the taxonomy or `cursor` is not one this search returned; **404** for an unknown
         *     `network_id`.
         */
        get: operations["search_experts_experts_get"];
        put?: never;
        /**
         * Register an expert
         * @description Publishes an expert's profile, affiliated with the organisations listed. The caller must administer each
         *     of them (or operate the platform), else 403. **422** also when a skill is not in the taxonomy, an
         *     organisation does not exist, or `user_email` names no user.
         */
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
         * Read an expert's profile
         * @description The profile as the caller may see it: hidden fields are left out. Anyone may read a published profile;
         *     a withdrawn one only the expert, their organisations' admins and operators (404 for everyone else).
         */
        get: operations["get_expert_experts__expert_id__get"];
        put?: never;
        post?: never;
        /**
         * Withdraw an expert
         * @description Takes the profile out of the registry and sends ExpertWithdrawn; answers the profile as it was. By the
         *     expert, an admin of their organisations or an operator (else 403).
         */
        delete: operations["withdraw_expert_experts__expert_id__delete"];
        options?: never;
        head?: never;
        /**
         * Change an expert's profile
         * @description Only the fields sent change. By the expert, an admin of their organisations or an operator (else 403);
         *     affiliating with another organisation needs an admin of it too. **422** for an unknown skill or
         *     organisation.
         */
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
         * Export organisations, partnerships or experts as a file
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
         * Import a file of organisations, partnerships or experts
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
    "/invitations/{invitation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * See an invitation
         * @description What the link's page shows: the organisation, the role, the invited address, and whether it has an
         *     account (sign in to accept) or not (sign up on the way). Only with the link's token.
         */
        get: operations["view_invitations__invitation_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invitations/{invitation_id}/accept": {
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
         * @description Makes the person a member with the invitation's role. Signed in, the caller's address must be the invited
         *     one (403 otherwise); without a token, `name` and `password` sign the address up (confirmed: the link
         *     reached it) — unless it has an account already (409).
         */
        post: operations["accept_invitations__invitation_id__accept_post"];
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
         * Count organisations and experts by city
         * @description Organisations (where they are) and experts (where they work) counted by city, as GeoJSON points, within
         *     the expert search's filters; cities the offline gazetteer does not know are listed apart.
         *
         *     Anyone may look; anonymous callers see public fields only, members of the network more. **422** when a
         *     skill is not in the taxonomy; **404** for an unknown `network_id`.
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
         * List who is in one city of the map
         * @description The organisations and experts of one city of the map, within the same filters (none when the city has
         *     nobody).
         *
         *     Anyone may look; anonymous callers see public fields only, members of the network more. **422** when a
         *     skill is not in the taxonomy; **404** for an unknown `network_id`.
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
         * Show the network as a graph
         * @description Nodes (networks, partnerships, organisations, experts, resources) and edges (network membership,
         *     membership, affiliation, ownership, accepted cooperation, joint events), within the expert search's
         *     filters; at most `max_experts` experts, the first by name.
         *
         *     Anyone may look; anonymous callers see public fields only, members of the network more. **422** when a
         *     skill is not in the taxonomy; **404** for an unknown `network_id`.
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
         * Count the network's organisations, experts and resources
         * @description Counts by organisation kind, city and skill, and the most connected organisations, in a network or in all.
         *     Anyone may look; anonymous callers count public fields only.
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
        /**
         * List networks
         * @description Public: every network, or those a partnership belongs to.
         */
        get: operations["list_networks_networks_get"];
        put?: never;
        /**
         * Form a network
         * @description Operators only, with any partnerships already known (an unknown one is a 422). Names are unique.
         */
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
        /**
         * Read a network
         * @description Public: its partnerships and its champions by period.
         */
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
        /**
         * Designate a network's champion
         * @description Operators only: a partnership of the network (else 422) champions it from `period_start` to `period_end`
         *     (not before the start, else 422). Periods of a network's champions never overlap.
         */
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
        /**
         * Add a partnership to a network
         * @description Operators only; the partnership must exist (else 422).
         */
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
         * List organisations
         * @description Public. Organisations in id order, optionally found by words of their names in any language (typos
         *     allowed) or description, and filtered by kind, country, city and sector. Contact emails as on reading one.
         */
        get: operations["list_organisations_organisations_get"];
        put?: never;
        /**
         * Register an organisation
         * @description Any signed-in user may register an organisation and becomes its first admin. Names are unique per
         *     country and city, ignoring case, accents, spacing and punctuation (409 names the one that has it).
         */
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
        /**
         * Read an organisation
         * @description Public; the contact email is shown only to network members (anyone in an organisation) and operators.
         */
        get: operations["get_organisation_organisations__organisation_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an organisation
         * @description By an admin of the organisation or an operator; only the fields sent change. `status` (suspending or
         *     reactivating) is for operators only (403). A new name or place must be free (409).
         */
        patch: operations["update_organisation_organisations__organisation_id__patch"];
        trace?: never;
    };
    "/organisations/{organisation_id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an organisation's invitations
         * @description The organisation's invitations, newest first, each open, accepted, withdrawn or expired: for its admins.
         */
        get: operations["list_invitations_organisations__organisation_id__invitations_get"];
        put?: never;
        /**
         * Invite a person by e-mail
         * @description An admin of the organisation (or an operator) invites an address with a role: the person gets an e-mail
         *     with a link, open for `REGISTRY_INVITATION_DAYS`. Inviting the same address again replaces the open
         *     invitation (the older link stops working).
         */
        post: operations["invite_organisations__organisation_id__invitations_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisation_id}/invitations/{invitation_id}": {
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
         * Withdraw an invitation
         * @description Its link stops working. An accepted invitation stays as it was.
         */
        delete: operations["withdraw_organisations__organisation_id__invitations__invitation_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisation_id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an organisation's members
         * @description For the organisation's members and operators (403 for anyone else), by email.
         */
        get: operations["list_members_organisations__organisation_id__members_get"];
        put?: never;
        /**
         * Add a member or change their role
         * @description By an admin of the organisation or an operator. The user must have signed up (else 422); a member
         *     already there gets the new role.
         */
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
        /**
         * Remove a member
         * @description By an admin of the organisation or an operator; a user who is not a member is a 404. An organisation
         *     keeps at least one admin: only an operator may remove the last one.
         */
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
         * List partnerships
         * @description `organisation_id` matches members only, never pending organisations.
         */
        get: operations["list_partnerships_partnerships_get"];
        put?: never;
        /**
         * Form a partnership
         * @description By an admin of the lead organisation, or an operator. Organisations the caller administers are members at once; every other one is pending until one of its own admins accepts. The members are known organisations from two at least, each once, with exactly one lead; the period does not end before it starts (each a 422).
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
         * Read a partnership
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
         * @description By an admin of a member, or of the organisation itself. A partnership keeps organisations from two at least (422).
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
        /**
         * Find resources
         * @description Listed resources matching every filter given, by id. Anyone may look. **422** when `available_to` is
         *     sent without `available_on` or before it.
         */
        get: operations["search_resources_resources_get"];
        put?: never;
        /**
         * Offer a resource
         * @description Lists what an organisation offers and sends ResourceListed. By the organisation's admins or operators
         *     (else 403); **422** when `available_until` is before `available_from`.
         */
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
        /**
         * Read a resource
         * @description A resource, listed or withdrawn. Anyone may read it.
         */
        get: operations["get_resource_resources__resource_id__get"];
        put?: never;
        post?: never;
        /**
         * Withdraw a resource
         * @description By the owning organisation's admins or operators (else 403); sends ResourceWithdrawn.
         */
        delete: operations["withdraw_resource_resources__resource_id__delete"];
        options?: never;
        head?: never;
        /**
         * Change a resource
         * @description Only the fields sent change. By the owning organisation's admins or operators (else 403); re-sends
         *     ResourceListed when something changed. **422** when `available_until` would be before `available_from`.
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
         * Count resources by city
         * @description The same filters as the list; one GeoJSON point per city with its count of resources by kind, cities the
         *     offline gazetteer does not know apart. Anyone may look. **422** when `available_to` is sent without
         *     `available_on` or before it.
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
         * List the skills taxonomy
         * @description The taxonomy, parents before their children. Anyone may read it; experts and searches name skills by
         *     these slugs.
         */
        get: operations["list_skills_skills_get"];
        put?: never;
        /**
         * Add a skill
         * @description Adds a skill to the taxonomy, under `parent` when given. Operators only (else 403); **422** when the
         *     parent is not a skill.
         */
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
        /**
         * Sign up
         * @description Anyone may sign up; the password needs at least 10 characters and no surrounding whitespace (422).
         *     The account signs in once its address is confirmed by the link e-mailed to it (in `language`); an account an
         *     operator creates is confirmed at once. Only a signed-in operator may create another operator: anonymously
         *     that is a 401, otherwise a 403.
         */
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
         * Disable a user
         * @description Operators only. Ends the user's memberships; every service refuses the user's tokens from then on.
         *     Disabling a disabled user changes nothing. An operator cannot disable themselves (409), so the platform
         *     always keeps the operator who acts.
         */
        post: operations["disable_user_users__user_id__disable_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/verification-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the confirmation link again
         * @description E-mails a new confirmation link to an account whose address is not confirmed yet (at most
         *     `REGISTRY_ACCOUNT_LINKS_PER_HOUR` an hour). The answer is the same for any address.
         */
        post: operations["resend_verification_users_verification_email_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm an e-mail address
         * @description Spends the token of the link sent at sign-up: the account's address is confirmed and it may sign in.
         *     Each link works once; asking for a new one ends the older ones' use.
         */
        post: operations["verify_email_users_verify_email_post"];
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
        /** Acceptance */
        Acceptance: {
            /**
             * Name
             * @description To sign up on the way: your name
             */
            name?: string | null;
            /**
             * Password
             * @description To sign up on the way
             */
            password?: string | null;
            /**
             * Token
             * @description The token of the invitation's link
             */
            token: string;
        };
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
             * @description not before period_start
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
        /** Confirmed */
        Confirmed: {
            /** Email */
            email: string;
            /**
             * Email Verified
             * @default true
             */
            email_verified: boolean;
            /**
             * User Id
             * Format: uuid
             */
            user_id: string;
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
             * @description not before starts_on
             */
            ends_on: string;
            /**
             * Event Id
             * @description the events service's event, when the purpose is an event
             */
            event_id?: string | null;
            /**
             * Expert Id
             * @description exactly one of expert_id and resource_id
             */
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
             * @description in the future and no later than the start date, which it defaults to
             */
            respond_by?: string | null;
            /**
             * Starts On
             * Format: date
             * @description in the future
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
        /**
         * Country
         * @description An ISO 3166-1 alpha-2 country code, e.g. UA
         * @enum {string}
         */
        Country: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
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
            /** @description ISO 3166-1 alpha-2, read in any case */
            country?: components["schemas"]["Country"] | null;
            /** Email */
            email?: string | null;
            /**
             * Languages
             * @description ISO 639-1 codes, read in any case
             */
            languages?: components["schemas"]["Language"][];
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
            /**
             * Status
             * @enum {string}
             */
            status: "published" | "withdrawn";
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
            /** @description ISO 3166-1 alpha-2, read in any case */
            country?: components["schemas"]["Country"] | null;
            /** Email */
            email?: string | null;
            /**
             * Languages
             * @description ISO 639-1 codes, read in any case
             */
            languages?: components["schemas"]["Language"][];
            /** Name */
            name?: string;
            /** Organisation Ids */
            organisation_ids?: string[];
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
            role?: components["schemas"]["MemberRole"] | null;
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
            organisation_kind?: components["schemas"]["OrganisationKind"] | null;
            /** Programme */
            programme?: string | null;
            resource_kind?: components["schemas"]["ResourceKind"] | null;
            /** Skills */
            skills?: string[] | null;
            /** Status */
            status?: ("active" | "ended") | null;
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
        /** InvitationCreate */
        InvitationCreate: {
            /**
             * Email
             * Format: email
             */
            email: string;
            /**
             * Language
             * @description The language of the e-mail
             * @default en
             * @enum {string}
             */
            language: "en" | "uk" | "de";
            /**
             * Role
             * @default member
             * @enum {string}
             */
            role: "admin" | "member";
        };
        /** InvitationRead */
        InvitationRead: {
            /** Accepted At */
            accepted_at?: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Email */
            email: string;
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
            /**
             * Organisation Id
             * Format: uuid
             */
            organisation_id: string;
            /**
             * Role
             * @enum {string}
             */
            role: "admin" | "member";
            /**
             * Status
             * @enum {string}
             */
            status: "open" | "accepted" | "withdrawn" | "expired";
        };
        /**
         * InvitationView
         * @description What the invited person's page shows, to whoever holds the link.
         */
        InvitationView: {
            /**
             * Account Exists
             * @description true: sign in to accept; false: sign up on the way
             */
            account_exists: boolean;
            /** Email */
            email: string;
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
            /**
             * Organisation Id
             * Format: uuid
             */
            organisation_id: string;
            /** Organisation Name */
            organisation_name: string;
            /**
             * Role
             * @enum {string}
             */
            role: "admin" | "member";
        };
        /**
         * Jwks
         * @description A JSON Web Key Set (RFC 7517): each key an Ed25519 public key (`kty` OKP, `crv` Ed25519).
         */
        Jwks: {
            /** Keys */
            keys: {
                [key: string]: string;
            }[];
        };
        /**
         * Language
         * @description An ISO 639-1 language code, e.g. uk
         * @enum {string}
         */
        Language: "aa" | "ab" | "ae" | "af" | "ak" | "am" | "an" | "ar" | "as" | "av" | "ay" | "az" | "ba" | "be" | "bg" | "bi" | "bm" | "bn" | "bo" | "br" | "bs" | "ca" | "ce" | "ch" | "co" | "cr" | "cs" | "cu" | "cv" | "cy" | "da" | "de" | "dv" | "dz" | "ee" | "el" | "en" | "eo" | "es" | "et" | "eu" | "fa" | "ff" | "fi" | "fj" | "fo" | "fr" | "fy" | "ga" | "gd" | "gl" | "gn" | "gu" | "gv" | "ha" | "he" | "hi" | "ho" | "hr" | "ht" | "hu" | "hy" | "hz" | "ia" | "id" | "ie" | "ig" | "ii" | "ik" | "io" | "is" | "it" | "iu" | "ja" | "jv" | "ka" | "kg" | "ki" | "kj" | "kk" | "kl" | "km" | "kn" | "ko" | "kr" | "ks" | "ku" | "kv" | "kw" | "ky" | "la" | "lb" | "lg" | "li" | "ln" | "lo" | "lt" | "lu" | "lv" | "mg" | "mh" | "mi" | "mk" | "ml" | "mn" | "mr" | "ms" | "mt" | "my" | "na" | "nb" | "nd" | "ne" | "ng" | "nl" | "nn" | "no" | "nr" | "nv" | "ny" | "oc" | "oj" | "om" | "or" | "os" | "pa" | "pi" | "pl" | "ps" | "pt" | "qu" | "rm" | "rn" | "ro" | "ru" | "rw" | "sa" | "sc" | "sd" | "se" | "sg" | "sh" | "si" | "sk" | "sl" | "sm" | "sn" | "so" | "sq" | "sr" | "ss" | "st" | "su" | "sv" | "sw" | "ta" | "te" | "tg" | "th" | "ti" | "tk" | "tl" | "tn" | "to" | "tr" | "ts" | "tt" | "tw" | "ty" | "ug" | "uk" | "ur" | "uz" | "ve" | "vi" | "vo" | "wa" | "wo" | "xh" | "yi" | "yo" | "za" | "zh" | "zu";
        /** LinkRequest */
        LinkRequest: {
            /**
             * Email
             * Format: email
             */
            email: string;
            /**
             * Language
             * @description The language of the e-mail
             * @default en
             * @enum {string}
             */
            language: "en" | "uk" | "de";
        };
        /** LinkToken */
        LinkToken: {
            /**
             * Token
             * @description The token of the e-mailed link
             */
            token: string;
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
            kind: components["schemas"]["OrganisationKind"];
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
            /**
             * Kind
             * @description user: logged in; api: an API token acting for its user
             * @enum {string}
             */
            kind: "user" | "api";
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
        /** NewPassword */
        NewPassword: {
            /**
             * Password
             * @description at least 10 characters, not starting or ending with white space
             */
            password: string;
            /**
             * Token
             * @description The token of the e-mailed link
             */
            token: string;
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
            country: components["schemas"]["Country"];
            /** Description */
            description?: string | null;
            kind: components["schemas"]["OrganisationKind"];
            /** Name */
            name: string;
            /**
             * Names
             * @description the name in other languages, by ISO 639-1 code (read in any case)
             */
            names?: {
                [key: string]: string;
            };
            /** Sectors */
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
            country: components["schemas"]["Country"];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Description */
            description: string | null;
            /**
             * Duplicate Of
             * @description Set when this organisation was registered under the name of an older one in the same country and city (before names were unique): that older one, for operators to merge. Cleared once it is renamed or moved.
             */
            duplicate_of?: string | null;
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
            status: components["schemas"]["OrganisationStatus"];
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
         * @description Only the fields sent change; `status` is for operators. Only the website, description and contact email
         *     may be sent as null (to remove them).
         */
        OrganisationUpdate: {
            /** City */
            city?: string;
            /** Contact Email */
            contact_email?: string | null;
            country?: components["schemas"]["Country"];
            /** Description */
            description?: string | null;
            /** Name */
            name?: string;
            /**
             * Names
             * @description the name in other languages, by ISO 639-1 code (read in any case)
             */
            names?: {
                [key: string]: string;
            };
            /** Sectors */
            sectors?: string[];
            status?: components["schemas"]["OrganisationStatus"];
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
            /**
             * Members
             * @description Organisations from two at least, each once, exactly one of them the lead (administered by the caller)
             */
            members: components["schemas"]["MemberIn"][];
            /** Name */
            name: string;
            /**
             * Period End
             * @description not before period_start
             */
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
            /**
             * Status
             * @enum {string}
             */
            status: "active" | "ended";
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
            /**
             * Available Until
             * @description not before available_from
             */
            available_until?: string | null;
            /** City */
            city: string;
            /** Conditions */
            conditions?: string | null;
            /** @description ISO 3166-1 alpha-2, read in any case */
            country: components["schemas"]["Country"];
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
            /**
             * Status
             * @enum {string}
             */
            status: "listed" | "withdrawn";
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
            /**
             * Available Until
             * @description not before available_from
             */
            available_until?: string | null;
            /** City */
            city?: string;
            /** Conditions */
            conditions?: string | null;
            /** @description ISO 3166-1 alpha-2, read in any case */
            country?: components["schemas"]["Country"];
            /** Description */
            description?: string | null;
            kind?: components["schemas"]["ResourceKind"];
            /** Quantity */
            quantity?: number;
            /** Title */
            title?: string;
        };
        /**
         * Role
         * @enum {string}
         */
        Role: "admin" | "member";
        /**
         * Accepted
         * @description Asked; the answer is the same whether the address has an account or not.
         */
        services__registry__accounts__schemas__Accepted: {
            /**
             * Status
             * @default accepted
             * @constant
             */
            status: "accepted";
        };
        /** Accepted */
        services__registry__invitations__schemas__Accepted: {
            /**
             * Organisation Id
             * Format: uuid
             */
            organisation_id: string;
            /**
             * Role
             * @enum {string}
             */
            role: "admin" | "member";
            /**
             * Signed Up
             * @description true when accepting made the account
             */
            signed_up: boolean;
            /**
             * User Id
             * Format: uuid
             */
            user_id: string;
        };
        /**
         * SessionToken
         * @description The short-lived access token; the refresh token travels only in its HttpOnly cookie.
         */
        SessionToken: {
            /** Access Token */
            access_token: string;
            /**
             * Expires At
             * Format: date-time
             * @description When the access token expires: refresh shortly before
             */
            expires_at: string;
            /**
             * Token Type
             * @default Bearer
             */
            token_type: string;
            /**
             * User Id
             * Format: uuid
             */
            user_id: string;
        };
        /** SignedKey */
        SignedKey: {
            /**
             * Kid
             * @description the id of the key that signs new tokens from now on
             */
            kid: string;
        };
        /** SignIn */
        SignIn: {
            /**
             * Email
             * Format: email
             */
            email: string;
            /** Password */
            password: string;
        };
        /** SignUp */
        SignUp: {
            /**
             * Email
             * Format: email
             */
            email: string;
            /**
             * Language
             * @description The language of the e-mail with the confirmation link
             * @default en
             * @enum {string}
             */
            language: "en" | "uk" | "de";
            /** Name */
            name?: string | null;
            /**
             * Operator
             * @description only an operator may create another operator
             * @default false
             */
            operator: boolean;
            /**
             * Password
             * @description at least 10 characters, not starting or ending with white space
             */
            password: string;
        };
        /** SkillCreate */
        SkillCreate: {
            /** Name */
            name: string;
            /**
             * Names
             * @description the name by ISO 639-1 code
             */
            names?: {
                [key: string]: string;
            };
            /**
             * Parent
             * @description an existing skill's slug
             */
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
             * @constant
             */
            token_type: "bearer";
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
            email?: ("network" | "private") | null;
            /** Languages */
            languages?: ("public" | "network" | "private") | null;
            /** Location */
            location?: ("public" | "network" | "private") | null;
            /** Phone */
            phone?: ("network" | "private") | null;
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
                    "application/json": components["schemas"]["Jwks"];
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
            /** @description Malformed request: the body is not JSON, or a header is missing or malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong e-mail or password, or the user has been disabled */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The address is not confirmed yet (`email_unverified`): follow the e-mailed link first */
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
            /** @description Too many failed sign-ins for the account or from the address: wait `Retry-After` seconds */
            429: {
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
        };
    };
    request_password_reset_auth_password_reset_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["services__registry__accounts__schemas__Accepted"];
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
    reset_password_auth_password_reset_confirm_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewPassword"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Confirmed"];
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
            /** @description The link is not known */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The link was used or has expired */
            410: {
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
    sign_in_auth_sessions_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    /** @description `sparknet_refresh`: the next refresh token (HttpOnly, SameSite=Strict, Path = these endpoints) */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionToken"];
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
            /** @description Wrong e-mail or password, or the user has been disabled */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The address is not confirmed yet (`email_unverified`): follow the e-mailed link first */
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
            /** @description Too many failed sign-ins for the account or from the address: wait `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sign_out_auth_sessions_current_delete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: {
                /** @description The session's refresh token (HttpOnly) */
                sparknet_refresh?: string | null;
            };
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
    refresh_auth_sessions_refresh_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: {
                /** @description The session's refresh token (HttpOnly) */
                sparknet_refresh?: string | null;
            };
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    /** @description `sparknet_refresh`: the next refresh token (HttpOnly, SameSite=Strict, Path = these endpoints) */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionToken"];
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
                    "application/json": components["schemas"]["SignedKey"];
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
        };
    };
    list_requests_cooperation_requests_get: {
        parameters: {
            query?: {
                /** @description `next_cursor` of the previous page */
                cursor?: string | null;
                /** @description items per page */
                limit?: number;
                status?: ("pending" | "accepted" | "declined" | "withdrawn" | "expired") | null;
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
            /** @description The request is no longer pending, or it has expired */
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
    search_experts_experts_get: {
        parameters: {
            query?: {
                city?: string[];
                /** @description ISO 3166-1 alpha-2 codes, read in any case */
                country?: components["schemas"]["Country"][];
                /** @description `next_cursor` of the previous page */
                cursor?: string;
                /** @description ISO 639-1 codes, read in any case */
                language?: components["schemas"]["Language"][];
                limit?: number;
                /** @description only experts of the network's organisations */
                network_id?: string;
                organisation_id?: string[];
                organisation_kind?: components["schemas"]["OrganisationKind"][];
                /** @description words in names, skills, bios; typos in names */
                q?: string;
                role?: components["schemas"]["ExpertRole"][];
                /** @description slugs from GET /skills */
                skill?: string[];
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
            /** @description No valid token or secret: none was sent, or it is expired, revoked or forged */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No network of that `network_id` */
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
            /** @description The expert is already withdrawn */
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
    export_file_exports__kind__get: {
        parameters: {
            query?: {
                /** @description CSV (text/csv) or JSON (application/json) */
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
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": (({
                        /**
                         * Admin Emails
                         * @description for operators
                         */
                        admin_emails?: string[] | null;
                        /** City */
                        city: string;
                        /**
                         * Contact Email
                         * @description for network members and operators
                         */
                        contact_email?: string | null;
                        /** Country */
                        country: string;
                        /** Description */
                        description?: string | null;
                        /**
                         * Id
                         * Format: uuid
                         */
                        id: string;
                        /** Key */
                        key?: string | null;
                        /**
                         * OrganisationKind
                         * @enum {string}
                         */
                        kind: "university" | "college" | "business" | "it_cluster" | "ngo" | "cultural_institute" | "public_body" | "donor";
                        /** Name */
                        name: string;
                        /** Sectors */
                        sectors?: string[] | null;
                        /**
                         * OrganisationStatus
                         * @enum {string}
                         */
                        status: "active" | "suspended";
                        /** Website */
                        website?: string | null;
                    } & {
                        [key: string]: string;
                    }) | {
                        /** Associates */
                        associates: string[];
                        /**
                         * Id
                         * Format: uuid
                         */
                        id: string;
                        /** Lead */
                        lead?: string | null;
                        /** Name */
                        name: string;
                        /** Partners */
                        partners: string[];
                        /** Period End */
                        period_end?: string | null;
                        /** Period Start */
                        period_start?: string | null;
                        /** Programme */
                        programme?: string | null;
                    } | {
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
                        /** Organisations */
                        organisations: string[];
                        /** Phone */
                        phone?: string | null;
                        /** Roles */
                        roles?: ("coach" | "trainer" | "speaker" | "moderator" | "facilitator" | "mentor")[] | null;
                        /** Skills */
                        skills?: string[] | null;
                        /**
                         * User Email
                         * @description for the expert, their organisations' admins and operators
                         */
                        user_email?: string | null;
                        /** Visibility */
                        visibility?: {
                            [key: string]: "public" | "network" | "private";
                        } | null;
                    })[];
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
                "application/json": (({
                    /**
                     * Admin Emails
                     * @description e-mails of users who signed up: they become its admins
                     */
                    admin_emails?: string[] | string | null;
                    /** City */
                    city: string;
                    /** Contact Email */
                    contact_email?: string | null;
                    /**
                     * Country
                     * @description ISO 3166-1 alpha-2
                     */
                    country: string;
                    /** Description */
                    description?: string | null;
                    /**
                     * Id
                     * @description blank for a new id; an export's id to keep it
                     */
                    id?: string | null;
                    /**
                     * Key
                     * @description how later files refer to the organisation
                     */
                    key?: string | null;
                    /**
                     * OrganisationKind
                     * @enum {string}
                     */
                    kind: "university" | "college" | "business" | "it_cluster" | "ngo" | "cultural_institute" | "public_body" | "donor";
                    /** Name */
                    name: string;
                    /** Sectors */
                    sectors?: string[] | string | null;
                    status?: ("active" | "suspended") | null;
                    /** Website */
                    website?: string | null;
                } & {
                    [key: string]: string;
                }) | {
                    /** Associates */
                    associates?: string[] | string | null;
                    /**
                     * Id
                     * @description blank for a new id; an export's id to keep it
                     */
                    id?: string | null;
                    /**
                     * Lead
                     * @description an organisation's key, id or name
                     */
                    lead: string;
                    /** Name */
                    name: string;
                    /** Partners */
                    partners?: string[] | string | null;
                    /** Period End */
                    period_end?: string | null;
                    /** Period Start */
                    period_start?: string | null;
                    /** Programme */
                    programme?: string | null;
                } | {
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
                     * @description blank for a new id; an export's id to keep it
                     */
                    id?: string | null;
                    /** Languages */
                    languages?: string[] | string | null;
                    /** Name */
                    name: string;
                    /** Organisations */
                    organisations: string[] | string;
                    /** Phone */
                    phone?: string | null;
                    /** Roles */
                    roles?: ("coach" | "trainer" | "speaker" | "moderator" | "facilitator" | "mentor")[] | string | null;
                    /** Skills */
                    skills?: string[] | string | null;
                    /**
                     * User Email
                     * @description the expert's own account
                     */
                    user_email?: string | null;
                    /**
                     * Visibility
                     * @description e.g. {"bio": "network"} or 'bio=network'
                     */
                    visibility?: {
                        [key: string]: "public" | "network" | "private";
                    } | string | null;
                })[];
                "text/csv": string;
            };
        };
        responses: {
            /** @description A dry run that would write rows: the report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: string[];
                        dry_run: boolean;
                        errors: {
                            /** @description the column; null for the row or file as a whole */
                            field: string | null;
                            /** @description CSV only: the line the record starts on */
                            line: number | null;
                            message: string;
                            /** @description the data row, from 1; 0 for the file as a whole */
                            row: number;
                        }[];
                        /** @enum {string} */
                        kind: "organisations" | "partnerships" | "experts";
                        partial: boolean;
                        rows_total: number;
                        rows_valid: number;
                        rows_written: number;
                    };
                };
            };
            /** @description Rows were written: the report */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: string[];
                        dry_run: boolean;
                        errors: {
                            /** @description the column; null for the row or file as a whole */
                            field: string | null;
                            /** @description CSV only: the line the record starts on */
                            line: number | null;
                            message: string;
                            /** @description the data row, from 1; 0 for the file as a whole */
                            row: number;
                        }[];
                        /** @enum {string} */
                        kind: "organisations" | "partnerships" | "experts";
                        partial: boolean;
                        rows_total: number;
                        rows_valid: number;
                        rows_written: number;
                    };
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
            /** @description Another change took an id, key or organisation name of the file meanwhile: import it again */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the service accepts, or the file has more than 10,000 rows */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Content-Type is neither text/csv nor application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing written (or, in a dry run, nothing would be) because of the errors reported; or a parameter is invalid (then without the report) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        code: "import_rejected";
                        created: string[];
                        detail: string;
                        dry_run: boolean;
                        errors: {
                            /** @description the column; null for the row or file as a whole */
                            field: string | null;
                            /** @description CSV only: the line the record starts on */
                            line: number | null;
                            message: string;
                            /** @description the data row, from 1; 0 for the file as a whole */
                            row: number;
                        }[];
                        /** @enum {string} */
                        kind: "organisations" | "partnerships" | "experts";
                        partial: boolean;
                        rows_total: number;
                        rows_valid: number;
                        rows_written: number;
                        status: number;
                        title: string;
                        type: string;
                    } | components["schemas"]["Problem"];
                };
            };
        };
    };
    view_invitations__invitation_id__get: {
        parameters: {
            query: {
                /** @description The token of the invitation's link */
                token: string;
            };
            header?: never;
            path: {
                invitation_id: string;
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
                    "application/json": components["schemas"]["InvitationView"];
                };
            };
            /** @description Unknown invitation, or a wrong token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The invitation was accepted or withdrawn, or has expired */
            410: {
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
    accept_invitations__invitation_id__accept_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitation_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Acceptance"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["services__registry__invitations__schemas__Accepted"];
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
            /** @description Unknown invitation, or a wrong token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The address has an account: sign in as it to accept */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The invitation was accepted or withdrawn, or has expired */
            410: {
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
    geojson_map_geo_get: {
        parameters: {
            query?: {
                city?: string[];
                /** @description ISO 3166-1 alpha-2 codes, read in any case */
                country?: components["schemas"]["Country"][];
                /** @description ISO 639-1 codes, read in any case */
                language?: components["schemas"]["Language"][];
                /** @description only this network's partnerships and organisations */
                network_id?: string;
                organisation_kind?: components["schemas"]["OrganisationKind"][];
                /** @description words, as the expert search reads them */
                q?: string;
                role?: components["schemas"]["ExpertRole"][];
                /** @description slugs from GET /skills */
                skill?: string[];
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
            /** @description No valid token or secret: none was sent, or it is expired, revoked or forged */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No network of that `network_id` */
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
    city_on_map_map_geo_city_get: {
        parameters: {
            query: {
                city?: string[];
                /** @description ISO 3166-1 alpha-2 codes, read in any case */
                country?: components["schemas"]["Country"][];
                /** @description its ISO 3166-1 alpha-2 country code, read in any case */
                in_country: components["schemas"]["Country"];
                /** @description ISO 639-1 codes, read in any case */
                language?: components["schemas"]["Language"][];
                /** @description a city as /map/geo names it */
                name: string;
                /** @description only this network's partnerships and organisations */
                network_id?: string;
                organisation_kind?: components["schemas"]["OrganisationKind"][];
                /** @description words, as the expert search reads them */
                q?: string;
                role?: components["schemas"]["ExpertRole"][];
                /** @description slugs from GET /skills */
                skill?: string[];
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
            /** @description No valid token or secret: none was sent, or it is expired, revoked or forged */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No network of that `network_id` */
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
    network_graph_map_graph_get: {
        parameters: {
            query?: {
                city?: string[];
                /** @description ISO 3166-1 alpha-2 codes, read in any case */
                country?: components["schemas"]["Country"][];
                /** @description ISO 639-1 codes, read in any case */
                language?: components["schemas"]["Language"][];
                max_experts?: number;
                /** @description only this network's partnerships and organisations */
                network_id?: string;
                organisation_kind?: components["schemas"]["OrganisationKind"][];
                /** @description words, as the expert search reads them */
                q?: string;
                role?: components["schemas"]["ExpertRole"][];
                /** @description slugs from GET /skills */
                skill?: string[];
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
            /** @description No valid token or secret: none was sent, or it is expired, revoked or forged */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No network of that `network_id` */
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
    statistics_map_stats_get: {
        parameters: {
            query?: {
                /** @description only this network's partnerships and organisations; all when absent */
                network_id?: string;
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
            /** @description No valid token or secret: none was sent, or it is expired, revoked or forged */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No network of that `network_id` */
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
            /** @description A network of this name already exists */
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
            /** @description Another partnership champions the network in an overlapping period */
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
            /** @description The partnership is in the network already */
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
    list_organisations_organisations_get: {
        parameters: {
            query?: {
                /** @description ignoring case */
                city?: string | null;
                /** @description in any case */
                country?: components["schemas"]["Country"] | null;
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
            /** @description Another organisation has this name in this country and city (case, accents, spacing and punctuation aside); the message names it */
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
            /** @description Another organisation has this name in this country and city (case, accents, spacing and punctuation aside); the message names it */
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
    list_invitations_organisations__organisation_id__invitations_get: {
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
                    "application/json": components["schemas"]["InvitationRead"][];
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
    invite_organisations__organisation_id__invitations_post: {
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
                "application/json": components["schemas"]["InvitationCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationRead"];
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
            /** @description The address is a member of the organisation already */
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
    withdraw_organisations__organisation_id__invitations__invitation_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitation_id: string;
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
                    "application/json": components["schemas"]["InvitationRead"];
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
            /** @description The invitation was accepted: remove the member instead */
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
            /** @description The last admin is removed by someone who is not an operator */
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
            /** @description The organisation is a member already, or invited */
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
            /** @description The organisation is a member already */
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
    search_resources_resources_get: {
        parameters: {
            query?: {
                /** @description available on this day (ISO 8601) */
                available_on?: string;
                /** @description only with available_on, and not before it: available every day up to and including this one */
                available_to?: string;
                /** @description any case */
                city?: string;
                /** @description `next_cursor` of the previous page */
                cursor?: string | null;
                kind?: components["schemas"]["ResourceKind"];
                /** @description items per page */
                limit?: number;
                organisation_id?: string;
                /** @description Words of titles and descriptions */
                q?: string;
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
            /** @description No organisation of that `organisation_id` */
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
            /** @description The resource is already withdrawn */
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
            /** @description The resource is withdrawn */
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
    resources_by_city_resources_geo_get: {
        parameters: {
            query?: {
                /** @description available on this day (ISO 8601) */
                available_on?: string;
                /** @description only with available_on, and not before it: available every day up to and including this one */
                available_to?: string;
                /** @description any case */
                city?: string;
                kind?: components["schemas"]["ResourceKind"];
                organisation_id?: string;
                /** @description Words of titles and descriptions */
                q?: string;
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
            /** @description A skill with this slug already exists */
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
            /** @description An operator is asked for by a caller who is not one */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A user with this email already exists (emails are compared ignoring case) */
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
            /** @description An operator may not disable themselves */
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
    resend_verification_users_verification_email_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["services__registry__accounts__schemas__Accepted"];
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
    verify_email_users_verify_email_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkToken"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Confirmed"];
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
            /** @description The link is not known */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The link was used or has expired */
            410: {
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
