"""Report Python source whose indentation means different things at
different tab sizes.

A line is in trouble when whether it is indented more than, or as much
as, the line it is set against depends on how wide a tab is taken to be.
From the command line:

    python -m tabnanny [-v] [-q] file_or_directory ...

names each troubled file with the line (-q: only the file; -v: more
detail); check(path) does the same from a program.
"""

__all__ = ["check", "NannyNag", "process_tokens"]

import os
import sys
import getopt
import tokenize

__version__ = "6"

# -v given n times: 1 says what is checked and why it failed, 2 more
verbose = 0
# -q: print only the name of a troubled file
filename_only = 0


class NannyNag(Exception):
    """What process_tokens raises for an ambiguous indentation: the line's
    number, what is wrong, and the line."""

    def __init__(self, lineno, msg, line):
        Exception.__init__(self, lineno, msg, line)
        self.lineno = lineno
        self.msg = msg
        self.line = line

    def get_line(self):
        """The offending line, as tokenize gave it."""
        return self.line

    def get_lineno(self):
        """The offending line's number (from 1)."""
        return self.lineno

    def get_msg(self):
        """What is wrong, with the tab sizes that show it."""
        return self.msg


def check(file):
    """check(file_or_dir): check the Python source file, or every .py
    file in the directory tree (symbolic links to directories are not
    followed), printing what is ambiguous to standard output; errors
    reading or tokenizing a file go to standard error.
    """
    if os.path.isdir(file) and not os.path.islink(file):
        if verbose:
            print("%r: listing directory" % (file,))
        for name in os.listdir(file):
            path = os.path.join(file, name)
            is_tree = os.path.isdir(path) and not os.path.islink(path)
            if is_tree or os.path.normcase(name[-3:]) == ".py":
                check(path)
        return

    try:
        source = tokenize.open(file)
    except OSError as err:
        errprint("%r: I/O Error: %s" % (file, err))
        return
    if verbose > 1:
        print("checking %r ..." % file)
    with source:
        try:
            process_tokens(tokenize.generate_tokens(source.readline))
        except NannyNag as nag:
            _report(file, nag)
            return
        except IndentationError as err:
            errprint("%r: Indentation Error: %s" % (file, err))
            return
        except tokenize.TokenError as err:
            errprint("%r: Token Error: %s" % (file, err))
            return
    if verbose:
        print("%r: Clean bill of health." % (file,))


def _report(file, nag):
    if verbose:
        print("%r: *** Line %d: trouble in tab city! ***" % (file, nag.get_lineno()))
        print("offending line: %r" % (nag.get_line(),))
        print(nag.get_msg())
        return
    if " " in file:
        file = '"' + file + '"'
    if filename_only:
        print(file)
    else:
        print(file, nag.get_lineno(), repr(nag.get_line()))


def main():
    """The command line: options -q and -v, then files or directories."""
    global verbose, filename_only
    try:
        options, paths = getopt.getopt(sys.argv[1:], "qv")
    except getopt.GetoptError as err:
        errprint(err)
        return
    for flag, _ in options:
        if flag == "-v":
            verbose += 1
        elif flag == "-q":
            filename_only += 1
    if paths:
        for path in paths:
            check(path)
    else:
        errprint("Usage:", sys.argv[0], "[-v] file_or_directory ...")


def errprint(*args):
    """Write the args to sys.stderr, space-separated, with a newline."""
    sys.stderr.write(" ".join(str(a) for a in args) + "\n")


class Whitespace:
    """The leading blanks (spaces and tabs) of a line, and the columns
    they reach at each tab size.

    raw is the string given, n the number of leading blanks, nt the tabs
    among them. norm is (count, trailing): count[i] is how many tabs
    follow a run of exactly i spaces, trailing the spaces after the last
    tab. Two indents reach the same column at every tab size exactly when
    their norms are equal. is_simple: all the tabs come first."""

    S, T = " ", "\t"

    def __init__(self, ws):
        self.raw = ws
        blanks = len(ws) - len(ws.lstrip(" \t"))
        runs = ws[:blanks].split("\t")
        count = []
        for run in runs[:-1]:  # each run of spaces ended by a tab
            if len(run) >= len(count):
                count.extend([0] * (len(run) + 1 - len(count)))
            count[len(run)] += 1
        self.n = blanks
        self.nt = len(runs) - 1
        self.norm = tuple(count), len(runs[-1])
        self.is_simple = len(count) <= 1

    def longest_run_of_spaces(self):
        """The longest run of spaces, before a tab or at the end."""
        count, trailing = self.norm
        return max(len(count) - 1, trailing)

    def indent_level(self, tabsize):
        """The column the blanks reach when a tab moves to the next
        multiple of tabsize."""
        count, trailing = self.norm
        # a tab after i spaces (from a tab stop) ends i // tabsize + 1
        # stops further on
        stops = sum((i // tabsize + 1) * k for i, k in enumerate(count))
        return stops * tabsize + trailing

    def _widths(self, other):
        # the tab sizes worth trying: beyond the longest run of spaces
        # either has, a larger tab changes no comparison
        return range(1, max(self.longest_run_of_spaces(), other.longest_run_of_spaces()) + 2)

    def equal(self, other):
        """Whether both reach the same column at every tab size."""
        return self.norm == other.norm

    def not_equal_witness(self, other):
        """The (tabsize, self's column, other's column) where they differ."""
        return [(ts, self.indent_level(ts), other.indent_level(ts))
                for ts in self._widths(other)
                if self.indent_level(ts) != other.indent_level(ts)]

    def less(self, other):
        """Whether self reaches a smaller column than other at every tab
        size."""
        if self.n >= other.n:
            return False  # at tab size 1 columns are character counts
        if self.is_simple and other.is_simple:
            return self.nt <= other.nt
        return all(self.indent_level(ts) < other.indent_level(ts)
                   for ts in self._widths(other))

    def not_less_witness(self, other):
        """The (tabsize, self's column, other's column) where self is not
        the smaller."""
        return [(ts, self.indent_level(ts), other.indent_level(ts))
                for ts in self._widths(other)
                if self.indent_level(ts) >= other.indent_level(ts)]


def format_witnesses(w):
    """"at tab size(s) 1, 2..." for the witnesses w."""
    sizes = ", ".join(str(t[0]) for t in w)
    return ("at tab sizes " if len(w) > 1 else "at tab size ") + sizes


def process_tokens(tokens):
    """Check the indentation the tokens (tokenize's 5-tuples) show; raise
    NannyNag at the first line that is ambiguous."""
    indents = [Whitespace("")]
    # set after a NEWLINE or DEDENT: the next real token starts a
    # statement, whose indentation must equal the innermost block's
    at_statement = False
    for kind, text, start, _, line in tokens:
        if kind == tokenize.NEWLINE:
            at_statement = True
        elif kind == tokenize.INDENT:
            at_statement = False
            new = Whitespace(text)
            if not indents[-1].less(new):
                witness = indents[-1].not_less_witness(new)
                raise NannyNag(start[0], "indent not greater e.g. " + format_witnesses(witness), line)
            indents.append(new)
        elif kind == tokenize.DEDENT:
            at_statement = True
            del indents[-1]
        elif at_statement and kind not in (tokenize.COMMENT, tokenize.NL):
            # an ENDMARKER's line is "", which the outermost level equals
            at_statement = False
            here = Whitespace(line)
            if not indents[-1].equal(here):
                witness = indents[-1].not_equal_witness(here)
                raise NannyNag(start[0], "indent not equal e.g. " + format_witnesses(witness), line)


if __name__ == "__main__":
    main()
