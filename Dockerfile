# syntax=docker/dockerfile:1
# Build stage: full install, typecheck and content check, so a broken image never ships.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY src ./src
COPY flows ./flows
COPY prompts ./prompts
RUN npx tsc --noEmit \
 && npm run build \
 && node dist/cli-entry.js flows check

# Runtime stage: production dependencies only, non-root, content baked in (override with volumes).
FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000 CONTENT_DIR=/app/flows PROMPTS_DIR=/app/prompts
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
# Compiled JavaScript: no TypeScript compiler at start, less memory, less CPU per message.
COPY --from=build /app/dist ./dist
COPY --from=build /app/flows ./flows
COPY --from=build /app/prompts ./prompts
# Team answers become knowledge drafts (flows/knowledge-drafts) and approved drafts knowledge
# files, written by the running bot: the content folder belongs to its user.
RUN mkdir -p flows/knowledge-drafts && chown -R node:node flows
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# A 32 MB young generation (Node's default tops out at 16 MB): a chat update leaves little alive,
# so scavenges come half as often for the same total work, and at one message at a time the
# slowest 1 % of replies no longer wait for one (docs/benchmarks.md, session 16). Costs about 32 MB.
ENTRYPOINT ["node", "--max-semi-space-size=32", "dist/cli-entry.js"]
CMD ["serve"]
