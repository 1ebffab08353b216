"""Build the one `Responder` a process uses, from the settings; every adapter starts here.

Start-up is a plain sequence of steps, each turning its own problem into one `SettingsError` line:
the articles, then the operator's resources, then the responder. `metoo-bot check` runs the same steps.
"""

from __future__ import annotations

from bot.resources import load_resources
from bot.responder import Responder
from bot.settings import Settings, SettingsError
from knowledge import KnowledgeBase, load_knowledge

__all__ = ["load_knowledge_base", "load_resource_lines", "load_responder"]

_FIX = "point it at the folder with the seed articles, or unset it for the shipped ones"
_SHIPPED = "or unset KNOWLEDGE_DIR for the shipped articles"


def load_responder(settings: Settings) -> Responder:
    """Load the articles and the operator's resources once; any problem is one `SettingsError` line."""
    knowledge = load_knowledge_base(settings)
    resources = load_resource_lines(settings)
    return Responder(knowledge, resources=resources)


def load_knowledge_base(settings: Settings) -> KnowledgeBase:
    """The articles in KNOWLEDGE_DIR, or one line naming the file and what is wrong with it."""
    folder = settings.knowledge_dir
    if not folder.is_dir():
        raise SettingsError(f"KNOWLEDGE_DIR {folder} is not a folder: {_FIX}")
    try:
        knowledge = load_knowledge(folder)
    except ValueError as exc:  # the loader's message names the file and the problem, never its text
        raise SettingsError(f"KNOWLEDGE_DIR {folder}: {_one_line(exc)} ({_SHIPPED})") from None
    except Exception as exc:  # unreadable files and the like: still one line, never a traceback
        problem = _one_line(exc) or type(exc).__name__
        raise SettingsError(f"KNOWLEDGE_DIR {folder} cannot be loaded ({problem}): {_FIX}") from None
    if not knowledge.documents:
        raise SettingsError(f"KNOWLEDGE_DIR {folder} holds no articles: {_FIX}")
    return knowledge


def load_resource_lines(settings: Settings) -> tuple[str, ...]:
    """The operator's extra resources (none when RESOURCES_FILE is unset), or one line naming the problem."""
    try:
        return load_resources(settings.resources_file)
    except ValueError as exc:  # the message names the file and line, never the line's text
        raise SettingsError(f"RESOURCES_FILE: {exc}: fix the file or unset RESOURCES_FILE") from None


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())
