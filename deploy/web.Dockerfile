# The browser's one door: the web app built with Node, served by the official Caddy image, which also
# routes /api/<service>/ to the services (deploy/proxy.Caddyfile).
FROM node:20-bookworm-slim AS build
WORKDIR /web
COPY web/package.json web/package-lock.json web/.npmrc ./
RUN npm ci --no-audit --no-fund
COPY web/ ./
RUN npm run build

FROM caddy:2.6
COPY deploy/proxy.Caddyfile /etc/caddy/Caddyfile
COPY --from=build /web/dist /srv
EXPOSE 80
