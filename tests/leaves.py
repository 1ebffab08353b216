"""Every leaf value an object holds: how tests prove a store keeps numbers only, never text."""

from __future__ import annotations

from array import array
from collections import deque

__all__ = ["leaves"]


def leaves(value: object, seen: set[int] | None = None) -> list[object]:
    """The values `value` holds, through attributes (slots too), mappings and sequences; callables (a
    clock, a lock's methods) are skipped."""
    seen = set() if seen is None else seen
    if id(value) in seen or callable(value):
        return []
    seen.add(id(value))
    if isinstance(value, dict):
        return [leaf for k, v in value.items() for leaf in (*leaves(k, seen), *leaves(v, seen))]
    if isinstance(value, list | tuple | deque | set | frozenset | array):
        return [leaf for item in value for leaf in leaves(item, seen)]
    slots = getattr(type(value), "__slots__", ())
    fields = getattr(value, "__dict__", None) or {name: getattr(value, name) for name in slots}
    if fields:
        return [leaf for item in fields.values() for leaf in leaves(item, seen)]
    return [value]
