"""Mailcap files (RFC 1524): which command views, edits or prints data of
a MIME type. getcaps() reads the mailcap files, findmatch() picks the
command for a type and substitutes %s (file), %t (type) and %{param}."""

import os
import warnings

__all__ = ["getcaps", "findmatch"]


def lineno_sort_key(entry):
    # Entries read from files come in file order, others after them.
    return (0, entry['lineno']) if 'lineno' in entry else (1, 0)


def getcaps():
    """{MIME type: [entry dict, ...]} from every mailcap file there is."""
    caps = {}
    lineno = 0
    for name in listmailcapfiles():
        try:
            fp = open(name, 'r')
        except OSError:
            continue
        with fp:
            found, lineno = _readmailcapfile(fp, lineno)
        for key, entries in found.items():
            caps[key] = caps.get(key, []) + entries
    return caps


def listmailcapfiles():
    """The mailcap files to read: $MAILCAPS, else the usual places."""
    if 'MAILCAPS' in os.environ:
        return os.environ['MAILCAPS'].split(os.pathsep)
    home = os.environ.get('HOME', '.')
    return [home + '/.mailcap', '/etc/mailcap', '/usr/etc/mailcap',
            '/usr/local/etc/mailcap']


def readmailcapfile(fp):
    """Deprecated: the entries of one open mailcap file."""
    warnings.warn('readmailcapfile is deprecated, use getcaps instead',
                  DeprecationWarning, 2)
    return _readmailcapfile(fp, None)[0]


def _readmailcapfile(fp, lineno):
    # The entries of fp and the next line number (numbering entries when
    # lineno is not None).
    caps = {}
    while True:
        line = fp.readline()
        if not line:
            return caps, lineno
        if line.startswith('#') or not line.strip():
            continue
        while line.endswith('\\\n'):
            more = fp.readline() or '\n'
            line = line[:-2] + more
        key, fields = parseline(line)
        if not key or not fields:
            continue
        if lineno is not None:
            fields['lineno'] = lineno
            lineno += 1
        key = '/'.join(part.strip() for part in key.split('/')).lower()
        caps.setdefault(key, []).append(fields)


def parseline(line):
    """(type, {'view': command, field: value, ...}) of one entry line, or
    (None, None) when it has fewer than two fields."""
    parts = []
    i, n = 0, len(line)
    while i < n:
        part, i = parsefield(line, i, n)
        parts.append(part)
        i += 1
    if len(parts) < 2:
        return None, None
    fields = {'view': parts[1]}
    for part in parts[2:]:
        name, eq, value = part.partition('=')
        if eq:
            name, value = name.strip(), value.strip()
        fields.setdefault(name, value)
    return parts[0], fields


def parsefield(line, i, n):
    """The field of line starting at i (up to an unescaped ';'), stripped,
    and the index where it ends."""
    start = i
    while i < n and line[i] != ';':
        i += 2 if line[i] == '\\' else 1
    return line[start:i].strip(), i


def findmatch(caps, MIMEtype, key='view', filename="/dev/null", plist=[]):
    """(command, entry) of the first entry for MIMEtype that has key and
    whose test command (if any) succeeds; (None, None) when none does."""
    for entry in lookup(caps, MIMEtype, key):
        if 'test' in entry:
            test = subst(entry['test'], filename, plist)
            if test and os.system(test) != 0:
                continue
        return subst(entry[key], MIMEtype, filename, plist), entry
    return None, None


def lookup(caps, MIMEtype, key=None):
    """The entries for MIMEtype, then for its major type's wildcard, in
    file order; only those that have key when given."""
    entries = list(caps.get(MIMEtype, []))
    entries += caps.get(MIMEtype.split('/')[0] + '/*', [])
    if key is not None:
        entries = [e for e in entries if key in e]
    return sorted(entries, key=lineno_sort_key)


def subst(field, MIMEtype, filename, plist=[]):
    """field with %s, %t, %{name} and %% replaced and \\ escapes undone."""
    out = []
    i, n = 0, len(field)
    while i < n:
        c = field[i]
        i += 1
        if c == '\\':
            out.append(field[i:i + 1])
            i += 1
        elif c != '%':
            out.append(c)
        else:
            code = field[i]
            i += 1
            if code == '{':
                close = field.find('}', i)
                close = n if close < 0 else close
                out.append(findparam(field[i:close], plist))
                i = close + 1
            else:
                out.append({'%': '%', 's': filename, 't': MIMEtype}.get(code, '%' + code))
    return ''.join(out)


def findparam(name, plist):
    """The value of the parameter name (case-insensitive) in plist, a
    list of 'name=value' strings; '' when absent."""
    prefix = name.lower() + '='
    for p in plist:
        if p[:len(prefix)].lower() == prefix:
            return p[len(prefix):]
    return ''


def show(caps):
    """Print the mailcap files and the entries of caps."""
    print("Mailcap files:")
    for name in listmailcapfiles():
        print("\t" + name)
    print()
    if not caps:
        caps = getcaps()
    print("Mailcap entries:")
    print()
    for mimetype in sorted(caps):
        print(mimetype)
        for entry in caps[mimetype]:
            for field in sorted(entry):
                print("  %-15s" % field, entry[field])
            print()


def test():
    """python -m mailcap [TYPE FILE]...: run the viewer of each file."""
    import sys
    caps = getcaps()
    args = sys.argv[1:]
    if not args:
        show(caps)
        return
    for i in range(0, len(args), 2):
        pair = args[i:i + 2]
        if len(pair) < 2:
            print("usage: mailcap [MIMEtype file] ...")
            return
        command, entry = findmatch(caps, pair[0], filename=pair[1])
        if not command:
            print("No viewer found for", pair[0])
        else:
            print("Executing:", command)
            status = os.system(command)
            if status:
                print("Exit status:", status)


if __name__ == '__main__':
    test()
