"""Read and write mailboxes: Maildir directories and mbox files.

A mailbox is a mapping from keys to messages: add() stores a message (an
email.message.Message, a str of ASCII text, bytes, or a binary file) and
gives its key; mailbox[key] and get_message(key) give it back as an
instance of the mailbox's Message class (MaildirMessage, mboxMessage),
which keeps the format's own state (flags, subdirectory, "From " line);
remove(key), iteration, len() and the other dict methods work as on a
dict.  Messages of one format convert to the other's class, flags
translated.

Maildir changes happen at once, each message in its own file.  An mbox
is rewritten by flush() (called by close()); lock() takes an fcntl lock
and a dot-lock file (NAME.lock) so that mail delivery and other mail
programs keep off meanwhile.

This implementation has no MH, Babyl or MMDF mailboxes.
"""

import calendar
import contextlib
import copy
import email
import email.generator
import email.message
import errno
import io
import os
import socket
import time
import warnings

try:
    import fcntl as _fcntl
except ImportError:     # without fcntl, locking is by dot-lock file only
    _fcntl = None

__all__ = ['Mailbox', 'Maildir', 'mbox', 'MMDF', 'MH', 'Babyl', 'Message', 'MaildirMessage',
           'mboxMessage', 'MHMessage', 'BabylMessage', 'MMDFMessage', 'Error', 'NoSuchMailboxError', 'NotEmptyError',
           'ExternalClashError', 'FormatError']

linesep = os.linesep.encode('ascii')


class Error(Exception):
    """Raised for mailbox-specific errors."""


class NoSuchMailboxError(Error):
    """The mailbox does not exist (and was not to be created)."""


class NotEmptyError(Error):
    """The mailbox (a folder) still holds messages."""


class ExternalClashError(Error):
    """Another program got in the way (a name or a lock was taken)."""


class FormatError(Error):
    """A file's contents do not follow the mailbox format."""


def _ascii_bytes(text):
    try:
        return text.encode('ascii')
    except UnicodeError:
        raise ValueError("String input must be ASCII-only; "
                         "use bytes or a Message instead") from None


_MISSING = object()


def _subclass_defines(self, *args, **kwargs):
    raise NotImplementedError('Method must be implemented by subclass')


class Mailbox:
    """What every kind of mailbox does; subclasses store the messages."""

    def __init__(self, path, factory=None, create=True):
        self._path = os.path.abspath(os.path.expanduser(path))
        self._factory = factory

    # The storage primitives, which each format defines: add, remove,
    # __setitem__, get_message, get_bytes, get_file, iterkeys,
    # __contains__, __len__, flush, lock, unlock, close.
    add = remove = __setitem__ = _subclass_defines
    get_message = get_bytes = get_file = _subclass_defines
    iterkeys = __contains__ = __len__ = _subclass_defines
    flush = lock = unlock = close = _subclass_defines

    # The mapping built on them.
    def discard(self, key):
        """Delete the message with key, if there is one."""
        if key in self:
            self.remove(key)

    def __delitem__(self, key):
        self.remove(key)

    def __getitem__(self, key):
        if self._factory is not None:
            with contextlib.closing(self.get_file(key)) as f:
                return self._factory(f)
        return self.get_message(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def get_string(self, key):
        """The message with key as text (its bytes read as ASCII, others
        replaced)."""
        return email.message_from_bytes(self.get_bytes(key)).as_string()

    def _present(self):
        # (key, message) for each message still there as we go.
        for key in self.iterkeys():
            found = self.get(key, _MISSING)
            if found is not _MISSING:
                yield key, found

    def keys(self):
        return list(self.iterkeys())

    def itervalues(self):
        return (message for key, message in self._present())

    def iteritems(self):
        return self._present()

    __iter__ = itervalues

    def values(self):
        return [message for key, message in self._present()]

    def items(self):
        return list(self._present())

    def clear(self):
        """Delete every message."""
        for key in self.keys():
            self.discard(key)

    def pop(self, key, default=None):
        """Remove the message with key and return it (default when there
        is none)."""
        found = self.get(key, _MISSING)
        if found is _MISSING:
            return default
        self.discard(key)
        return found

    def popitem(self):
        """Remove some message; return (key, message)."""
        keys = self.keys()
        if not keys:
            raise KeyError('No messages in mailbox')
        return keys[0], self.pop(keys[0])

    def update(self, arg=None):
        """Store each (key, message) of a mapping or pairs over the
        messages with those keys."""
        if arg is None:
            return
        pairs = arg.items() if hasattr(arg, 'items') else arg
        unknown = []
        for key, message in pairs:
            if key in self:
                self[key] = message
            else:
                unknown.append(key)
        if unknown:
            raise KeyError('No message with key(s)')

    def _message_bytes(self, message, mangle_from=False):
        # The message's bytes as stored: lines ending in the platform's
        # separator; with mangle_from, body lines starting "From " get a
        # '>' (mbox's escaping).
        if isinstance(message, email.message.Message):
            # headers as they are: no refolding
            out = io.BytesIO()
            email.generator.BytesGenerator(out, False, 0).flatten(message)
            data = out.getvalue()
            if data.startswith(b'From ') and message.get_unixfrom():
                data = data.split(b'\n', 1)[1] if b'\n' in data else b''
            if mangle_from:
                head, sep, body = data.partition(b'\n\n')
                data = head + sep + _mangle(body, at_start=True)
            return data.replace(b'\n', linesep)
        if isinstance(message, str):
            message = _ascii_bytes(message)
        elif hasattr(message, 'read'):
            if isinstance(message, io.StringIO):
                warnings.warn("Use of StringIO input is deprecated, "
                              "use BytesIO instead", DeprecationWarning, 4)
            elif hasattr(message, 'buffer'):
                warnings.warn("Use of text mode files is deprecated, "
                              "use a binary mode file instead",
                              DeprecationWarning, 4)
            message = message.read()
            if isinstance(message, str):
                message = _ascii_bytes(message)
        elif isinstance(message, (bytes, bytearray)):
            message = bytes(message)
        else:
            raise TypeError('Invalid message type: %s' % type(message))
        if mangle_from:
            message = message.replace(b'\nFrom ', b'\n>From ')
        return message.replace(b'\n', linesep)


def _dump_message(self, message, target, mangle_from_=False):
    """Write message's bytes as the mailbox stores them to target."""
    target.write(self._message_bytes(message, mangle_from_))


Mailbox._dump_message = _dump_message
del _dump_message


def _mangle(body, at_start):
    if at_start and body.startswith(b'From '):
        body = b'>' + body
    return body.replace(b'\nFrom ', b'\n>From ')


# -- Maildir -----------------------------------------------------------------

class Maildir(Mailbox):
    """A Maildir directory: tmp/, new/ and cur/, one file per message.

    Keys are the unique part of the file names; a message's flags live in
    its name after the colon (":2,FRS")."""

    colon = ':'
    _count = 1

    def __init__(self, dirname, factory=None, create=True):
        Mailbox.__init__(self, dirname, factory, create)
        self._paths = {part: os.path.join(self._path, part)
                       for part in ('tmp', 'new', 'cur')}
        if not os.path.exists(self._path):
            if not create:
                raise NoSuchMailboxError(self._path)
            os.mkdir(self._path, 0o700)
            for part in ('tmp', 'new', 'cur'):
                os.mkdir(self._paths[part], 0o700)
        self._toc = {}

    def _unique_name(self):
        stamp = time.time()
        host = socket.gethostname().replace('/', r'\057').replace(':', r'\072')
        name = "%d.M%dP%dQ%d.%s" % (int(stamp), int(stamp % 1 * 1e6),
                                     os.getpid(), Maildir._count, host)
        Maildir._count += 1
        return name

    def _create_tmp(self):
        path = os.path.join(self._paths['tmp'], self._unique_name())
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            raise ExternalClashError('Name clash prevented file creation: %s'
                                     % path) from None
        try:
            # a binary file open for reading and writing, named by its path
            return open(path, 'rb+')
        finally:
            os.close(fd)

    def add(self, message):
        """Store message in new/ (or where a MaildirMessage says); return
        its key."""
        f = self._create_tmp()
        tmp_path = f.name
        try:
            with f:
                f.write(self._message_bytes(message))
        except BaseException:
            os.remove(tmp_path)
            raise
        key = os.path.basename(tmp_path)
        subdir, suffix = 'new', ''
        if isinstance(message, MaildirMessage):
            subdir = message.get_subdir()
            if message.get_info():
                suffix = self.colon + message.get_info()
        target = os.path.join(self._path, subdir, key + suffix)
        if isinstance(message, MaildirMessage):
            os.utime(tmp_path, (os.path.getatime(tmp_path), message.get_date()))
        try:
            os.link(tmp_path, target)
        except (AttributeError, PermissionError):
            os.rename(tmp_path, target)
        except FileExistsError:
            os.remove(tmp_path)
            raise ExternalClashError('Name clash with existing message: %s'
                                     % target) from None
        else:
            os.remove(tmp_path)
        self._toc[key] = os.path.join(subdir, key + suffix)
        return key

    def remove(self, key):
        os.remove(os.path.join(self._path, self._lookup(key)))

    def discard(self, key):
        with contextlib.suppress(KeyError, FileNotFoundError):
            self.remove(key)

    def __setitem__(self, key, message):
        old = self._lookup(key)
        new_key = self.add(message)
        new = self._lookup(new_key)
        # A MaildirMessage brings its own place and flags; anything else
        # keeps the old message's.
        ruling = new if isinstance(message, MaildirMessage) else old
        subdir = os.path.dirname(ruling)
        name = os.path.basename(ruling)
        suffix = self.colon + name.split(self.colon)[-1] if self.colon in name else ''
        self.discard(key)
        target = os.path.join(self._path, subdir, key + suffix)
        if isinstance(message, MaildirMessage):
            os.utime(os.path.join(self._path, new),
                     (os.path.getatime(os.path.join(self._path, new)),
                      message.get_date()))
        os.rename(os.path.join(self._path, new), target)
        del self._toc[new_key]
        self._toc[key] = os.path.join(subdir, key + suffix)

    def get_message(self, key):
        where = self._lookup(key)
        full = os.path.join(self._path, where)
        with open(full, 'rb') as f:
            message = (self._factory or MaildirMessage)(f)
        subdir, name = os.path.split(where)
        info = name.split(self.colon)[-1] if self.colon in name else None
        message.set_subdir(subdir)
        if info is not None:
            message.set_info(info)
        message.set_date(os.path.getmtime(full))
        return message

    def get_bytes(self, key):
        with open(os.path.join(self._path, self._lookup(key)), 'rb') as f:
            return f.read().replace(linesep, b'\n')

    def next(self):
        """The next message of a one-time walk over the mailbox (None at
        the end); messages removed meanwhile are skipped."""
        if not hasattr(self, '_onetime_keys'):
            self._onetime_keys = self.iterkeys()
        for key in self._onetime_keys:
            if key in self:
                return self[key]
        return None

    def get_file(self, key):
        return open(os.path.join(self._path, self._lookup(key)), 'rb')

    def iterkeys(self):
        self._refresh()
        present = [key for key in self._toc
                   if os.path.exists(os.path.join(self._path, self._toc[key]))]
        return iter(present)

    def _current(self):
        self._refresh()
        return self._toc

    def __len__(self):
        return len(self._current())

    def __contains__(self, key):
        return key in self._current()

    def flush(self):
        """Nothing to do: changes are on disk already."""

    def lock(self):
        """Nothing to do: a Maildir needs no lock."""

    def unlock(self):
        """Nothing to do: a Maildir needs no lock."""

    def close(self):
        """Nothing to do."""

    def list_folders(self):
        """The names of the folders (subdirectories named '.NAME')."""
        return [entry[1:] for entry in os.listdir(self._path)
                if len(entry) > 1 and entry[0] == '.'
                and os.path.isdir(os.path.join(self._path, entry))]

    def get_folder(self, folder):
        """The folder as a Maildir (NoSuchMailboxError when missing)."""
        return Maildir(os.path.join(self._path, '.' + folder),
                       factory=self._factory, create=False)

    def add_folder(self, folder):
        """Create the folder (if needed); return it as a Maildir."""
        path = os.path.join(self._path, '.' + folder)
        made = Maildir(path, factory=self._factory)
        marker = os.path.join(path, 'maildirfolder')
        if not os.path.exists(marker):
            os.close(os.open(marker, os.O_CREAT | os.O_WRONLY, 0o666))
        return made

    def remove_folder(self, folder):
        """Delete the folder; NotEmptyError while it holds anything."""
        path = os.path.join(self._path, '.' + folder)
        for part in ('new', 'cur'):
            if any(not e.startswith('.') for e in os.listdir(os.path.join(path, part))):
                raise NotEmptyError('Folder contains message(s): %s' % folder)
        for entry in os.listdir(path):
            if entry not in ('new', 'cur', 'tmp', 'maildirfolder') and \
                    os.path.isdir(os.path.join(path, entry)):
                raise NotEmptyError("Folder contains subdirectory '%s': %s"
                                    % (folder, entry))
        import shutil
        shutil.rmtree(path)

    def clean(self):
        """Delete files left in tmp/ for more than 36 hours."""
        limit = time.time() - 129600
        for entry in os.listdir(self._paths['tmp']):
            path = os.path.join(self._paths['tmp'], entry)
            if os.path.getatime(path) < limit:
                os.remove(path)

    def _refresh(self):
        toc = {}
        for part in ('new', 'cur'):
            for entry in os.listdir(self._paths[part]):
                if os.path.isdir(os.path.join(self._paths[part], entry)):
                    continue
                toc[entry.split(self.colon)[0]] = os.path.join(part, entry)
        self._toc = toc

    def _lookup(self, key):
        where = self._toc.get(key)
        if where is not None and os.path.exists(os.path.join(self._path, where)):
            return where
        self._refresh()
        where = self._toc.get(key)
        if where is None:
            raise KeyError('No message with key: %s' % key)
        return where


# -- mbox ----------------------------------------------------------------------

class mbox(Mailbox):
    """An mbox file: messages one after another, each introduced by a
    "From " line; body lines that would start with "From " are stored as
    ">From ".  Changes other than additions are written by flush()."""

    _message_class = None

    def __init__(self, path, factory=None, create=True):
        Mailbox.__init__(self, path, factory, create)
        try:
            self._file = open(self._path, 'rb+')
        except FileNotFoundError:
            if not create:
                raise NoSuchMailboxError(self._path) from None
            self._file = open(self._path, 'wb+')
        except PermissionError:
            self._file = open(self._path, 'rb')
        self._toc = None
        self._next_key = 0
        self._pending = False
        self._pending_sync = False
        self._locked = False
        self._file_length = None

    def _lines(self):
        # The file's size, and (offset, offset after, line) for each of
        # its lines.
        self._file.seek(0)
        data = self._file.read()

        def walk():
            pos = 0
            while pos < len(data):
                end = data.find(b'\n', pos)
                end = len(data) if end < 0 else end + 1
                yield pos, end, data[pos:end]
                pos = end
        return len(data), walk()

    def _set_toc(self, bounds, size):
        self._toc = {i: tuple(b) for i, b in enumerate(bounds)}
        self._next_key = len(bounds)
        self._file_length = size

    def _scan(self):
        # Find where each message starts (its "From " line) and ends (before
        # the blank line that separates it from the next).
        size, lines = self._lines()
        bounds = []
        blank_before = False
        for pos, end, line in lines:
            if line.startswith(b'From '):
                if bounds:
                    bounds[-1][1] = pos - len(linesep) if blank_before else pos
                bounds.append([pos, None])
            blank_before = line == linesep
        if bounds:
            bounds[-1][1] = size - len(linesep) if blank_before else size
        self._set_toc(bounds, size)

    def _lookup(self, key=None):
        if self._toc is None:
            self._scan()
        if key is not None:
            if key not in self._toc:
                raise KeyError('No message with key: %s' % key)
            return self._toc[key]

    def _check_readonly(self):
        if self._file.mode == 'rb':
            raise OSError(errno.EACCES, 'mailbox is read-only')

    def add(self, message):
        """Append message; return its key."""
        self._lookup()
        self._check_readonly()
        where = self._append(message)
        key = self._next_key
        self._toc[key] = where
        self._next_key += 1
        self._pending_sync = True
        return key

    def _from_line(self, message):
        if isinstance(message, _mboxMMDFMessage):
            return 'From ' + message.get_from()
        if isinstance(message, email.message.Message):
            unixfrom = message.get_unixfrom()
            if unixfrom is not None and unixfrom.startswith('From '):
                return unixfrom
        return None

    def _stored_form(self, message):
        # (the "From " line, the message's bytes with From-quoting): the
        # line from the message, else its first line if that is one,
        # else a MAILER-DAEMON line dated now.
        from_line = self._from_line(message)
        data = self._message_bytes(message, mangle_from=True)
        if from_line is None and data.startswith(b'From '):
            first, _, data = data.partition(linesep)
            from_line = first.decode('latin-1')
        if from_line is None:
            from_line = 'From MAILER-DAEMON ' + time.asctime(time.gmtime())
        return from_line, data

    def _append(self, message):
        # Write message at the end of the file; give its (start, stop).
        from_line, data = self._stored_form(message)
        self._file.seek(0, 2)
        start = self._file.tell()
        if start > 0:
            # a message ends with a blank line before the next "From "
            self._file.seek(start - 1)
            if self._file.read(1) != b'\n':
                self._file.write(linesep)
            self._file.seek(0, 2)
            start = self._file.tell()
        self._file.write(from_line.encode('latin-1') + linesep)
        self._file.write(data)
        if not data.endswith(linesep):
            self._file.write(linesep)
        stop = self._file.tell()
        self._file.write(linesep)
        self._file.flush()  # an added message is in the file at once
        self._file_length = self._file.tell()
        return start, stop

    def remove(self, key):
        self._lookup(key)
        self._pending = True
        del self._toc[key]

    def __setitem__(self, key, message):
        self._lookup(key)
        self._toc[key] = self._append(message)
        self._pending = True

    def _raw(self, key):
        start, stop = self._lookup(key)
        self._file.seek(start)
        return self._file.read(stop - start)

    def get_message(self, key):
        raw = self._raw(key)
        from_line, _, rest = raw.partition(b'\n')
        message = (self._message_class or mboxMessage)(rest.replace(linesep, b'\n'))
        message.set_from(from_line[5:].decode('ascii', 'replace').rstrip('\r'))
        return message

    def get_bytes(self, key, from_=False):
        raw = self._raw(key)
        if not from_:
            raw = raw.partition(b'\n')[2]
        return raw.replace(linesep, b'\n')

    def get_string(self, key, from_=False):
        parsed = email.message_from_bytes(self.get_bytes(key, from_))
        return parsed.as_string(unixfrom=from_)

    def get_file(self, key, from_=False):
        import io
        return io.BytesIO(self.get_bytes(key, from_).replace(b'\n', linesep))

    def iterkeys(self):
        self._lookup()
        yield from list(self._toc)

    def _current(self):
        self._lookup()
        return self._toc

    def __len__(self):
        return len(self._current())

    def __contains__(self, key):
        return key in self._current()

    def lock(self):
        """Take the mailbox's locks (fcntl and NAME.lock)."""
        if self._locked:
            return
        _lock_file(self._file)
        self._locked = True

    def unlock(self):
        """Release the locks lock() took."""
        was_locked, self._locked = self._locked, False
        if was_locked:
            _unlock_file(self._file)

    def flush(self):
        """Write pending changes (removals, replacements) to the file."""
        if not self._pending:
            if self._pending_sync:
                self._file.flush()
                self._pending_sync = False
            return
        self._file.seek(0, 2)
        if self._file.tell() != self._file_length:
            raise ExternalClashError('Size of mailbox file changed '
                                     '(expected %i, found %i)' %
                                     (self._file_length, self._file.tell()))
        chunks = []
        for key in sorted(self._toc):
            start, stop = self._toc[key]
            self._file.seek(start)
            chunks.append((key, self._file.read(stop - start)))
        self._file.seek(0)
        self._file.truncate()
        self._pre_mailbox_hook(self._file)
        toc = {}
        for key, chunk in chunks:
            self._pre_message_hook(self._file)
            start = self._file.tell()
            self._file.write(chunk)
            toc[key] = (start, self._file.tell())
            self._post_message_hook(self._file)
        self._file.flush()
        self._toc = toc
        self._file_length = self._file.tell()
        self._pending = self._pending_sync = False

    def close(self):
        """Flush, unlock and close the file."""
        with contextlib.ExitStack() as cleanup:
            cleanup.callback(self._file.close)
            cleanup.callback(self.unlock)
            self.flush()

    def _pre_mailbox_hook(self, f):
        # What starts the file.
        pass

    def _pre_message_hook(self, f):
        # What goes before each message in the file.
        pass

    def _post_message_hook(self, f):
        # What goes after each message: the blank line before the next.
        f.write(linesep)


_MMDF_SEP = b'\001\001\001\001' + linesep


class MMDF(mbox):
    """An MMDF file: each message (its "From " line included) between
    two lines of four ^A characters."""

    def _scan(self):
        # Each message runs from the line after an opening separator to
        # the line end before the closing one (or the end of the file).
        size, lines = self._lines()
        bounds = []
        inside = None
        for pos, end, line in lines:
            if inside is None:
                if line.startswith(_MMDF_SEP):
                    inside = end
            elif line == _MMDF_SEP:
                bounds.append((inside, pos - len(linesep)))
                inside = None
        if inside is not None:
            bounds.append((inside, size))
        self._set_toc(bounds, size)

    def _append(self, message):
        from_line, data = self._stored_form(message)
        self._file.seek(0, 2)
        self._pre_message_hook(self._file)
        start = self._file.tell()
        self._file.write(from_line.encode('latin-1') + linesep)
        self._file.write(data)
        stop = self._file.tell()
        self._post_message_hook(self._file)
        self._file.flush()
        self._file_length = self._file.tell()
        return start, stop

    def _pre_message_hook(self, f):
        f.write(_MMDF_SEP)

    def _post_message_hook(self, f):
        f.write(linesep + _MMDF_SEP)


_EOOH = b'*** EOOH ***' + linesep


def _head_and_body(data):
    # (header lines with the blank line after them, the rest) of message
    # bytes; (None, data) when there is no blank line.
    cut = data.find(b'\n\n')
    if cut < 0:
        return None, data
    return data[:cut + 2], data[cut + 2:]


class Babyl(mbox):
    """A Babyl file (Emacs Rmail): an options block, then each message
    with its labels, its original headers, the headers shown to the
    reader and its body, messages separated by ^_ and ^L lines."""

    _special_labels = frozenset({'unseen', 'deleted', 'filed', 'answered',
                                 'forwarded', 'edited', 'resent'})

    def __init__(self, path, factory=None, create=True):
        mbox.__init__(self, path, factory, create)
        self._labels = {}

    def add(self, message):
        key = mbox.add(self, message)
        if isinstance(message, BabylMessage):
            self._labels[key] = message.get_labels()
        return key

    def remove(self, key):
        mbox.remove(self, key)
        self._labels.pop(key, None)

    def __setitem__(self, key, message):
        mbox.__setitem__(self, key, message)
        if isinstance(message, BabylMessage):
            self._labels[key] = message.get_labels()

    def _scan(self):
        # A message starts after a ^_^L line (the labels are on its
        # first line) and ends before the next ^_ line.
        size, lines = self._lines()
        starts, stops, labels = [], [], []
        label_line = False
        for pos, end, line in lines:
            if label_line:
                labels.append([l.strip() for l in line[1:].split(b',')
                               if l.strip()])
                label_line = False
            if line in (b'\037\014' + linesep, b'\037', b'\037' + linesep):
                if len(stops) < len(starts):
                    stops.append(pos - len(linesep))
                if line == b'\037\014' + linesep:
                    starts.append(end)
                    label_line = True
        if label_line:
            labels.append([])
        stops.append(size - len(linesep))
        self._set_toc(list(zip(starts, stops)), size)
        self._labels = dict(enumerate(labels))

    def _sections(self, key):
        # (original headers, visible headers, body) of a stored message.
        start, stop = self._lookup(key)
        self._file.seek(start)
        self._file.readline()
        parts = [[], []]
        for part, end in ((0, _EOOH), (1, linesep)):
            while True:
                line = self._file.readline()
                if line == end or not line:
                    break
                parts[part].append(line.replace(linesep, b'\n'))
        body = self._file.read(stop - self._file.tell())
        return (b''.join(parts[0]), b''.join(parts[1]),
                body.replace(linesep, b'\n'))

    def get_message(self, key):
        original, visible, body = self._sections(key)
        message = BabylMessage(original + body)
        message.set_visible(visible)
        if key in self._labels:
            message.set_labels(self._labels[key])
        return message

    def get_bytes(self, key):
        original, _, body = self._sections(key)
        return original + body

    def get_string(self, key):
        return Mailbox.get_string(self, key)

    def get_file(self, key):
        return io.BytesIO(self.get_bytes(key).replace(b'\n', linesep))

    def get_labels(self):
        """The labels of the messages, other than Babyl's own."""
        self._lookup()
        found = set()
        for names in self._labels.values():
            found.update(names)
        return list(found - self._special_labels)

    def _pre_mailbox_hook(self, f):
        names = b','.join(label.encode() for label in self.get_labels())
        f.write(b'BABYL OPTIONS:' + linesep + b'Version: 5' + linesep +
                b'Labels:' + names + linesep + b'\037')

    def _pre_message_hook(self, f):
        f.write(b'\014' + linesep)

    def _post_message_hook(self, f):
        f.write(linesep + b'\037')

    def _append(self, message):
        f = self._file
        f.seek(0, 2)
        size = f.tell()
        first = not self._toc and not self._pending
        try:
            if first:
                self._pre_mailbox_hook(f)
            self._pre_message_hook(f)
            where = [f.tell()]
            self._write_message(message)
            where.append(f.tell())
            self._post_message_hook(f)
        except BaseException:
            f.truncate(size)     # leave the file as it was
            raise
        f.flush()
        self._file_length = f.tell()
        return tuple(where)

    def _write_message(self, message):
        # The labels line, the original headers, the visible headers and
        # the body.
        if isinstance(message, BabylMessage):
            names = message.get_labels()
            line = b'1' + b''.join(b', ' + n.encode() for n in names
                                   if n in self._special_labels)
            line += b',,' + b''.join(b' ' + n.encode() + b','
                                     for n in names
                                     if n not in self._special_labels)
        else:
            line = b'1,,'
        data = self._message_bytes(message).replace(linesep, b'\n')
        head, body = _head_and_body(data)
        out = [line + b'\n']
        if head is None:
            out += [_EOOH.replace(linesep, b'\n'), b'\n', body]
        else:
            # CPython 3.6 writes no visible headers for a BabylMessage
            # (it reads its buffer from the end), so neither do we.
            shown = b'' if isinstance(message, BabylMessage) else head
            out += [head, _EOOH.replace(linesep, b'\n'), shown, body]
        self._file.write(b''.join(out).replace(b'\n', linesep))


class MH(Mailbox):
    """An MH mailbox: a directory with one file per message, named by its
    number, and the sequences (named sets of numbers) in .mh_sequences."""

    def __init__(self, path, factory=None, create=True):
        Mailbox.__init__(self, path, factory, create)
        if not os.path.exists(self._path):
            if not create:
                raise NoSuchMailboxError(self._path)
            os.mkdir(self._path, 0o700)
            os.close(os.open(self._sequences_path(),
                             os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        self._locked = False

    def _sequences_path(self):
        return os.path.join(self._path, '.mh_sequences')

    def _message_path(self, key):
        return os.path.join(self._path, str(key))

    def _open(self, key, mode='rb'):
        try:
            return open(self._message_path(key), mode)
        except FileNotFoundError:
            raise KeyError('No message with key: %s' % key) from None

    def _write(self, f, key, message):
        # The message's bytes into f, its sequences recorded.
        with self._holding(f):
            f.write(self._message_bytes(message))
            if isinstance(message, MHMessage):
                self._record_sequences(message, key)

    @contextlib.contextmanager
    def _holding(self, f):
        # f locked for the block when the mailbox is locked.
        locked = self._locked
        if locked:
            _lock_file(f)
        try:
            yield f
        finally:
            if locked:
                _unlock_file(f)

    def add(self, message):
        """Store message under the next number; return the number."""
        keys = self.keys()
        key = max(keys) + 1 if keys else 1
        path = self._message_path(key)
        f = open(path, 'xb')
        try:
            self._write(f, key, message)
        except BaseException:
            f.close()
            os.remove(path)
            raise
        f.close()
        return key

    def remove(self, key):
        self._open(key, 'rb+').close()
        os.remove(self._message_path(key))

    def __setitem__(self, key, message):
        with self._open(key, 'rb+') as f:
            f.truncate(0)
            self._write(f, key, message)

    def _read(self, key):
        with self._open(key, 'rb+' if self._locked else 'rb') as f:
            with self._holding(f):
                return f.read()

    def get_message(self, key):
        message = MHMessage(self._read(key))
        for name, keys in self.get_sequences().items():
            if key in keys:
                message.add_sequence(name)
        return message

    def get_bytes(self, key):
        return self._read(key).replace(linesep, b'\n')

    def get_file(self, key):
        return _ProxyFile(self._open(key))

    def iterkeys(self):
        return iter(sorted(int(name) for name in os.listdir(self._path)
                           if name.isdigit()))

    def __contains__(self, key):
        return os.path.exists(self._message_path(key))

    def __len__(self):
        return len(list(self.iterkeys()))

    def lock(self):
        """Lock the mailbox (through its .mh_sequences file)."""
        if not self._locked:
            self._file = open(self._sequences_path(), 'rb+')
            _lock_file(self._file)
            self._locked = True

    def unlock(self):
        if self._locked:
            _unlock_file(self._file)
            self._file.close()
            del self._file
            self._locked = False

    def flush(self):
        """Nothing to do: changes are written at once."""

    def close(self):
        self.unlock()

    def list_folders(self):
        return [name for name in os.listdir(self._path)
                if os.path.isdir(os.path.join(self._path, name))]

    def get_folder(self, folder):
        return MH(os.path.join(self._path, folder), factory=self._factory,
                  create=False)

    def add_folder(self, folder):
        return MH(os.path.join(self._path, folder), factory=self._factory)

    def remove_folder(self, folder):
        """Delete an empty folder."""
        path = os.path.join(self._path, folder)
        entries = os.listdir(path)
        if entries == ['.mh_sequences']:
            os.remove(os.path.join(path, '.mh_sequences'))
        elif entries:
            raise NotEmptyError('Folder not empty: %s' % self._path)
        os.rmdir(path)

    def get_sequences(self):
        """{name: sorted keys} of the sequences that hold messages."""
        found = {}
        present = set(self.keys())
        with open(self._sequences_path(), 'r', encoding='ASCII') as f:
            for line in f:
                try:
                    name, spec = line.split(':')
                    keys = set()
                    for item in spec.split():
                        if item.isdigit():
                            keys.add(int(item))
                        else:
                            first, last = (int(x) for x in item.split('-'))
                            keys.update(range(first, last + 1))
                except ValueError:
                    raise FormatError('Invalid sequence specification: %s' %
                                      line.rstrip())
                kept = [k for k in sorted(keys) if k in present]
                if kept:
                    found[name] = kept
        return found

    def set_sequences(self, sequences):
        """Write the sequences, runs of numbers as first-last."""
        lines = []
        for name, keys in sequences.items():
            if not keys:
                continue
            runs = []
            for key in sorted(set(keys)):
                if runs and runs[-1][1] == key - 1:
                    runs[-1][1] = key
                else:
                    runs.append([key, key])
            spec = ' '.join(str(a) if a == b else '%d-%d' % (a, b)
                            for a, b in runs)
            lines.append('%s: %s\n' % (name, spec))
        with open(self._sequences_path(), 'w', encoding='ASCII') as f:
            f.write(''.join(lines))

    def pack(self):
        """Renumber the messages 1, 2, 3... without gaps."""
        sequences = self.get_sequences()
        moved = {}
        for new, old in enumerate(list(self.iterkeys()), 1):
            if new != old:
                os.rename(self._message_path(old), self._message_path(new))
                moved[old] = new
        if moved:
            self.set_sequences({name: [moved.get(k, k) for k in keys]
                                for name, keys in sequences.items()})

    def _record_sequences(self, message, key):
        # Put key in exactly the sequences message names.
        wanted = message.get_sequences()
        current = self.get_sequences()
        for name, keys in current.items():
            if name in wanted:
                keys.append(key)
            elif key in keys:
                keys.remove(key)
        for name in wanted:
            current.setdefault(name, [key])
        self.set_sequences(current)


def _lock_file(f, dotlock=True):
    # An fcntl lock on f, then a dot-lock file beside it.
    if _fcntl:
        try:
            _fcntl.lockf(f, _fcntl.LOCK_EX | _fcntl.LOCK_NB)
        except OSError as e:
            if e.errno in (errno.EAGAIN, errno.EACCES, errno.EROFS):
                raise ExternalClashError('lockf: lock unavailable: %s' % f.name)
            raise
    if dotlock:
        pre = f.name + '.' + str(os.getpid())
        try:
            os.close(os.open(pre, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except OSError as e:
            if e.errno in (errno.EACCES, errno.EROFS):
                return
            raise
        try:
            os.link(pre, f.name + '.lock')
        except FileExistsError:
            os.remove(pre)
            if _fcntl:
                _fcntl.lockf(f, _fcntl.LOCK_UN)
            raise ExternalClashError('dot lock unavailable: %s' % f.name)
        os.remove(pre)


def _unlock_file(f):
    if _fcntl:
        _fcntl.lockf(f, _fcntl.LOCK_UN)
    if os.path.exists(f.name + '.lock'):
        os.remove(f.name + '.lock')


# -- messages ---------------------------------------------------------------------

def _reader(attribute, doc):
    def read(self):
        return getattr(self, attribute)
    read.__doc__ = doc
    return read


def _change_flags(message, letters, on):
    # Add (on) or remove letters from a message's flags; removing from a
    # message without flags leaves it as it is.
    current = set(message.get_flags())
    if not on and not current:
        return
    message.set_flags(''.join(current | set(letters) if on
                              else current - set(letters)))


class Message(email.message.Message):
    """An email message that knows mailbox formats' extra state.

    Message(message=None): message may be an email.message.Message
    (copied; a mailbox Message of another format is converted), a str,
    bytes or a binary file."""

    _type_specific_attributes = []

    def __init__(self, message=None):
        if message is None:
            email.message.Message.__init__(self)
            return
        if isinstance(message, email.message.Message):
            self._become_message(copy.deepcopy(message))
            explain = getattr(message, '_explain_to', None)
            if explain is not None:
                explain(self)
            return
        if hasattr(message, 'read'):
            message = message.read()
        if isinstance(message, (bytes, bytearray)):
            parsed = email.message_from_bytes(bytes(message))
        elif isinstance(message, str):
            parsed = email.message_from_string(message)
        else:
            raise TypeError('Invalid message type: %s' % type(message))
        self._become_message(parsed)

    def _become_message(self, message):
        own = getattr(message, '_type_specific_attributes', [])
        for name, value in message.__dict__.items():
            if name not in own:
                self.__dict__[name] = value

    def _explain_to(self, message):
        # Pass this format's state on to message, translated.
        if isinstance(message, Message) and type(message) is not Message \
                and type(self) is Message:
            return
        if not isinstance(message, Message):
            raise TypeError('Cannot convert to specified type')


class MaildirMessage(Message):
    """A message with Maildir's state: its subdirectory ('new' or 'cur'),
    its info (flags as "2,FRS"), and its delivery date."""

    _type_specific_attributes = ['_subdir', '_info', '_date']

    def __init__(self, message=None):
        self._subdir, self._info, self._date = 'new', '', time.time()
        Message.__init__(self, message)

    get_subdir = _reader('_subdir', "The subdirectory: 'new' or 'cur'.")
    get_info = _reader('_info', "The part of the file name after the colon.")
    get_date = _reader('_date', "The delivery time, in seconds since the epoch.")

    def get_flags(self):
        """The flags (a str of letters: D, F, P, R, S, T)."""
        return self._info[2:] if self._info.startswith('2,') else ''

    def set_flags(self, flags):
        self._info = '2,' + ''.join(sorted(flags))

    def set_date(self, date):
        try:
            stamp = float(date)
        except ValueError:
            raise TypeError("can't convert to float: %s" % date) from None
        self._date = stamp

    def set_subdir(self, subdir):
        if subdir in ('new', 'cur'):
            self._subdir = subdir
            return
        raise ValueError("subdir must be 'new' or 'cur': %s" % subdir)

    def set_info(self, info):
        if isinstance(info, str):
            self._info = info
            return
        raise TypeError('info must be a string: %s' % type(info))

    def add_flag(self, flag):
        _change_flags(self, flag, True)

    def remove_flag(self, flag):
        _change_flags(self, flag, False)

    def _explain_to(self, message):
        flags = set(self.get_flags())
        if isinstance(message, MaildirMessage):
            message._subdir = self.get_subdir()
            message._info = '2,' + ''.join(sorted(self.get_flags()))
            message._date = self.get_date()
        elif isinstance(message, _mboxMMDFMessage):
            mbox_flags = ''
            for maildir_flag, mbox_flag in (('S', 'R'), ('T', 'D'),
                                            ('F', 'F'), ('R', 'A')):
                if maildir_flag in flags:
                    mbox_flags += mbox_flag
            if self.get_subdir() == 'cur':
                mbox_flags += 'O'
            message.set_flags(mbox_flags)
            message.set_from('MAILER-DAEMON', time.gmtime(self.get_date()))
        elif isinstance(message, (MHMessage, BabylMessage)):
            _mark_other(message, flags, 'S', 'R', 'F', 'T')
        else:
            Message._explain_to(self, message)


class _mboxMMDFMessage(Message):
    """A message with mbox's (and MMDF's) state: its "From " line
    (get_from) and its flags (kept in the Status and X-Status headers:
    R read, O old, D deleted, F flagged, A answered)."""

    _type_specific_attributes = ['_from']

    def __init__(self, message=None):
        unixfrom = None
        if isinstance(message, email.message.Message):
            unixfrom = message.get_unixfrom()
        if unixfrom and unixfrom.startswith('From '):
            self._from = unixfrom[5:]
        else:
            self._from = 'MAILER-DAEMON ' + time.asctime(time.gmtime())
        Message.__init__(self, message)

    def get_from(self):
        return self._from

    def set_from(self, from_, time_=None):
        """Set the "From " line's contents; time_ (a time tuple, or True
        for now) is appended in asctime's format."""
        if time_ is None:
            self._from = from_
            return
        stamp = time.gmtime() if time_ is True else time_
        self._from = '%s %s' % (from_, time.asctime(stamp))

    def get_flags(self):
        return self.get('Status', '') + self.get('X-Status', '')

    def set_flags(self, flags):
        flags = set(flags)
        status = ''.join(f for f in 'RO' if f in flags)
        xstatus = ''.join(f for f in 'DFA' if f in flags)
        extra = ''.join(sorted(flags - set('RODFA')))
        for header, value in (('Status', status), ('X-Status', xstatus + extra)):
            if header in self:
                self.replace_header(header, value)
            else:
                self.add_header(header, value)

    def add_flag(self, flag):
        _change_flags(self, flag, True)

    def remove_flag(self, flag):
        if 'Status' in self or 'X-Status' in self:
            _change_flags(self, flag, False)

    def _explain_to(self, message):
        flags = set(self.get_flags())
        if isinstance(message, MaildirMessage):
            if 'O' in flags:
                message.set_subdir('cur')
            wanted = ''
            for mbox_flag, maildir_flag in (('F', 'F'), ('A', 'R'),
                                            ('R', 'S'), ('D', 'T')):
                if mbox_flag in flags:
                    wanted += maildir_flag
            message.set_flags(wanted)
            del message['status']
            del message['x-status']
            stamp = ' '.join(self.get_from().split()[-5:])
            try:
                message.set_date(calendar.timegm(
                    time.strptime(stamp, '%a %b %d %H:%M:%S %Y')))
            except (ValueError, OverflowError):
                pass
        elif isinstance(message, _mboxMMDFMessage):
            message.set_flags(self.get_flags())
            message.set_from(self.get_from())
        elif isinstance(message, (MHMessage, BabylMessage)):
            _mark_other(message, flags, 'R', 'A', 'F', 'D')
            del message['status']
            del message['x-status']
        else:
            Message._explain_to(self, message)


class mboxMessage(_mboxMMDFMessage):
    """A message of an mbox mailbox."""


class MMDFMessage(_mboxMMDFMessage):
    """A message of an MMDF mailbox."""


MMDF._message_class = MMDFMessage


def _mark_other(message, flags, seen, replied, flagged, deleted):
    # What an MH or Babyl message learns from another format's flags:
    # the letters that mean seen, replied, flagged and deleted there.
    if isinstance(message, MHMessage):
        marks = (('unseen', seen not in flags), ('replied', replied in flags),
                 ('flagged', flagged in flags))
        for name, on in marks:
            if on:
                message.add_sequence(name)
        return
    marks = (('unseen', seen not in flags), ('deleted', deleted in flags),
             ('answered', replied in flags), ('forwarded', 'P' in flags))
    for name, on in marks:
        if on and (name != 'forwarded' or seen == 'S'):
            message.add_label(name)


def _to_maildir_or_mbox(message, unseen, flagged, replied, extra):
    # What a Maildir or mbox message learns from MH sequences or Babyl
    # labels: unseen, flagged and replied are the facts; extra are more
    # (maildir flag, mbox flag) pairs to add.
    if isinstance(message, MaildirMessage):
        message.set_subdir('cur')
        wanted = [('S', not unseen), ('F', flagged), ('R', replied)]
        wanted += [(pair[0], True) for pair in extra if pair[0]]
    elif isinstance(message, _mboxMMDFMessage):
        wanted = [('O' if unseen else 'RO', True), ('F', flagged),
                  ('A', replied)]
        wanted += [(pair[1], True) for pair in extra if pair[1]]
    else:
        return False
    for flag, on in wanted:
        if on:
            message.add_flag(flag)
    return True


def _name_list(attribute, type_error):
    # get, set, add and remove methods for a list of names (MH sequences,
    # Babyl labels) kept in attribute; adding a non-str raises TypeError
    # with type_error.
    def get(self):
        return list(getattr(self, attribute))

    def replace(self, names):
        setattr(self, attribute, list(names))

    def add(self, name):
        if not isinstance(name, str):
            raise TypeError(type_error % type(name))
        names = getattr(self, attribute)
        if name not in names:
            names.append(name)

    def discard(self, name):
        names = getattr(self, attribute)
        if name in names:
            names.remove(name)
    return get, replace, add, discard


class MHMessage(Message):
    """A message with MH's state: the sequences it belongs to."""

    _type_specific_attributes = ['_sequences']

    def __init__(self, message=None):
        self._sequences = []
        Message.__init__(self, message)

    get_sequences, set_sequences, add_sequence, remove_sequence = \
        _name_list('_sequences', 'sequence type must be str: %s')

    def _explain_to(self, message):
        seqs = set(self.get_sequences())
        if _to_maildir_or_mbox(message, 'unseen' in seqs, 'flagged' in seqs,
                               'replied' in seqs, ()):
            return
        if isinstance(message, MHMessage):
            for name in self.get_sequences():
                message.add_sequence(name)
        elif isinstance(message, BabylMessage):
            if 'unseen' in seqs:
                message.add_label('unseen')
            if 'replied' in seqs:
                message.add_label('answered')
        else:
            Message._explain_to(self, message)


class BabylMessage(Message):
    """A message with Babyl's state: its labels and the visible headers."""

    _type_specific_attributes = ['_labels', '_visible']

    def __init__(self, message=None):
        self._labels = []
        self._visible = Message()
        Message.__init__(self, message)

    get_labels, set_labels, add_label, remove_label = \
        _name_list('_labels', 'label must be a string: %s')

    def get_visible(self):
        return Message(self._visible)

    def set_visible(self, visible):
        self._visible = Message(visible)

    def update_visible(self):
        """Refresh the visible headers from the message's own."""
        for name in self._visible.keys():
            if name in self:
                self._visible.replace_header(name, self[name])
            else:
                del self._visible[name]
        for name in ('Date', 'From', 'Reply-To', 'To', 'CC', 'Subject'):
            if name in self and name not in self._visible:
                self._visible[name] = self[name]

    def _explain_to(self, message):
        labels = set(self.get_labels())
        resent = 'forwarded' in labels or 'resent' in labels
        extra = (('P' if resent else None, None),
                 ('T' if 'deleted' in labels else None,
                  'D' if 'deleted' in labels else None))
        if _to_maildir_or_mbox(message, 'unseen' in labels, False,
                               'answered' in labels, extra):
            return
        if isinstance(message, MHMessage):
            for label, sequence in (('unseen', 'unseen'), ('answered', 'replied')):
                if label in labels:
                    message.add_sequence(sequence)
        elif isinstance(message, BabylMessage):
            message.set_visible(self.get_visible())
            for name in self.get_labels():
                message.add_label(name)
        else:
            Message._explain_to(self, message)


# -- file views ---------------------------------------------------------------

class _ProxyFile:
    """A read-only view of a binary file with its own position, so that
    several views can share one file."""

    def __init__(self, f, pos=None):
        self._file = f
        self._pos = f.tell() if pos is None else pos

    def _read(self, size, how):
        # Read with how (a method of the file) from this view's position.
        self._file.seek(self._pos)
        data = how(-1 if size is None else size)
        self._pos = self._file.tell()
        return data

    def read(self, size=None):
        return self._read(size, self._file.read)

    def read1(self, size=None):
        return self._read(size, self._file.read1)

    def readline(self, size=None):
        return self._read(size, self._file.readline)

    def readlines(self, sizehint=None):
        lines = []
        for line in self:
            lines.append(line)
            if sizehint is not None:
                sizehint -= len(line)
                if sizehint <= 0:
                    break
        return lines

    def __iter__(self):
        return iter(self.readline, b'')

    def tell(self):
        return self._pos

    def seek(self, offset, whence=0):
        if whence == 1:
            # relative to this view's position, not the file's
            offset += self._pos
            whence = 0
        self._file.seek(offset, whence)
        self._pos = self._file.tell()

    def close(self):
        f = self.__dict__.pop('_file', None)
        if f is not None and hasattr(f, 'close'):
            f.close()

    def __enter__(self):
        return self

    @property
    def closed(self):
        """Whether the view (or its file) is closed."""
        f = self.__dict__.get('_file')
        return True if f is None else getattr(f, 'closed', False)

    def __exit__(self, *exc):
        self.close()

    def flush(self):
        return self._file.flush()

    def writable(self):
        return self._file.writable()

    def readable(self):
        return self._file.readable()

    def seekable(self):
        return self._file.seekable()


class _PartialFile(_ProxyFile):
    """A _ProxyFile limited to the bytes from start to stop; positions
    count from start, and closing it leaves the file open."""

    def __init__(self, f, start=None, stop=None):
        _ProxyFile.__init__(self, f, start)
        self._start = start
        self._stop = stop

    def tell(self):
        return _ProxyFile.tell(self) - self._start

    def seek(self, offset, whence=0):
        if whence in (0, 2):
            self._pos = self._start if whence == 0 else self._stop
            whence = 1
        _ProxyFile.seek(self, offset, whence)

    def _read(self, size, how):
        left = self._stop - self._pos
        if left <= 0:
            return b''
        if size is None or size < 0 or size > left:
            size = left
        return _ProxyFile._read(self, size, how)

    def close(self):
        if hasattr(self, '_file'):
            del self._file
