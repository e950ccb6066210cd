"""Split Python source into tokens, the way CPython 3.6's tokenize does.

generate_tokens(readline) reads str lines; tokenize(readline) reads bytes
lines, works out their encoding (detect_encoding) and starts with an
ENCODING token. Each token is a TokenInfo(type, string, start, end, line)
with (row, column) positions. untokenize() turns tokens back into source.
Comments and blank lines are tokens here (COMMENT, NL), unlike in the
compiler's own tokenizer.
"""

import itertools as _itertools
import re
import sys
from builtins import open as _builtin_open
from codecs import lookup, BOM_UTF8
import collections
from io import TextIOWrapper
from token import *
from token import __all__ as _token_names

for _offset, _label in enumerate(('COMMENT', 'NL', 'ENCODING')):
    globals()[_label] = N_TOKENS + _offset
    tok_name[N_TOKENS + _offset] = _label
N_TOKENS += 3
del _offset, _label

__all__ = _token_names + ["COMMENT", "tokenize", "detect_encoding", "NL",
                          "untokenize", "ENCODING", "TokenInfo"]
del _token_names

# Operator text -> the token number of that operator (its exact type).
EXACT_TOKEN_TYPES = {}
for _text, _label in zip(
        '( ) [ ] : , ; + - * / | & < > = . % { } == != <= >= ~ ^ << >> **'.split(),
        'LPAR RPAR LSQB RSQB COLON COMMA SEMI PLUS MINUS STAR SLASH VBAR AMPER '
        'LESS GREATER EQUAL DOT PERCENT LBRACE RBRACE EQEQUAL NOTEQUAL '
        'LESSEQUAL GREATEREQUAL TILDE CIRCUMFLEX LEFTSHIFT RIGHTSHIFT '
        'DOUBLESTAR'.split()):
    EXACT_TOKEN_TYPES[_text] = globals()[_label]
for _text, _label in (('+=', 'PLUSEQUAL'), ('-=', 'MINEQUAL'), ('*=', 'STAREQUAL'),
                      ('/=', 'SLASHEQUAL'), ('%=', 'PERCENTEQUAL'), ('&=', 'AMPEREQUAL'),
                      ('|=', 'VBAREQUAL'), ('^=', 'CIRCUMFLEXEQUAL'),
                      ('<<=', 'LEFTSHIFTEQUAL'), ('>>=', 'RIGHTSHIFTEQUAL'),
                      ('**=', 'DOUBLESTAREQUAL'), ('//', 'DOUBLESLASH'),
                      ('//=', 'DOUBLESLASHEQUAL'), ('@', 'AT'), ('@=', 'ATEQUAL')):
    EXACT_TOKEN_TYPES[_text] = globals()[_label]
del _text, _label


class TokenInfo(collections.namedtuple('TokenInfo', 'type string start end line')):
    """One token: its type, its text, where it starts and ends as
    (row, column) and the physical line(s) it was found on."""

    def __repr__(self):
        return 'TokenInfo(type={} ({}), string={!r}, start={!r}, end={!r}, line={!r})'.format(
            self.type, tok_name[self.type], self.string, self.start, self.end, self.line)

    @property
    def exact_type(self):
        """For an OP token, the number of its particular operator;
        otherwise the type."""
        return EXACT_TOKEN_TYPES.get(self.string, OP) if self.type == OP else self.type


class TokenError(Exception):
    """The input ended inside a string or a bracketed statement."""


class StopTokenizing(Exception):
    """Kept for compatibility; nothing here raises it."""


def _string_prefixes():
    # Every spelling of every legal prefix: each letter in either case,
    # two-letter prefixes in either order.
    result = {''}
    for letters in ('b', 'r', 'u', 'f', 'br', 'fr'):
        for order in _itertools.permutations(letters):
            for cased in _itertools.product(*[(c.lower(), c.upper()) for c in order]):
                result.add(''.join(cased))
    return result


_PREFIXES = _string_prefixes()

_Q1, _Q2 = "'", '"'
_T1, _T2 = _Q1 * 3, _Q2 * 3


def _one_of(*alternatives):
    return '(?:' + '|'.join(alternatives) + ')'


def _make_patterns():
    # One regular expression for "blanks, then a token": group 1 is the
    # token, or the start of a string that goes on past this line.
    digits = r'[0-9](?:_?[0-9])*'
    exponent = r'[eE][-+]?' + digits
    point = _one_of(digits + r'\.(?:' + digits + r')?', r'\.' + digits) + '(?:' + exponent + ')?'
    floating = _one_of(point, digits + exponent)
    integer = _one_of(r'0[xX](?:_?[0-9a-fA-F])+', r'0[bB](?:_?[01])+',
                      r'0[oO](?:_?[0-7])+', r'(?:0(?:_?0)*|[1-9](?:_?[0-9])*)')
    number = _one_of(digits + '[jJ]', floating + '[jJ]', floating, integer)
    prefix = _one_of(*sorted(_PREFIXES, key=lambda p: (-len(p), p)))
    operators = _one_of(r'\*\*=?', r'>>=?', r'<<=?', r'!=', r'//=?', r'->',
                        r'[+\-*/%&@|^=<>]=?', r'~', r'[][(){}]',
                        r'\r?\n', r'\.\.\.', r'[:;.,@]')
    one_line = [prefix + q + r'[^\n' + q + r'\\]*(?:\\.[^\n' + q + r'\\]*)*(?:' + q + r'|\\\r?\n)'
                for q in (_Q1, _Q2)]
    extras = _one_of(r'\\\r?\n|\Z', r'#[^\r\n]*', prefix + _one_of(_T1, _T2))
    return r'[ \f\t]*(' + _one_of(extras, number, operators, _one_of(*one_line), r'\w+') + ')'


def _rest_of_string(quote):
    # The rest of a string after its opening quote(s), through the
    # closing ones.
    q = quote[0]
    if len(quote) == 1:
        return '[^' + q + r'\\]*(?:\\.[^' + q + r'\\]*)*' + q
    return '[^' + q + r'\\]*(?:(?:\\.|' + q + '(?!' + q * 2 + '))[^' + q + r'\\]*)*' + quote


endpats = {}
for _p in _PREFIXES:
    for _q in (_Q1, _Q2, _T1, _T2):
        endpats[_p + _q] = _rest_of_string(_q)
del _p, _q
triple_quoted = set(k for k in endpats if k.endswith((_T1, _T2)))
single_quoted = set(endpats) - triple_quoted

tabsize = 8

_compiled = {}


def _regex(pattern):
    found = _compiled.get(pattern)
    if found is None:
        found = _compiled[pattern] = re.compile(pattern, re.UNICODE)
    return found


class Untokenizer:
    """Rebuilds source text from tokens (see untokenize)."""

    def __init__(self):
        # The text pieces so far, and where the last token ended.
        self.encoding = None
        self.tokens = []
        self.prev_row, self.prev_col = 1, 0

    def add_whitespace(self, start):
        """Pad the output from the end of the previous token to start:
        line continuations for rows, spaces for columns."""
        row, col = start
        before = (self.prev_row, self.prev_col)
        if tuple(start) < before:
            raise ValueError("start ({},{}) precedes previous end ({},{})".format(row, col, *before))
        gap = row - self.prev_row
        if gap:
            self.tokens.append("\\\n" * gap)
            self.prev_col = 0
        if col > self.prev_col:
            self.tokens.append(" " * (col - self.prev_col))

    def untokenize(self, iterable):
        """The source of 5-tuple tokens, spaced as their positions say
        (handing over to compat() at the first 2-tuple)."""
        stream = iter(iterable)
        levels, fresh_line = [], False
        while True:
            tok = next(stream, None)
            if tok is None:
                break
            if len(tok) == 2:
                self.compat(tok, stream)
                break
            kind, text, start, end = tok[:4]
            if kind == ENDMARKER:
                break
            if kind == ENCODING:
                self.encoding = text
            elif kind == INDENT:
                levels.append(text)
            elif kind == DEDENT:
                levels.pop()
                self.prev_row, self.prev_col = end
            else:
                ends_line = kind in (NEWLINE, NL)
                if ends_line:
                    fresh_line = True
                elif fresh_line and levels:
                    fresh_line = False
                    if start[1] >= len(levels[-1]):
                        self.tokens.append(levels[-1])
                        self.prev_col = len(levels[-1])
                self.add_whitespace(start)
                self.tokens.append(text)
                self.prev_row, self.prev_col = end
                if ends_line:
                    self.prev_row, self.prev_col = self.prev_row + 1, 0
        return "".join(self.tokens)

    def compat(self, token, iterable):
        """Append the text of (type, string) tokens, spaced so that it
        tokenizes back to the same tokens."""
        levels = []
        fresh_line = token[0] in (NEWLINE, NL)
        last_was_string = False
        for tok in _itertools.chain([token], iterable):
            kind, text = tok[0], tok[1]
            if kind == ENCODING:
                self.encoding = text
                continue
            was_string, last_was_string = last_was_string, kind == STRING
            if kind in (NAME, NUMBER, ASYNC, AWAIT):
                text = text + ' '
            elif kind == STRING and was_string:
                text = ' ' + text
            if kind == INDENT:
                levels.append(text)
            elif kind == DEDENT:
                levels.pop()
            else:
                if kind in (NEWLINE, NL):
                    fresh_line = True
                elif fresh_line and levels:
                    self.tokens.append(levels[-1])
                    fresh_line = False
                self.tokens.append(text)


def untokenize(iterable):
    """Return source text for tokens: full TokenInfo tuples give back
    the original spacing where they can; (type, string) pairs give
    source that tokenizes to the same types and strings. The result is
    bytes, in its encoding, when the tokens start with ENCODING."""
    builder = Untokenizer()
    text = builder.untokenize(iterable)
    return text if builder.encoding is None else text.encode(builder.encoding)


def _get_normal_name(orig_enc):
    head = orig_enc[:12].lower().replace("_", "-")
    for canonical, spellings in (("utf-8", ("utf-8",)),
                                 ("iso-8859-1", ("latin-1", "iso-8859-1", "iso-latin-1"))):
        for spelling in spellings:
            if head == spelling or head.startswith(spelling + "-"):
                return canonical
    return orig_enc


cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)


def _is_blank(line):
    rest = line.lstrip(b' \t\f')
    return rest[:1] in (b'', b'#', b'\r', b'\n')


def detect_encoding(readline):
    """Read at most two lines with readline (which returns bytes) to find
    the source's encoding: a UTF-8 BOM or a coding cookie (PEP 263) on one
    of the first two lines, else UTF-8. Return the encoding's name and the
    lines read. Raises SyntaxError for a bad or unknown cookie, or a cookie
    other than utf-8 after a BOM."""
    filename = getattr(getattr(readline, '__self__', None), 'name', None)
    where = '' if filename is None else ' for {!r}'.format(filename)
    bom = False
    seen = []
    for index in (0, 1):
        try:
            line = readline()
        except StopIteration:
            line = b''
        if index == 0 and line.startswith(BOM_UTF8):
            bom, line = True, line[len(BOM_UTF8):]
        if not line:
            break
        seen.append(line)
        try:
            text = line.decode('utf-8')
        except UnicodeDecodeError:
            raise SyntaxError("invalid or missing encoding declaration" + where)
        cookie = cookie_re.match(text)
        if cookie:
            name = _get_normal_name(cookie.group(1))
            try:
                lookup(name)
            except LookupError:
                if filename is None:
                    raise SyntaxError("unknown encoding: " + name)
                raise SyntaxError("unknown encoding{}: {}".format(where, name))
            if not bom:
                return name, seen
            if name != 'utf-8':
                raise SyntaxError("encoding problem{}: utf-8".format(where))
            return name + '-sig', seen
        if not _is_blank(line):
            break
    return ('utf-8-sig' if bom else 'utf-8'), seen


def open(filename):
    """Open a Python source file for reading as text, in the encoding
    detect_encoding finds."""
    raw = _builtin_open(filename, 'rb')
    try:
        encoding = detect_encoding(raw.readline)[0]
        raw.seek(0)
        wrapped = TextIOWrapper(raw, encoding, line_buffering=True)
    except BaseException:
        raw.close()
        raise
    wrapped.mode = 'r'
    return wrapped


def tokenize(readline):
    """Yield the tokens of the source that readline returns as lines of
    bytes (it may raise StopIteration at the end, or return b''). The first
    token is ENCODING, with the encoding detect_encoding found."""
    encoding, already = detect_encoding(readline)
    pending = list(already)
    finished = []

    def next_line():
        if pending:
            return pending.pop(0)
        if finished:
            return b''
        try:
            line = readline()
        except StopIteration:
            line = b''
        if not line:
            finished.append(True)
        return line

    return _tokenize(next_line, encoding)


def generate_tokens(readline):
    """Yield the tokens of the source that readline returns as str lines
    (no ENCODING token)."""
    return _Scanner(readline, None).tokens()


def _tokenize(readline, encoding):
    return _Scanner(readline, encoding).tokens()


class _Scanner(object):
    # The tokenizer's state between lines; tokens() reads the lines and
    # yields the tokens of each in turn.

    def __init__(self, readline, encoding):
        self.readline = readline
        self.encoding = encoding
        self.row = 0
        self.depth = 0               # open brackets
        self.joined = False          # the last line ended with a backslash
        self.levels = [0]            # indentation columns
        self.partial = None          # a string going on: [text, lines, start, end regex, by backslash]
        self.held = None             # an 'async' NAME waiting for the next token
        self.in_async = False        # inside an async def
        self.async_level = 0
        self.async_newline = False
        self.pseudo = _regex(_make_patterns())

    def _read(self):
        try:
            line = self.readline()
        except StopIteration:
            line = b''
        if self.encoding is not None:
            line = line.decode(self.encoding)
        self.row += 1
        return line

    def _leave_async(self):
        self.in_async, self.async_newline, self.async_level = False, False, 0

    def tokens(self):
        if self.encoding is not None:
            if self.encoding == 'utf-8-sig':
                self.encoding = 'utf-8'
            yield TokenInfo(ENCODING, self.encoding, (0, 0), (0, 0), '')
        previous = line = ''
        while True:
            previous, line = line, self._read()
            pos = 0
            if self.partial is not None:
                pos, tok = self._string_goes_on(line)
                if tok is not None:
                    yield tok
                if pos is None:
                    continue
            elif self.depth == 0 and not self.joined:
                if not line:
                    break
                pos, out = self._line_start(line)
                if out is None:
                    break
                yield from out
                if pos is None:
                    continue
            else:
                if not line:
                    raise TokenError("EOF in multi-line statement", (self.row, 0))
                self.joined = False
            yield from self._scan(line, pos)
        if self.held is not None:
            yield self.held
            self.held = None
        if previous and previous[-1] not in '\r\n':
            width = len(previous)
            yield TokenInfo(NEWLINE, '', (self.row - 1, width), (self.row - 1, width + 1), '')
        row = self.row
        for _ in self.levels[1:]:
            yield TokenInfo(DEDENT, '', (row, 0), (row, 0), '')
        yield TokenInfo(ENDMARKER, '', (row, 0), (row, 0), '')

    def _string_goes_on(self, line):
        # A line inside a string begun earlier. Returns where scanning
        # goes on in the line (None: with the next line) and the token to
        # yield first, if any.
        text, lines, start, closing, backslashed = self.partial
        if not line:
            raise TokenError("EOF in multi-line string", start)
        found = closing.match(line)
        if found:
            end = found.end(0)
            self.partial = None
            return end, TokenInfo(STRING, text + line[:end], start, (self.row, end), lines + line)
        if backslashed and not line.endswith(('\\\n', '\\\r\n')):
            self.partial = None
            return None, TokenInfo(ERRORTOKEN, text + line, start, (self.row, len(line)), lines)
        self.partial = [text + line, lines + line, start, closing, backslashed]
        return None, None

    def _line_start(self, line):
        # The indentation of a new logical line. Returns the position of
        # its first token (None when it holds no code) and the tokens to
        # yield first (None: the input ends in blanks).
        column = pos = 0
        for ch in line:
            if ch == ' ':
                column += 1
            elif ch == '\t':
                column = (column // tabsize + 1) * tabsize
            elif ch == '\f':
                column = 0
            else:
                break
            pos += 1
        if pos == len(line):
            return None, None
        out = []
        if line[pos] in '#\r\n':
            if line[pos] == '#':
                remark = line[pos:].rstrip('\r\n')
                out.append(TokenInfo(COMMENT, remark, (self.row, pos), (self.row, pos + len(remark)), line))
                pos += len(remark)
            out.append(TokenInfo(NL, line[pos:], (self.row, pos), (self.row, len(line)), line))
            return None, out
        if column > self.levels[-1]:
            self.levels.append(column)
            out.append(TokenInfo(INDENT, line[:pos], (self.row, 0), (self.row, pos), line))
        while column < self.levels[-1]:
            if column not in self.levels:
                raise IndentationError("unindent does not match any outer indentation level",
                                       ("<tokenize>", self.row, pos, line))
            self.levels.pop()
            if self.in_async and self.async_level >= self.levels[-1]:
                self._leave_async()
            out.append(TokenInfo(DEDENT, '', (self.row, pos), (self.row, pos), line))
        if self.in_async and self.async_newline and self.async_level >= self.levels[-1]:
            self._leave_async()
        return pos, out

    def _name(self, word, span, line):
        # The tokens for a name; 'async' is held back until the next
        # token shows whether it starts an 'async def'.
        if self.in_async and word in ('async', 'await'):
            return [TokenInfo(ASYNC if word == 'async' else AWAIT, word, span[0], span[1], line)]
        tok = TokenInfo(NAME, word, span[0], span[1], line)
        if word == 'async' and self.held is None:
            self.held = tok
            return []
        held, self.held = self.held, None
        if held is None:
            return [tok]
        if word == 'def' and held.type == NAME and held.string == 'async':
            self.in_async = True
            self.async_level = self.levels[-1]
            held = held._replace(type=ASYNC)
        return [held, tok]

    def _scan(self, line, pos):
        row = self.row
        size = len(line)
        match = self.pseudo.match
        new = _new_token
        kinds = _FIRST_KIND
        while pos < size:
            found = match(line, pos)
            if found is None:
                yield new(TokenInfo, (ERRORTOKEN, line[pos], (row, pos), (row, pos + 1), line))
                pos += 1
                continue
            start, pos = found.span(1)
            if start == pos:
                continue
            text = line[start:pos]
            kind = kinds.get(text[0])
            if kind is None:
                kind = _WORD if text[0].isidentifier() else _OP
            if kind is _WORD:
                # a name, or a string with a prefix (rb'...', f"""...)
                if text in triple_quoted:
                    kind = _TRIPLE
                elif text[-1] in '\'"\n':
                    kind = _QUOTED
                else:
                    yield from self._name(text, ((row, start), (row, pos)), line)
                    continue
            elif kind is _DOT:
                kind = _OP if text in ('.', '...') else NUMBER
            elif kind is _QUOTED and text in triple_quoted:
                kind = _TRIPLE
            if kind is _TRIPLE:
                closing = _regex(endpats[text])
                done = closing.match(line, pos)
                if done is None:
                    self.partial = [line[start:], line, (row, start), closing, False]
                    return
                pos = done.end(0)
                tok = new(TokenInfo, (STRING, line[start:pos], (row, start), (row, pos), line))
            elif kind is _QUOTED:
                if text.endswith('\n'):
                    quote = text.lstrip('bBrRuUfF')[:1]
                    self.partial = [line[start:], line, (row, start), _regex(endpats[quote]), True]
                    return
                tok = new(TokenInfo, (STRING, text, (row, start), (row, pos), line))
            elif kind is _OP:
                if text in '([{':
                    self.depth += 1
                elif text in ')]}':
                    self.depth -= 1
                tok = new(TokenInfo, (OP, text, (row, start), (row, pos), line))
            elif kind is _LINE_END:
                kind = NL if self.depth > 0 else NEWLINE
                if kind == NEWLINE and self.in_async:
                    self.async_newline = True
                tok = new(TokenInfo, (kind, text, (row, start), (row, pos), line))
            elif kind is _JOIN:
                self.joined = True
                continue
            else:
                tok = new(TokenInfo, (kind, text, (row, start), (row, pos), line))
            if self.held is not None:
                yield self.held
                self.held = None
            yield tok


# What the first character of a token tells of it (_scan): the markers
# below, or the token type itself (NUMBER, COMMENT).
_WORD, _DOT, _QUOTED, _TRIPLE, _LINE_END, _JOIN, _OP = (
    '_WORD', '_DOT', '_QUOTED', '_TRIPLE', '_LINE_END', '_JOIN', '_OP')
_FIRST_KIND = dict.fromkeys('0123456789', NUMBER)
_FIRST_KIND.update(dict.fromkeys(
    '_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', _WORD))
_FIRST_KIND.update({'.': _DOT, '#': COMMENT, '\\': _JOIN, '\r': _LINE_END,
                    '\n': _LINE_END, "'": _QUOTED, '"': _QUOTED})
_new_token = tuple.__new__


def main():
    """The command line: python -m tokenize [-e] [filename.py] prints
    one line per token (its range, type name and text)."""
    import argparse

    cli = argparse.ArgumentParser(prog='python -m tokenize')
    cli.add_argument(dest='filename', nargs='?', metavar='filename.py',
                     help='the file to tokenize; defaults to stdin')
    cli.add_argument('-e', '--exact', dest='exact', action='store_true',
                     help='display token names using the exact type')
    options = cli.parse_args()
    source = options.filename or '<stdin>'

    def fail(message, where=None, location=None):
        if location:
            text = "{}:{}:{}: error: {}".format(where, location[0], location[1], message)
        elif where:
            text = "{}: error: {}".format(where, message)
        else:
            text = "error: {}".format(message)
        print(text, file=sys.stderr)
        sys.exit(1)

    try:
        if options.filename:
            with _builtin_open(options.filename, 'rb') as stream:
                found = list(tokenize(stream.readline))
        else:
            found = _tokenize(sys.stdin.readline, None)
        for tok in found:
            label = tok_name[tok.exact_type if options.exact else tok.type]
            span = "%d,%d-%d,%d:" % (tok.start[0], tok.start[1], tok.end[0], tok.end[1])
            print("%-20s%-15s%-15r" % (span, label, tok.string))
    except (SyntaxError, TokenError, OSError) as exc:
        if isinstance(exc, IndentationError):
            fail(exc.args[0], source, tuple(exc.args[1][1:3]))
        if isinstance(exc, TokenError):
            fail(exc.args[0], source, tuple(exc.args[1]))
        fail(exc, source if isinstance(exc, SyntaxError) else None)
    except KeyboardInterrupt:
        print("interrupted\n")
    except Exception as exc:
        print("unexpected error: %s" % exc, file=sys.stderr)
        raise


if __name__ == "__main__":
    main()
