"""Source lines by file name and line number, read once and cached: what
tracebacks and inspect.getsource show. Library modules compiled into the
interpreter are found by the file name their code objects carry."""

import os
import sys
import _traceback

__all__ = ["getline", "clearcache", "checkcache"]

# filename -> (size, mtime, lines with their line breaks, full path); the
# same shape as CPython's, for code that inspects it.
cache = {}


def getline(filename, lineno, module_globals=None):
    """Line lineno (1-based) of filename with its line break, or '' when
    the file or the line does not exist."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    """Every line of filename, each with its line break; [] when it cannot
    be read."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def clearcache():
    """Forget every cached file."""
    cache.clear()


def checkcache(filename=None):
    """Drop cache entries (all, or filename's) whose file has changed or
    gone since it was read."""
    names = list(cache) if filename is None else [filename]
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, _, fullname = entry
        if mtime is None:
            continue                    # not a file on disk
        try:
            st = os.stat(fullname)
        except OSError:
            cache.pop(name, None)
            continue
        if (st.st_size, st.st_mtime) != (size, mtime):
            cache.pop(name, None)


def updatecache(filename, module_globals=None):
    """Read filename again (looking along sys.path for a relative name)
    and cache its lines; [] when it cannot be read."""
    if len(cache.get(filename, ())) != 1:
        cache.pop(filename, None)       # a lazy note stays for below
    if not filename:
        return []
    found = _traceback.getlines(filename)
    if found is not None:
        # an embedded module, or a file the interpreter could read
        return _remember(filename, filename, found)
    if filename.startswith("<") and filename.endswith(">"):
        return []
    if os.path.isfile(filename):
        return _read_source(filename, filename)
    if lazycache(filename, module_globals):
        try:
            source = cache[filename][0]()
        except (ImportError, OSError):
            source = ""
        else:
            if source is None:
                return []
        if source:
            text = [line + "\n" for line in source.splitlines()]
            cache[filename] = (len(source), None, text, filename)
            return text
        cache.pop(filename, None)
    for fullname in _candidates(filename):
        found = _traceback.getlines(fullname)
        if found is not None:
            return _remember(filename, fullname, found)
        if os.path.isfile(fullname):
            return _read_source(filename, fullname)
    return []


def _read_source(filename, fullname):
    # A file the interpreter's own reader gave no text for: read it as
    # CPython does, through tokenize.open, so that a file that cannot be
    # read is [] while undecodable text raises its SyntaxError (a bad or
    # missing coding cookie) or UnicodeDecodeError.
    import tokenize
    try:
        with tokenize.open(fullname) as f:
            lines = f.readlines()
    except OSError:
        return []
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    return _remember(filename, fullname, [line[:-1] for line in lines])


def lazycache(filename, module_globals):
    """Note that filename's source can be had later from the loader named
    in module_globals (its get_source(__name__)); True when such a note is
    (now) cached, False when filename is cached already with its lines or
    no loader can give them."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return False
    if not module_globals or "__loader__" not in module_globals:
        return False
    name = module_globals.get("__name__")
    get_source = getattr(module_globals["__loader__"], "get_source", None)
    if not name or get_source is None:
        return False

    def source():
        return get_source(name)
    cache[filename] = (source,)
    return True


def _candidates(filename):
    # filename as given when absolute, else joined to each sys.path entry
    if os.path.isabs(filename):
        return [filename]
    out = [filename]
    for directory in sys.path:
        if isinstance(directory, str):
            out.append(os.path.join(directory, filename))
    return out


def _remember(filename, fullname, lines):
    text = [line + "\n" for line in lines]
    try:
        st = os.stat(fullname)
        size, mtime = st.st_size, st.st_mtime
    except (OSError, TypeError, ValueError):
        size, mtime = len(text), None
    cache[filename] = (size, mtime, text, fullname)
    return text
