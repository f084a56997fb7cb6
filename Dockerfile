# syntax=docker/dockerfile:1
# Build stage: full install, typecheck and content check, so a broken image never ships.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY bin ./bin
COPY src ./src
COPY flows ./flows
COPY prompts ./prompts
RUN npx tsc --noEmit \
 && node bin/hocvuso.js flows check

# Runtime stage: production dependencies only, non-root, content baked in (override with volumes).
FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000 CONTENT_DIR=/app/flows PROMPTS_DIR=/app/prompts
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/bin ./bin
COPY --from=build /app/src ./src
COPY --from=build /app/flows ./flows
COPY --from=build /app/prompts ./prompts
# Team answers become knowledge drafts (flows/knowledge-drafts) and approved drafts knowledge
# files, written by the running bot: the content folder belongs to its user.
RUN mkdir -p flows/knowledge-drafts && chown -R node:node flows
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
ENTRYPOINT ["node", "bin/hocvuso.js"]
CMD ["serve"]
