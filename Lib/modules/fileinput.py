"""Read the lines of several files (or standard input) as one stream.

    import fileinput
    for line in fileinput.input():
        process(line)

reads each file named on the command line in turn, or standard input
when there is none ('-' stands for it too). While the loop runs,
filename(), lineno(), filelineno(), isfirstline() and isstdin() say
where the current line comes from; nextfile() skips the rest of the
current file and close() ends the loop.

With inplace=True each file is first renamed to a backup (its name plus
backup, '.bak' by default) and read from there, while standard output
is redirected into a new file of the original name: what the loop prints
replaces the file. The backup is removed afterwards unless a backup
extension was given.

FileInput is the class underneath; input() makes the one instance the
module-level functions ask.
"""

import os
import sys

__all__ = ["input", "close", "nextfile", "filename", "lineno", "filelineno",
           "fileno", "isfirstline", "isstdin", "FileInput", "hook_compressed",
           "hook_encoded"]

def input(files=None, inplace=False, backup="", bufsize=0, mode="r", openhook=None):
    """Make the module's FileInput over files and return it; the arguments
    are FileInput's. RuntimeError while the previous one is still reading
    a file."""
    global _state
    busy = _state is not None and _state._file
    if busy:
        raise RuntimeError("input() already active")
    made = FileInput(files, inplace, backup, bufsize, mode, openhook)
    _state = made
    return made


# The FileInput made by input(), which the functions below consult.
_state = None


def close():
    """Close the module's FileInput, if any, and forget it."""
    global _state
    current, _state = _state, None
    if current:
        current.close()


def _active():
    if not _state:
        raise RuntimeError("no active input()")
    return _state


def nextfile():
    """Close the current file: the next line comes from the next one."""
    return _active().nextfile()


def filename():
    """Name of the file the last line came from ('<stdin>' for standard
    input); None before the first."""
    return _active().filename()


def lineno():
    """Number of lines read so far over all files."""
    return _active().lineno()


def filelineno():
    """Number of lines read so far from the current file."""
    return _active().filelineno()


def fileno():
    """Descriptor of the current file; -1 when none is open."""
    return _active().fileno()


def isfirstline():
    """Whether the last line read was its file's first."""
    return _active().isfirstline()


def isstdin():
    """Whether the last line read came from standard input."""
    return _active().isstdin()


class FileInput:
    """FileInput(files=None, inplace=False, backup="", bufsize=0,
    mode="r", openhook=None)

    Iterates over the lines of files (a name, a sequence of names, or
    None for sys.argv[1:]), as the module documentation describes.
    mode is 'r' or 'rb' ('U' and 'rU' are old spellings of 'r');
    openhook(name, mode), if given, opens each file instead of open().
    bufsize is ignored. Instances are context managers."""

    def __init__(self, files=None, inplace=False, backup="", bufsize=0,
                 mode="r", openhook=None):
        names = _names(files)
        if mode not in ('r', 'rU', 'U', 'rb'):
            raise ValueError("FileInput opening mode must be one of 'r', 'rU', 'U' and 'rb'")
        if openhook and inplace:
            raise ValueError("FileInput cannot use an opening hook in inplace mode")
        if openhook and not callable(openhook):
            raise ValueError("FileInput openhook must be callable")
        if bufsize:
            _deprecated('bufsize is deprecated and ignored')
        if 'U' in mode:
            _deprecated("'U' mode is deprecated")
        self._files, self._mode, self._openhook = names, mode, openhook
        self._inplace, self._backup = inplace, backup
        # The file being read, its name, and what in-place rewriting holds.
        self._file = self._filename = None
        self._isstdin = False
        self._output = self._savestdout = self._backupfilename = None
        self._lineno = self._filelineno = 0

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._file is None and not self._open_next():
                raise StopIteration
            line = self._file.readline()
            if line:
                self._lineno += 1
                self._filelineno += 1
                return line
            self.nextfile()

    def __getitem__(self, i):
        # The old sequence protocol: lines must be asked for in order.
        if i != self._lineno:
            raise RuntimeError("accessing lines out of order")
        try:
            return next(self)
        except StopIteration:
            raise IndexError("end of input reached")

    def readline(self):
        """The next line, '' (b'' in 'rb' mode) at the end of the input."""
        try:
            return next(self)
        except StopIteration:
            return b'' if 'b' in self._mode else ''

    def close(self):
        """Close the current file and drop the ones not read yet."""
        # Dropped first, so that nothing is opened after this, even when
        # closing the current file fails.
        self._files = ()
        self.nextfile()

    def __del__(self):
        self.close()

    def _open_next(self):
        # Open the next file of the list; False when there is none left.
        if not self._files:
            return False
        name = self._files[0]
        self._files = self._files[1:]
        self._filelineno = 0
        self._isstdin = name == '-'
        if self._isstdin:
            self._filename = '<stdin>'
            self._file = sys.stdin.buffer if 'b' in self._mode and hasattr(sys.stdin, 'buffer') else sys.stdin
        elif self._inplace:
            self._filename = name
            self._start_inplace(name)
        else:
            self._filename = name
            opener = self._openhook or open
            self._file = opener(name, self._mode)
        return True

    def _start_inplace(self, name):
        # Move name aside to its backup, read from there, and point
        # sys.stdout at a new file of the old name with the old mode.
        backup = name + (self._backup or ".bak")
        try:
            os.unlink(backup)
        except OSError:
            pass
        os.rename(name, backup)
        self._backupfilename = backup
        self._file = open(backup, self._mode)
        try:
            perm = os.fstat(self._file.fileno()).st_mode
        except OSError:
            self._output = open(name, "w")
        else:
            fd = os.open(name, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, perm)
            self._output = os.fdopen(fd, "w")
            try:
                os.chmod(name, perm)
            except OSError:
                pass
        self._savestdout, sys.stdout = sys.stdout, self._output

    def nextfile(self):
        """Close the current file (and, in place, finish its rewrite): the
        next line comes from the next file."""
        saved, self._savestdout = self._savestdout, None
        if saved:
            sys.stdout = saved
        output, self._output = self._output, None
        try:
            if output:
                output.close()
        finally:
            current, self._file = self._file, None
            try:
                if current and not self._isstdin:
                    current.close()
            finally:
                backup, self._backupfilename = self._backupfilename, None
                if backup and not self._backup:
                    try:
                        os.unlink(backup)
                    except OSError:
                        pass
                self._isstdin = False

    def filename(self):
        """See the module's filename()."""
        return self._filename

    def lineno(self):
        """See the module's lineno()."""
        return self._lineno

    def filelineno(self):
        """See the module's filelineno()."""
        return self._filelineno

    def fileno(self):
        """See the module's fileno()."""
        current = self._file
        if current:
            try:
                return current.fileno()
            except ValueError:
                pass
        return -1

    def isfirstline(self):
        """See the module's isfirstline()."""
        return self._filelineno == 1

    def isstdin(self):
        """See the module's isstdin()."""
        return self._isstdin

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


def _names(files):
    # The file names a FileInput reads: one string stands for itself,
    # None for the command line's arguments, nothing for standard input.
    if isinstance(files, str):
        return (files,)
    given = sys.argv[1:] if files is None else files
    return tuple(given) if given else ('-',)


def _deprecated(message):
    import warnings
    warnings.warn(message, DeprecationWarning, 3)


def hook_compressed(filename, mode):
    """An openhook that opens .gz files with gzip and .bz2 files with bz2,
    other files with open()."""
    suffix = os.path.splitext(filename)[1]
    if suffix == '.bz2':
        from bz2 import BZ2File
        return BZ2File(filename, mode)
    if suffix == '.gz':
        from gzip import open as gzip_open
        return gzip_open(filename, mode)
    return open(filename, mode)


def hook_encoded(encoding, errors=None):
    """An openhook that opens files as text in encoding (with errors)."""
    return lambda filename, mode: open(filename, mode, encoding=encoding, errors=errors)


def _test():
    # Command line: fileinput [-i] [-b ext] [file ...] prints each line
    # with where it comes from.
    import getopt
    opts, args = getopt.getopt(sys.argv[1:], "ib:")
    inplace = any(o == '-i' for o, _ in opts)
    backup = ''.join(v for o, v in opts if o == '-b')
    for line in input(args, inplace=inplace, backup=backup):
        text = line[:-1] if line[-1:] == '\n' else line
        print("%d: %s[%d]%s %s" % (lineno(), filename(), filelineno(),
                                   isfirstline() and "*" or "", text))
    print("%d: %s[%d]" % (lineno(), filename(), filelineno()))


if __name__ == '__main__':
    _test()
