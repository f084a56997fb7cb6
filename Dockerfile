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
# Node's default young generation: session 16's 32 MB one made each scavenge about twice as long,
# and with many updates in flight one pause delays them all; measured without it in session 19,
# the command's slowest 1 % is no worse than the baseline's at 1, 16 and 64 in flight
# (docs/benchmarks.md, session 19).
# No allocation-site pretenuring: V8 moved one of our short-lived allocations straight to the old
# generation, which made each scavenge ~40 % longer than the baseline's (11.9 against 8.6 ms);
# without it they are level (8.8 against 9.1 ms) and a command's p99 at one in flight follows
# (docs/benchmarks.md, session 21).
ENTRYPOINT ["node", "--no-allocation-site-pretenuring", "dist/cli-entry.js"]
CMD ["serve"]
