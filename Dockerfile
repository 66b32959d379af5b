# citebot: the Discord bot (gateway mode by default; `npm run start:http` for HTTP interactions).
#   docker build -t citebot .
#   docker run -d --restart unless-stopped --env-file .env -v "$PWD/seeds:/data/seeds" -v citebot-store:/data/store citebot
FROM node:20-bookworm-slim

WORKDIR /app
# Dependencies first, exactly as the lock file pins them, so code changes reuse this layer.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

COPY . .
# The articles and the store live outside the image: mount the seeds folder and keep the store
# in a volume so a restart does not rebuild it.
RUN mkdir -p /data/seeds /data/store && cp -n seeds/* /data/seeds/ && chown -R node:node /data
ENV SEEDS_DIR=/data/seeds \
    CITEBOT_STORE=/data/store/store.bin \
    NODE_ENV=production
VOLUME ["/data/seeds", "/data/store"]

USER node
# Node directly (not through npm) so SIGTERM reaches the bot, which finishes what it is answering.
CMD ["node", "--v8-pool-size=1", "--max-semi-space-size=32", "--heap-growing-percent=50", "--import", "tsx", "src/main.ts"]
