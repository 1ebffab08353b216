"""The Telegram adapter: handlers, rendering, limits, quick exit, the app factory and an offline Telegram."""
