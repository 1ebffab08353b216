"""Keep the model's int8 word-embedding table int8 in memory: look rows up first, dequantise them after.

The pinned model stores each weight as int8 with a float scale, dequantised by Cast and Mul nodes ahead of
its use. onnxruntime folds those constant chains into float tensors when the session is built, which makes
the 30,522 x 384 word-embedding table 47 MB of floats for the life of the process. For that one table this
rewrites `Gather(Cast(q) * scale, ids)` as `Cast(Gather(q, ids)) * Gather(scale, ids)`: the same numbers
for every token (a row's elements are each cast and multiplied by the same scale either way), and only the
looked-up rows are ever made float. The rewrite is done in memory on the bytes whose sha256 was checked;
the file is never changed. It reads and writes the protobuf wire format directly (field numbers from
onnx.proto), so the bot needs no `onnx` package.
"""

from __future__ import annotations

from collections.abc import Iterator

__all__ = ["gather_before_dequantise"]

_TABLE = "inner.embeddings.word_embeddings.weight"
_IDS = "input_ids"
# onnx.proto field numbers: ModelProto.graph; GraphProto.node; NodeProto input, output, name, op_type,
# attribute.
_GRAPH, _NODE = 7, 1
_INPUT, _OUTPUT, _NAME, _OP, _ATTRIBUTE = 1, 2, 3, 4, 5
_LENGTH_DELIMITED = 2


def gather_before_dequantise(model: bytes) -> bytes:
    """The model with its word-embedding lookup moved ahead of the dequantisation; unchanged if the
    graph does not have the expected shape (Cast -> Mul -> Gather on the table)."""
    fields = list(_fields(model))
    graph = next((value for number, _, value in fields if number == _GRAPH), None)
    if graph is None:
        return model
    rewritten = _rewrite_graph(graph)
    if rewritten is None:
        return model
    return b"".join(_field(_GRAPH, rewritten) if number == _GRAPH else raw for number, raw, _ in fields)


def _rewrite_graph(graph: memoryview) -> bytes | None:
    fields = list(_fields(graph))
    nodes = {_node_name(value): value for number, _, value in fields if number == _NODE}
    # Identity, not equality: a memoryview is unhashable, and two nodes may be byte-for-byte equal.
    cast, mul = nodes.get(f"{_TABLE}_cast"), nodes.get(f"{_TABLE}_mul")
    gather = next((value for value in nodes.values() if _TABLE in _strings(value, _INPUT)
                   and _strings(value, _OP) == ["Gather"]), None)
    if cast is None or mul is None or gather is None or _strings(gather, _INPUT) != [_TABLE, _IDS]:
        return None
    out = _strings(gather, _OUTPUT)[0]
    cast_to, axis = _raw(cast, _ATTRIBUTE), _raw(gather, _ATTRIBUTE)
    replacement = b"".join(_field(_NODE, node) for node in (
        _node("gather_q", "Gather", [f"{_TABLE}_q", _IDS], ["rows_q"], axis),
        _node("gather_scale", "Gather", [f"{_TABLE}_scale", _IDS], ["rows_scale"], axis),
        _node("cast_rows", "Cast", ["rows_q"], ["rows_f"], cast_to),
        _node("scale_rows", "Mul", ["rows_f", "rows_scale"], [out], b""),
    ))
    dropped = {id(cast), id(mul), id(gather)}
    parts, placed = [], False
    for number, raw, value in fields:
        if number == _NODE and id(value) in dropped:
            if not placed:  # the new nodes go where the Cast was: before anything that reads the rows
                parts.append(replacement)
                placed = True
            continue
        parts.append(raw)
    return b"".join(parts)


def _node(name: str, op: str, inputs: list[str], outputs: list[str], attributes: bytes) -> bytes:
    return b"".join((
        *(_field(_INPUT, i.encode()) for i in inputs),
        *(_field(_OUTPUT, o.encode()) for o in outputs),
        _field(_NAME, f"int8_rows/{name}".encode()),
        _field(_OP, op.encode()),
        attributes,
    ))


def _node_name(node: memoryview) -> str:
    names = _strings(node, _NAME)
    return names[0] if names else ""


def _strings(message: memoryview, number: int) -> list[str]:
    return [bytes(value).decode() for n, _, value in _fields(message) if n == number]


def _raw(message: memoryview, number: int) -> bytes:
    """Every field `number` of a message, as encoded (attributes are copied over unchanged)."""
    return b"".join(raw for n, raw, _ in _fields(message) if n == number)


def _fields(message: bytes | memoryview) -> Iterator[tuple[int, memoryview, memoryview]]:
    """(field number, the field's raw bytes, its value) for each field; value is the payload of a
    length-delimited field and empty otherwise. Views, not copies: the weights are 23 MB."""
    view = memoryview(message)
    at = 0
    while at < len(view):
        start = at
        key, at = _varint(view, at)
        number, wire = key >> 3, key & 7
        value = view[0:0]
        if wire == 0:
            _, at = _varint(view, at)
        elif wire == _LENGTH_DELIMITED:
            size, at = _varint(view, at)
            value, at = view[at:at + size], at + size
        elif wire in (1, 5):
            at += 8 if wire == 1 else 4
        else:
            raise ValueError(f"unsupported protobuf wire type {wire}")
        yield number, view[start:at], value


def _varint(view: memoryview, at: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        byte = view[at]
        at += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, at


def _field(number: int, payload: bytes) -> bytes:
    return _encode_varint(number << 3 | _LENGTH_DELIMITED) + _encode_varint(len(payload)) + payload


def _encode_varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)
