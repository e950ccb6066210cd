"""Wrapping and filling of text: wrap, fill, shorten, dedent, indent and
TextWrapper.

Written for gpython-ssl from CPython 3.6's documented behaviour. A
text is cut into runs of whitespace and of other characters by re, and
runs with hyphens into chunks by a hand-written scanner.
"""

import re as _re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# The whitespace textwrap knows about (ASCII only, like CPython's).
_WS = '\t\n\x0b\x0c\r '
_PUNCT = '!"\'&.,?'


def _is_ws(c):
    return c in _WS


def _is_word(c):
    return c == '_' or c.isalnum()


def _is_letter(c):
    return _is_word(c) and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in _PUNCT


def _dashes_then_word(text, p):
    # Two or more '-' starting at p, followed by a word character.
    n = len(text)
    q = p
    while q < n and text[q] == '-':
        q += 1
    return q - p >= 2 and q < n and _is_word(text[q])


def _explode(s):
    # list(s) in pieces: iterating a long str of the interpreter is slow,
    # slicing it in halves is not.
    out = []
    stack = [s]
    while stack:
        x = stack.pop()
        if len(x) <= 32:
            out.extend(x)
        else:
            m = len(x) // 2
            stack.append(x[m:])
            stack.append(x[:m])
    return out


# A run of the whitespace above: re.split with it as a group cuts a text
# into alternating runs of whitespace and of other characters.
_WS_RUN = _re.compile('([\t\n\x0b\x0c\r ]+)')


def _runs(s):
    return [r for r in _WS_RUN.split(s) if r]


def _chunks_simple(s):
    return _runs(s)


def _hyphen_break(text, p):
    # Whether a word may be cut just after the '-' at p.
    n = len(text)
    if p + 1 >= n or not _is_letter(text[p + 1]):
        return False
    if not (p + 2 < n and (_is_letter(text[p + 2]) or
                           (text[p + 2] == '-' and p + 3 < n and _is_letter(text[p + 3])))):
        return False
    if p >= 2 and _is_letter(text[p - 1]) and _is_letter(text[p - 2]):
        return True
    if p >= 3 and _is_letter(text[p - 1]) and text[p - 2] == '-' and \
            _is_letter(text[p - 3]):
        return True
    return False


def _scan_hyphens(s):
    # the chunks of s, one run of non-whitespace, cut after hyphens and
    # around em-dashes
    text = _explode(s)
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if _is_ws(c):
            j = i
            while j < n and _is_ws(text[j]):
                j += 1
            out.append(''.join(text[i:j]))
            i = j
            continue
        if c == '-' and i > 0 and _is_word_punct(text[i - 1]):
            # a run of dashes between words (an em-dash), longest first
            q = i
            while q < n and text[q] == '-':
                q += 1
            end = -1
            while q - i >= 2:
                if q < n and _is_word(text[q]):
                    end = q
                    break
                q -= 1
            if end >= 0:
                out.append(''.join(text[i:end]))
                i = end
                continue
        p = i + 1
        while True:
            if p < n and text[p] == '-' and _hyphen_break(text, p):
                p += 1
                break
            if p >= n or _is_ws(text[p]):
                break
            if _is_word_punct(text[p - 1]) and _dashes_then_word(text, p):
                break
            p += 1
        out.append(''.join(text[i:p]))
        i = p
    return out


def _chunks_hyphens(s):
    # Whitespace never joins a chunk with its neighbours, and the scanner
    # sees the edges of a run as it sees those of the text (whitespace
    # breaks no hyphen rule): only the runs with a '-' need it.
    if '-' not in s:
        return _runs(s)
    out = []
    for r in _runs(s):
        if '-' in r and not _is_ws(r[0]):
            out.extend(_scan_hyphens(r))
        else:
            out.append(r)
    return out


def _sentence_end(chunk):
    # a lowercase ASCII letter, then . ! or ?, then maybe a quote, at the end
    k = len(chunk)
    if k and chunk[-1] in '"\'':
        k -= 1
    return k >= 2 and chunk[k - 1] in '.!?' and 'a' <= chunk[k - 2] <= 'z'


class TextWrapper(object):
    """Wraps paragraphs of text to a width; the attributes are the
    settings (see the constructor's keywords)."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        # layout
        self.width = width
        self.initial_indent, self.subsequent_indent = (initial_indent,
                                                       subsequent_indent)
        # whitespace treatment
        self.expand_tabs, self.tabsize = expand_tabs, tabsize
        self.replace_whitespace = replace_whitespace
        self.drop_whitespace = drop_whitespace
        # where lines may break
        self.break_long_words, self.break_on_hyphens = (break_long_words,
                                                        break_on_hyphens)
        self.fix_sentence_endings = fix_sentence_endings
        # truncation
        self.max_lines, self.placeholder = max_lines, placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in _WS:
                if c != ' ':
                    text = text.replace(c, ' ')
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _chunks_hyphens(text)
        return _chunks_simple(text)

    def _fix_sentence_endings(self, chunks):
        # the single space after a sentence's end becomes two
        for i in range(1, len(chunks)):
            if chunks[i] == " " and _sentence_end(chunks[i - 1]):
                chunks[i] = "  "

    def _handle_long_word(self, pending, cur_line, cur_len, width):
        room = width - cur_len if width >= 1 else 1
        if self.break_long_words:
            word = pending[-1]
            cur_line.append(word[:room])
            pending[-1] = word[room:]
        elif not cur_line:
            cur_line.append(pending.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        # pending holds the chunks still to place, the next one last
        pending = list(chunks)
        pending.reverse()
        lines = []
        drop = self.drop_whitespace
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(indent)
            if drop and lines and pending[-1].strip() == '':
                pending.pop()
            line = []
            used = 0
            while pending and used + len(pending[-1]) <= room:
                chunk = pending.pop()
                line.append(chunk)
                used += len(chunk)
            if pending and len(pending[-1]) > room:
                self._handle_long_word(pending, line, used, room)
                used = sum(len(c) for c in line)
            if drop and line and line[-1].strip() == '':
                used -= len(line[-1])
                line.pop()
            if not line:
                continue
            fits = (self.max_lines is None or len(lines) + 1 < self.max_lines)
            if not fits:
                rest_empty = (not pending or
                              (drop and len(pending) == 1 and not pending[0].strip()))
                fits = rest_empty and used <= room
            if fits:
                lines.append(indent + ''.join(line))
                continue
            placed = False
            while line:
                if line[-1].strip() and used + len(self.placeholder) <= room:
                    lines.append(indent + ''.join(line) + self.placeholder)
                    placed = True
                    break
                used -= len(line[-1])
                line.pop()
            if not placed:
                done = False
                if lines:
                    prev = lines[-1].rstrip()
                    if len(prev) + len(self.placeholder) <= self.width:
                        lines[-1] = prev + self.placeholder
                        done = True
                if not done:
                    lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines (without newlines) text wraps into."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """text wrapped, as one string with newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """The lines text wraps into at width (TextWrapper's keywords apply)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """text wrapped at width, as one string with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """text with its whitespace collapsed, cut to fit width with the
    placeholder marking the cut."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _blank_line(line):
    return line != '' and all(c in ' \t' for c in line)


def _leading_blanks(line):
    # the spaces and tabs a line starts with
    return line[:len(line) - len(line.lstrip(' \t'))]


def _shared_start(a, b):
    # the longest common prefix of a and b
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return a[:n]


def dedent(text):
    """text with the leading whitespace common to its lines removed;
    lines of only blanks become empty."""
    lines = ['' if _blank_line(l) else l for l in text.split('\n')]
    margin = None
    # the margin is what the indents of all lines with content share
    for lead in [_leading_blanks(l) for l in lines if l.strip(' \t')]:
        margin = lead if margin is None else _shared_start(margin, lead)
    if margin:
        m = len(margin)
        lines = [l[m:] if l.startswith(margin) else l for l in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """text with prefix added to the lines predicate accepts (by default
    the lines that are not just whitespace)."""
    wanted = _has_content if predicate is None else predicate
    return ''.join([prefix + line if wanted(line) else line
                    for line in text.splitlines(True)])


def _has_content(line):
    return line.strip()


if __name__ == "__main__":
    # run as a script: what dedent makes of text whose first line has no
    # indent (nothing is shared, so nothing goes)
    print(dedent("Hello there.\n  This is indented."))
