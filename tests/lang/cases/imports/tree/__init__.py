"""Package layouts for the import cases: make() writes files into a new
temporary directory (removed at exit) and returns its path; shown()
hides that path in text to print."""

import atexit
import os
import shutil
import sys
import tempfile

_roots = []


def make(files, on_path=True):
    """Write files ({relative path: text, or bytes}) under a new
    directory; a path ending in '/' makes an empty directory. The root
    goes first on sys.path unless on_path is false."""
    root = tempfile.mkdtemp(prefix='imports-case-')
    _roots.append(root)
    for rel, body in sorted(files.items()):
        where = os.path.join(root, *rel.split('/'))
        if rel.endswith('/'):
            os.makedirs(where, exist_ok=True)
            continue
        os.makedirs(os.path.dirname(where), exist_ok=True)
        with open(where, 'wb' if isinstance(body, bytes) else 'w') as f:
            f.write(body)
    if on_path:
        sys.path.insert(0, root)
    return root


def zipped(files, name='archive.zip'):
    """A ZIP archive holding files ({member name: text}) written in a new
    directory (not on sys.path); returns its path."""
    import zipfile
    where = os.path.join(make({}, on_path=False), name)
    with zipfile.ZipFile(where, 'w') as zf:
        for member, body in sorted(files.items()):
            zf.writestr(member, body)
    return where


def shown(value):
    """str(value) with every made root written as <tmpN>."""
    text = value if isinstance(value, str) else repr(value)
    for n, root in enumerate(_roots):
        text = text.replace(root, '<tmp%d>' % n)
    return text


@atexit.register
def _remove():
    for root in _roots:
        shutil.rmtree(root, ignore_errors=True)
