"""Build the one `Responder` a process uses, from the settings; every adapter starts here.

The learned safety layer is loaded here too, so that every adapter (Telegram, terminal, `ask`, scripts)
fails closed in the same way: a model that cannot be loaded or checked stops start-up with one line.
"""

from __future__ import annotations

from bot.resources import load_resources
from bot.responder import Responder
from bot.safety_model import ModelError, load_model
from bot.settings import Settings, SettingsError
from knowledge import load_knowledge

__all__ = ["load_responder"]

_FIX = "point it at the folder with the seed articles, or unset it for the shipped ones"


def load_responder(settings: Settings) -> Responder:
    """Load the articles and the operator's resources once; any problem is one `SettingsError` line."""
    folder = settings.knowledge_dir
    if not folder.is_dir():
        raise SettingsError(f"KNOWLEDGE_DIR {folder} is not a folder: {_FIX}")
    try:
        resources = load_resources(settings.resources_file)
    except ValueError as exc:  # the message names the file and line, never the line's text
        raise SettingsError(f"RESOURCES_FILE: {exc}: fix the file or unset RESOURCES_FILE") from None
    try:
        knowledge = load_knowledge(folder)
    except Exception as exc:  # any unreadable or malformed article: one line, never a traceback
        problem = type(exc).__name__
        raise SettingsError(f"KNOWLEDGE_DIR {folder} cannot be loaded ({problem}): {_FIX}") from None
    if not knowledge.documents:
        raise SettingsError(f"KNOWLEDGE_DIR {folder} holds no articles: {_FIX}")
    try:
        load_model()
    except ModelError as exc:  # a weaker safety layer must not start quietly
        raise SettingsError(f"safety model: {exc}") from None
    return Responder(knowledge, resources=resources)
