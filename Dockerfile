# syntax=docker/dockerfile:1
# The bot as a container: a slim Python, the package and its runtime dependencies only, a non-root user.
# Build: docker build -t metoo-bot .    Run: docker compose up -d (reads .env; see compose.yaml)

# Stage 1 builds the wheel; the source tree and the build tools stay behind in this stage.
FROM python:3.12-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY seeds/ seeds/
COPY knowledge/ knowledge/
COPY bot/ bot/
RUN pip wheel --no-cache-dir --no-deps --wheel-dir dist .

# Stage 2 is what runs: the wheel (articles inside) and its dependencies, nothing from the test extra.
FROM python:3.12-slim
ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
RUN useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin metoo-bot
# The wheel is mounted for the install only, so no copy of it stays in the image.
RUN --mount=type=bind,from=build,source=/src/dist,target=/wheels \
    pip install --no-cache-dir /wheels/*.whl
WORKDIR /srv/metoo-bot
USER metoo-bot
# Webhook mode only: set WEBHOOK_LISTEN=0.0.0.0 so the reverse proxy can reach the bot in the container.
EXPOSE 8443
# Settings, articles, token and Telegram's view of the bot; unhealthy when Telegram rejects the token,
# cannot be reached, or a setting is wrong. Two small Bot API calls every five minutes.
HEALTHCHECK --interval=5m --timeout=30s --start-period=30s --retries=3 CMD ["metoo-bot", "check"]
# Exec form: the bot is PID 1 and receives SIGTERM from `docker stop` directly, then stops cleanly.
STOPSIGNAL SIGTERM
CMD ["metoo-bot", "run"]
