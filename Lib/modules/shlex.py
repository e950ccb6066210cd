"""A lexer for shell-like syntax: words, quotes, escapes and comments."""

import os
import sys
from io import StringIO
from collections import deque

__all__ = ["shlex", "split", "quote"]

# Word characters of every lexer, of POSIX-mode ones (Latin-1 letters) and
# those punctuation_chars mode adds. The ASCII run keeps CPython's "dfe"
# order: it is the visible value of the wordchars attribute.
_WORD_ASCII = ('abcdfeghijklmnopqrstuvwxyz'
               'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
_WORD_LATIN1 = ('\u00df\u00e0\u00e1\u00e2\u00e3\u00e4\u00e5\u00e6\u00e7'
                '\u00e8\u00e9\u00ea\u00eb\u00ec\u00ed\u00ee\u00ef\u00f0'
                '\u00f1\u00f2\u00f3\u00f4\u00f5\u00f6\u00f8\u00f9\u00fa'
                '\u00fb\u00fc\u00fd\u00fe\u00ff\u00c0\u00c1\u00c2\u00c3'
                '\u00c4\u00c5\u00c6\u00c7\u00c8\u00c9\u00ca\u00cb\u00cc'
                '\u00cd\u00ce\u00cf\u00d0\u00d1\u00d2\u00d3\u00d4\u00d5'
                '\u00d6\u00d8\u00d9\u00da\u00db\u00dc\u00dd\u00de')
_WORD_PUNCT_MODE = '~-./*?='
_SHELL_PUNCTUATION = '();<>|&'

# States of the lexer besides a quote or escape character: between
# tokens, inside a word, inside a run of punctuation, at end of input.
_BETWEEN = ' '
_WORD = 'a'
_PUNCT = 'c'


class shlex:
    """A lexer over a string or a stream (sys.stdin when None).

    In POSIX mode quotes are removed and may join words; otherwise they
    stay in the token and end it. punctuation_chars (True for the shell's
    set, or a string) makes runs of those characters tokens of their own.
    """

    def __init__(self, instream=None, infile=None,
                 posix=False, punctuation_chars=False):
        if instream is None:
            self.instream, self.infile = sys.stdin, None
        else:
            if isinstance(instream, str):
                instream = StringIO(instream)
            self.instream, self.infile = instream, infile
        self.posix = posix
        # what the input is made of (all of these may be changed)
        self.wordchars = _WORD_ASCII + (_WORD_LATIN1 if posix else '')
        self.commenters, self.whitespace = '#', ' \t\r\n'
        self.quotes, self.escape, self.escapedquotes = '\'"', '\\', '"'
        self.whitespace_split = False
        self.eof = None if posix else ''
        # where the lexer is
        self.state, self.token, self.lineno = _BETWEEN, '', 1
        self.pushback, self.filestack = deque(), deque()
        self.source = None
        self.debug = 0
        if punctuation_chars is True:
            punctuation_chars = _SHELL_PUNCTUATION
        elif not punctuation_chars:
            punctuation_chars = ''
        self.punctuation_chars = punctuation_chars
        # characters read past the end of a punctuation run, re-read first
        self._reread = deque()
        if punctuation_chars:
            self.wordchars = ''.join(
                ch for ch in self.wordchars + _WORD_PUNCT_MODE
                if ch not in punctuation_chars)

    # -- the token stream ------------------------------------------------

    def _trace(self, level, text):
        if self.debug >= level:
            print("shlex: " + text)

    def push_token(self, tok):
        """Make tok the next token get_token() returns."""
        self._trace(1, "pushing token " + repr(tok))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Read from newstream (a stream or a string) until it ends."""
        saved = (self.infile, self.instream, self.lineno)
        self.filestack.appendleft(saved)
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.infile, self.instream, self.lineno = newfile, newstream, 1
        if newfile is None:
            self._trace(1, 'pushing to stream %s' % (newstream,))
        else:
            self._trace(1, 'pushing to file %s' % (newfile,))

    def pop_source(self):
        """Close the current input and go back to the one it interrupted."""
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        self._trace(1, 'popping to %s, line %d' % (self.instream, self.lineno))
        self.state = _BETWEEN

    def _include(self, name):
        # a `source` keyword: read the file it names next
        found = self.sourcehook(name)
        if found:
            self.push_source(found[1], found[0])

    def get_token(self):
        """The next token: pushed-back ones first, then the input's (with
        source inclusion), self.eof at the end of all input."""
        if self.pushback:
            tok = self.pushback.popleft()
            self._trace(1, "popping token " + repr(tok))
            return tok
        tok = self.read_token()
        while self.source is not None and tok == self.source:
            self._include(self.read_token())
            tok = self.get_token()
        while tok == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            tok = self.get_token()
        self._trace(1, "token=" + ("EOF" if tok == self.eof else repr(tok)))
        return tok

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok != self.eof:
            return tok
        raise StopIteration

    # -- reading one token ------------------------------------------------

    def read_token(self):
        """Lex one raw token from the input (no pushback, no sources)."""
        self._quoted = False
        self._after_escape_state = _BETWEEN
        while True:
            ch = self._read_char()
            state = self.state
            self._trace(3, "in state %r I see character: %r" % (state, ch))
            if state is None:
                self.token = ''
                break
            if state == _BETWEEN:
                done = self._between(ch)
            elif state in self.quotes:
                done = self._quoted_char(ch)
            elif state in self.escape:
                done = self._escaped_char(ch)
            elif state in (_WORD, _PUNCT):
                done = self._word_char(ch)
            else:
                done = False
            if done:
                break
        tok, self.token = self.token, ''
        if tok == '' and self.posix and not self._quoted:
            tok = None
        self._trace(2, "raw token=" + (repr(tok) if tok else "EOF"))
        return tok

    def _read_char(self):
        held = self.punctuation_chars and self._reread
        ch = self._reread.pop() if held else self.instream.read(1)
        if ch == '\n':
            self.lineno += 1
        return ch

    def _have_token(self):
        # whether the token so far is a token, even an empty quoted one
        return bool(self.token) or (self.posix and self._quoted)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def _between(self, ch):
        if not ch:
            self.state = None
            return True
        if ch in self.whitespace:
            self._trace(2, "I see whitespace in whitespace state")
            return self._have_token()
        if ch in self.commenters:
            self._skip_comment()
            return False
        if self.posix and ch in self.escape:
            self._after_escape_state = _WORD
            self.state = ch
            return False
        if ch in self.wordchars:
            self._begin(ch, _WORD)
        elif ch in self.punctuation_chars:
            self._begin(ch, _PUNCT)
        elif ch in self.quotes:
            # POSIX mode drops the quotes themselves
            self._begin('' if self.posix else ch, ch)
        elif self.whitespace_split:
            self._begin(ch, _WORD)
        else:
            self.token = ch     # a token by itself
            return True
        return False

    def _begin(self, text, state):
        self.token = text
        self.state = state

    def _quoted_char(self, ch):
        self._quoted = True
        if not ch:
            self._trace(2, "I see EOF in quotes state")
            raise ValueError("No closing quotation")
        if ch == self.state:
            if self.posix:
                self.state = _WORD
                return False
            self.token += ch
            self.state = _BETWEEN
            return True
        if (self.posix and ch in self.escape
                and self.state in self.escapedquotes):
            self._after_escape_state = self.state
            self.state = ch
            return False
        self.token += ch
        return False

    def _escaped_char(self, ch):
        if not ch:
            self._trace(2, "I see EOF in escape state")
            raise ValueError("No escaped character")
        # inside quotes, the escape only escapes the quote and itself
        back = self._after_escape_state
        if back in self.quotes and ch != self.state and ch != back:
            self.token += self.state
        self.token += ch
        self.state = back
        return False

    def _word_char(self, ch):
        if not ch:
            self.state = None
            return True
        if ch in self.whitespace:
            self._trace(2, "I see whitespace in word state")
            self.state = _BETWEEN
            return self._have_token()
        if ch in self.commenters:
            self._skip_comment()
            if not self.posix:
                return False
            self.state = _BETWEEN
            return self._have_token()
        if self.state == _PUNCT:
            if ch in self.punctuation_chars:
                self.token += ch
                return False
            if ch not in self.whitespace:
                self._reread.append(ch)
            self.state = _BETWEEN
            return True
        if self.posix and ch in self.escape:
            self._after_escape_state = _WORD
            self.state = ch
            return False
        if self.posix and ch in self.quotes:
            self.state = ch
            return False
        if ch in self.wordchars or ch in self.quotes or self.whitespace_split:
            self.token += ch
            return False
        # the word ends here; the character starts what follows
        self._trace(2, "I see punctuation in word state")
        if self.punctuation_chars:
            self._reread.append(ch)
        else:
            self.pushback.appendleft(ch)
        self.state = _BETWEEN
        return self._have_token()

    # -- helpers for includers and error messages ---------------------------

    def sourcehook(self, newfile):
        """Open the file a `source` keyword names: (name, open file).
        A relative name is taken relative to the current file."""
        name = newfile[1:-1] if newfile[0] == '"' else newfile
        here = self.infile
        if isinstance(here, str) and not os.path.isabs(name):
            name = os.path.join(os.path.dirname(here), name)
        return name, open(name, "r")

    def error_leader(self, infile=None, lineno=None):
        """'"file", line N: ', for the current position by default."""
        where = self.infile if infile is None else infile
        line = self.lineno if lineno is None else lineno
        return '"%s", line %d: ' % (where, line)


def split(s, comments=False, posix=True):
    """Split s into words as a POSIX shell would (no expansions)."""
    lexer = shlex(s, posix=posix)
    if not comments:
        lexer.commenters = ''
    lexer.whitespace_split = True
    return list(lexer)


_SAFE = frozenset(_WORD_ASCII + '@%+=:,./-')


def quote(s):
    """Return s as one shell word: unchanged when it is made of safe
    characters only, otherwise in single quotes."""
    if not s:
        return "''"
    if isinstance(s, (bytes, bytearray)):
        raise TypeError("cannot use a string pattern on a bytes-like object")
    if not isinstance(s, str):
        raise TypeError("expected string or bytes-like object")
    for ch in s:
        if ch not in _SAFE:
            break
    else:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


def _demo(stream):
    lex = shlex(stream)
    for tok in lex:
        print("Token: " + repr(tok))


if __name__ == '__main__':
    if len(sys.argv) == 1:
        _demo(sys.stdin)
    else:
        with open(sys.argv[1]) as f:
            _demo(f)
