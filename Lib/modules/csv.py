"""Reading and writing of comma-separated values (CSV) files.

CPython 3.6's csv for gpython-ssl: dialects and their registry,
DictReader, DictWriter and Sniffer are here; the parser, the writer's
quoting, Error and field_size_limit are the Go module _csv (modules/csv).
"""

import re
from collections import OrderedDict
from io import StringIO

__all__ = [
    "QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
    "Error", "Dialect", "__doc__", "excel",
    "excel_tab", "field_size_limit", "reader", "writer",
    "register_dialect", "get_dialect", "list_dialects", "Sniffer",
    "unregister_dialect", "__version__", "DictReader", "DictWriter",
    "unix_dialect",
]

__version__ = "1.0"

from _csv import (Error, field_size_limit, QUOTE_MINIMAL, QUOTE_ALL,
                  QUOTE_NONNUMERIC, QUOTE_NONE, _reader, _writer)


# ---------------------------------------------------------------------------
# Formatting parameters

_PARAMS = ("delimiter", "doublequote", "escapechar", "lineterminator",
           "quotechar", "quoting", "skipinitialspace", "strict")


def _one_char(name, value, fallback):
    # A missing parameter takes fallback, None and "" mean "no character".
    if value is _MISSING:
        return fallback
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string, not %s'
                        % (name, type(value).__name__))
    if len(value) > 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value or None


_MISSING = object()


class _Format:
    """The validated parameters of a reader or writer (its .dialect)."""

    __slots__ = _PARAMS

    def __init__(self, source, overrides):
        def pick(name):
            if name in overrides:
                return overrides[name]
            if source is not None:
                return getattr(source, name, _MISSING)
            return _MISSING

        delimiter = _one_char("delimiter", pick("delimiter"), ",")
        doublequote = pick("doublequote")
        escapechar = _one_char("escapechar", pick("escapechar"), None)
        terminator = pick("lineterminator")
        if terminator is _MISSING:
            terminator = "\r\n"
        elif terminator is not None and not isinstance(terminator, str):
            raise TypeError('"lineterminator" must be a string')
        raw_quote = pick("quotechar")
        quotechar = _one_char("quotechar", raw_quote, '"')
        quoting = pick("quoting")
        # A quotechar of None given beside a registered dialect turns
        # quoting off, unless quoting itself is given.
        if raw_quote is None and "quoting" not in overrides and (
                source is None or isinstance(source, _Format)):
            quoting = QUOTE_NONE
        if quoting is _MISSING:
            quoting = QUOTE_MINIMAL
        elif not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        skip = pick("skipinitialspace")
        strict = pick("strict")

        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC,
                           QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if delimiter is None:
            raise TypeError('"delimiter" must be a 1-character string')
        if quotechar is None and quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        if terminator is None:
            raise TypeError("lineterminator must be set")

        self.delimiter = delimiter
        self.doublequote = 1 if doublequote is _MISSING else int(bool(doublequote))
        self.escapechar = escapechar
        self.lineterminator = terminator
        self.quotechar = quotechar
        self.quoting = quoting
        self.skipinitialspace = 0 if skip is _MISSING else int(bool(skip))
        self.strict = 0 if strict is _MISSING else int(bool(strict))

    # The parameters are read-only once set, as the members of _csv's
    # Dialect type are; other names do not exist.
    def __setattr__(self, name, value):
        if name not in _PARAMS:
            self.__getattr__(name)
        if hasattr(self, name):
            self.__delattr__(name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in ("doublequote", "skipinitialspace", "strict"):
            # Plain int members in _csv, with the members' message.
            raise AttributeError("readonly attribute")
        if name in _PARAMS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects "
                                 "is not writable" % name)
        self.__getattr__(name)

    def __getattr__(self, name):
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    def __reduce_ex__(self, protocol):
        raise TypeError("can't pickle %s objects" % ("_csv.Dialect" if protocol >= 2 else "Dialect"))

    def __repr__(self):
        return "<_csv.Dialect object at %#x>" % id(self)


_registry = {}


def _make_format(dialect, overrides):
    for key in overrides:
        if key not in _PARAMS:
            raise TypeError("'%s' is an invalid keyword argument for this "
                            "function" % key)
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    if isinstance(dialect, _Format) and not overrides:
        return dialect
    return _Format(dialect, overrides)


def register_dialect(name, dialect=None, **fmtparams):
    """Store the parameters of dialect, overridden by fmtparams, as name."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _registry[name] = _make_format(dialect, fmtparams)


def unregister_dialect(name):
    """Forget the dialect registered as name."""
    if name not in _registry:
        raise Error("unknown dialect")
    del _registry[name]


def get_dialect(name):
    """Return the parameters registered as name."""
    try:
        return _registry[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """Return the names of the registered dialects."""
    return list(_registry)


class Dialect:
    """Base of dialect classes: subclasses set the parameter attributes."""
    # Every parameter is unset here; _valid tells a subclass instance.
    delimiter = doublequote = escapechar = lineterminator = None
    quotechar = quoting = skipinitialspace = None
    _name, _valid = "", False

    def __init__(self):
        if type(self) is not Dialect:
            self._valid = True
        try:
            _Format(self, {})
        except TypeError as exc:
            raise Error(str(exc)) from None


class excel(Dialect):
    """Excel's CSV files: comma separated, double-quoted, CRLF lines."""
    delimiter, quotechar, lineterminator = ",", '"', "\r\n"
    doublequote, skipinitialspace, quoting = True, False, QUOTE_MINIMAL


class excel_tab(excel):
    """Excel's tab-separated files."""
    delimiter = "\t"


class unix_dialect(Dialect):
    """Files as Unix tools write them: LF lines, every field quoted."""
    delimiter, quotechar, lineterminator = ",", '"', "\n"
    doublequote, skipinitialspace, quoting = True, False, QUOTE_ALL


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)


# ---------------------------------------------------------------------------
# Reading and writing: the parser and the quoting are _csv's.

def reader(csvfile, dialect="excel", **fmtparams):
    """Return an iterator over the records (lists of str) of csvfile."""
    try:
        lines = iter(csvfile)
    except TypeError:
        raise TypeError("argument 1 must be an iterator") from None
    return _reader(lines, _make_format(dialect, fmtparams))


def writer(fileobj, dialect="excel", **fmtparams):
    """Return an object whose writerow writes records to fileobj."""
    write = getattr(fileobj, "write", None)
    if write is None:
        raise TypeError('argument 1 must have a "write" method')
    return _writer(write, _make_format(dialect, fmtparams))


# ---------------------------------------------------------------------------
# Records as dictionaries

class DictReader:
    """Reads records as OrderedDicts keyed by the header (or fieldnames)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.restkey = restkey
        self.restval = restval
        self._keys = fieldnames

    # The line count is the underlying reader's.
    line_num = property(lambda self: self.reader.line_num)

    def _get_keys(self):
        # With no fieldnames given, the first record names the fields.
        if self._keys is None:
            self._keys = next(self.reader, None)
        return self._keys

    def _set_keys(self, names):
        self._keys = names

    fieldnames = property(_get_keys, _set_keys)

    def __iter__(self):
        return self

    def __next__(self):
        keys = self.fieldnames
        record = []
        while not record:
            record = next(self.reader)
        width = len(keys)
        result = OrderedDict(zip(keys, record))
        extra = record[width:]
        if extra:
            result[self.restkey] = extra
        for key in keys[len(record):]:
            result[key] = self.restval
        return result


class DictWriter:
    """Writes mappings as records, fields in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.fieldnames = fieldnames
        self.restval = restval
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def _as_list(self, mapping):
        # The values of mapping in fieldnames order; keys outside
        # fieldnames are an error unless extrasaction is "ignore".
        strict = self.extrasaction == "raise"
        stray = mapping.keys() - self.fieldnames if strict else ()
        if stray:
            listed = ", ".join(map(repr, stray))
            raise ValueError("dict contains fields not in fieldnames: " + listed)
        fill = self.restval
        return [mapping.get(key, fill) for key in self.fieldnames]

    def writeheader(self):
        """Write a record of the field names."""
        self.writer.writerow(list(self.fieldnames))

    def writerow(self, rowdict):
        return self.writer.writerow(self._as_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._as_list, rowdicts))


# ---------------------------------------------------------------------------
# Guessing the format of a sample

_QUOTE_PATTERNS = (
    # delimiter, optional space, a quoted field, the same delimiter
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
    # a quoted field opening a line, then a delimiter
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
    # a delimiter, then a quoted field closing a line
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
    # a whole line quoted
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
)

_PREFERRED = [",", "\t", ";", " ", ":"]


def _tally(counts, key):
    counts[key] = counts.get(key, 0) + 1


def _most(counts):
    return max(counts, key=counts.get)


class Sniffer:
    """Guesses the dialect of a CSV sample and whether it has a header."""

    def __init__(self):
        self.preferred = list(_PREFERRED)

    def sniff(self, sample, delimiters=None):
        """Return a Dialect subclass describing sample."""
        quotechar, doublequote, delimiter, skip = self._by_quotes(
            sample, delimiters)
        if not delimiter:
            delimiter, skip = self._by_frequency(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")
        # The answer is a Dialect subclass, made on the spot.
        settings = dict(_name="sniffed", lineterminator="\r\n",
                        quoting=QUOTE_MINIMAL, doublequote=doublequote,
                        delimiter=delimiter, quotechar=quotechar or '"',
                        skipinitialspace=skip)
        settings["__qualname__"] = "Sniffer.sniff.<locals>.dialect"
        return type("dialect", (Dialect,), settings)

    def _by_quotes(self, data, delimiters):
        # Look for quoted fields next to delimiters; give up with
        # ("", False, None, 0) when none of the patterns occurs.
        found = []
        for pattern in _QUOTE_PATTERNS:
            found = list(re.finditer(pattern, data, re.DOTALL | re.MULTILINE))
            if found:
                break
        if not found:
            return "", False, None, 0
        quotes, delims = {}, {}
        spaced = 0
        for match in found:
            names = match.groupdict()
            if names.get("quote"):
                _tally(quotes, names["quote"])
            delim = names.get("delim")
            if delim and (delimiters is None or delim in delimiters):
                _tally(delims, delim)
            if names.get("space"):
                spaced += 1
        quotechar = _most(quotes)
        if delims:
            delim = _most(delims)
            skip = delims[delim] == spaced
            if delim == "\n":
                delim = ""
        else:
            delim, skip = "", 0
        doubled = re.compile(
            r"((%(d)s)|^)\W*%(q)s[^%(d)s\n]*%(q)s[^%(d)s\n]*%(q)s\W*((%(d)s)|$)"
            % {"d": re.escape(delim), "q": quotechar}, re.MULTILINE)
        return quotechar, bool(doubled.search(data)), delim, skip

    def _by_frequency(self, data, delimiters):
        # Choose the character whose count per line is the most constant,
        # looking at ten lines more each round.
        lines = [line for line in data.split("\n") if line]
        step = min(10, len(lines))
        chosen = {}
        seen = 0
        start = 0
        histograms = {}
        while start < len(lines):
            seen += 1
            for line in lines[start:start + step]:
                for code in range(127):
                    ch = chr(code)
                    hist = histograms.setdefault(ch, {})
                    _tally(hist, line.count(ch))
            modes = {}
            for ch, hist in histograms.items():
                pairs = list(hist.items())
                if len(pairs) == 1 and pairs[0][0] == 0:
                    continue
                best = max(pairs, key=lambda pair: pair[1])
                others = sum(n for count, n in pairs if (count, n) != best)
                modes[ch] = (best[0], best[1] - others)
            total = float(min(step * seen, len(lines)))
            bar = 1.0
            while not chosen and bar >= 0.9:
                for ch, (count, lines_with) in modes.items():
                    if count > 0 and lines_with > 0:
                        if (lines_with / total >= bar and
                                (delimiters is None or ch in delimiters)):
                            chosen[ch] = (count, lines_with)
                bar -= 0.01
            if len(chosen) == 1:
                delim = list(chosen)[0]
                return delim, self._spaced(lines[0], delim)
            start += step
        if not chosen:
            return "", 0
        for delim in self.preferred:
            if delim in chosen:
                return delim, self._spaced(lines[0], delim)
        ranked = sorted((mode, ch) for ch, mode in chosen.items())
        delim = ranked[-1][1]
        return delim, self._spaced(lines[0], delim)

    @staticmethod
    def _spaced(line, delim):
        return line.count(delim) == line.count(delim + " ")

    def has_header(self, sample):
        """Guess whether the first row of sample is a header."""
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        kinds = dict.fromkeys(range(len(header)))
        for number, row in enumerate(rows):
            if number >= 20:
                break
            if len(row) != len(header):
                continue
            for col in list(kinds):
                kind = _cell_kind(row[col])
                if kinds[col] is None:
                    kinds[col] = kind
                elif kind != kinds[col]:
                    del kinds[col]
        return sum(_vote(header[col], kind) for col, kind in kinds.items()) > 0


def _vote(cell, kind):
    # +1 when a header cell does not look like its column's data.
    if isinstance(kind, int):
        return 1 if len(cell) != kind else -1
    try:
        kind(cell)
    except (ValueError, TypeError):
        return 1
    return -1


def _cell_kind(text):
    # The first of int, float, complex that parses text, else its length.
    for kind in (int, float, complex):
        try:
            kind(text)
        except (ValueError, OverflowError):
            continue
        return kind
    return len(text)
