"""Version flags kept for code written against older asyncio releases."""

import sys

_version = sys.version_info[:3]
PY34 = _version >= (3, 4)
PY35 = _version >= (3, 5)
PY352 = _version >= (3, 5, 2)


def flatten_list_bytes(list_of_data):
    """All the bytes-like items of the list joined into one bytes."""
    return b''.join(list_of_data)
