"""The #MeToo information bot: the reply core, its adapters (terminal, Telegram, scripts) and settings."""
