"""A tolerant HTML tokenizer: HTMLParser reads markup fed to it in pieces
and calls a handler method for each tag, text run, comment, declaration,
processing instruction and (without convert_charrefs) reference."""

import re as _re

from html import unescape as _unescape

__all__ = ['HTMLParser']

_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_DIGITS = '0123456789'
_HEX_DIGITS = _DIGITS + 'abcdefABCDEF'
# characters that end a tag name
_NAME_STOP = '\t\n\r\f />\x00'
# characters after which an attribute name may start
_QUOTES = '\'"'
# names of marked sections closed by ']]>' and by ']>' (Microsoft Office)
_SECTIONS = ('temp', 'cdata', 'ignore', 'include', 'rcdata')
_MS_SECTIONS = ('if', 'else', 'endif')
# a character that tells text that ends with '&...' is complete
_REF_DONE = _re.compile(r'[\s;]')
# the end of a comment: two dashes, maybe blanks, then '>'
_COMMENT_END = _re.compile(r'--\s*>')
_SECTION_END = _re.compile(r']\s*]\s*>')
_MS_SECTION_END = _re.compile(r']\s*>')
# a well-formed end tag: '</', blanks, a name, blanks, '>'
_END_TAG = _re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')
_DECL_NAME = _re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*')


def _blank(c):
    return c != '' and c.isspace()


def _attribute_value(raw):
    # an attribute's value as written (None when bare), unquoted and with
    # its character references replaced
    if raw is None:
        return None
    if len(raw) >= 2 and raw[0] in _QUOTES and raw[-1] == raw[0]:
        raw = raw[1:-1]
    return _unescape(raw) if raw else raw


class _Tag:
    """One start tag read off the text: where its name ends, its
    attributes (name, raw value or None, end)."""

    def __init__(self, name_end):
        self.name_end = name_end
        self.attrs = []


class HTMLParser:
    """Reads HTML from feed() and calls handle_starttag(), handle_data()
    and the other handle_ methods (which do nothing here: override them)
    as it recognises each piece. Text that may continue in the next feed
    is kept until it does, or until close().

    With convert_charrefs true (the default) character references in
    text are replaced by their characters and reach handle_data();
    otherwise they go to handle_entityref() and handle_charref()."""

    CDATA_CONTENT_ELEMENTS = ('script', 'style')

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def feed(self, data):
        """Add data to the text and handle what of it is complete."""
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        """Handle whatever text is still held, as the end of input."""
        self.goahead(1)

    def reset(self):
        """Forget the text held and start again at line 1, column 0."""
        self.lineno, self.offset = 1, 0
        self.rawdata, self.lasttag = '', '???'
        self._starttag_text = None
        self.clear_cdata_mode()

    def set_cdata_mode(self, elem):
        """Treat what follows as raw text until the end tag of elem."""
        self.cdata_elem = elem = elem.lower()
        self._cdata_end = _re.compile('</\\s*' + elem + '\\s*>', _re.I)

    def clear_cdata_mode(self):
        """Leave raw-text mode."""
        self.cdata_elem = self._cdata_end = None

    def error(self, message):
        raise NotImplementedError('subclasses of ParserBase must override error()')

    def unescape(self, s):
        import warnings
        warnings.warn('The unescape method is deprecated and will be removed '
                      'in 3.5, use html.unescape() instead.',
                      DeprecationWarning, stacklevel=2)
        return _unescape(s)

    # handlers: each does nothing here; a subclass overrides those it
    # wants

    def handle_starttag(self, tag, attrs):
        """Called for <tag ...>: tag in lower case, attrs a list of
        (name, value) pairs, value None for a bare attribute."""

    def handle_startendtag(self, tag, attrs):
        """Called for <tag ... />; unless overridden it calls
        handle_starttag() then handle_endtag()."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_endtag(self, tag):
        """Called for </tag>, tag in lower case."""

    def handle_data(self, data):
        """Called for each run of text."""

    def handle_comment(self, data):
        """Called for <!--data-->."""

    def handle_decl(self, decl):
        """Called for <!DOCTYPE ...> with what lies between '<!' and '>'."""

    def handle_pi(self, data):
        """Called for <?data>."""

    def handle_entityref(self, name):
        """Called for &name; (convert_charrefs false)."""

    def handle_charref(self, name):
        """Called for &#name; (convert_charrefs false): name is digits or
        x and hex digits."""

    def unknown_decl(self, data):
        """Called for a marked section <![data]]>."""

    # where the parser stands

    def get_starttag_text(self):
        """The text of the last start tag, as written."""
        return self._starttag_text

    def getpos(self):
        """(line, column) of the start of what is being handled."""
        return (self.lineno, self.offset)


    def updatepos(self, i, j):
        """Move the position from index i to index j of the text held and
        return j."""
        if i >= j:
            return j
        text = self.rawdata
        newlines = text.count('\n', i, j)
        if newlines:
            self.lineno = self.lineno + newlines
            self.offset = j - (text.rindex('\n', i, j) + 1)
        else:
            self.offset = self.offset + j - i
        return j

    # the main loop

    def _text(self, start, stop):
        # the text between start and stop, handed over as data
        piece = self.rawdata[start:stop]
        if self.convert_charrefs and not self.cdata_elem:
            piece = _unescape(piece)
        self.handle_data(piece)

    def _next_markup(self, i):
        # where the next piece of markup starts, or -1 to wait for more
        text = self.rawdata
        n = len(text)
        if self.convert_charrefs and not self.cdata_elem:
            j = text.find('<', i)
            if j >= 0:
                return j
            amp = text.rfind('&', max(i, n - 34))
            if amp >= 0 and not _REF_DONE.search(text, amp):
                return -1
            return n
        if self.cdata_elem:
            found = self._cdata_end.search(text, i)
            return found.start() if found else -1
        for j in range(i, n):
            if text[j] in '<&':
                return j
        return n

    def goahead(self, end):
        """Handles as much of the text held as is complete; with end
        true, all of it."""
        text = self.rawdata
        i = 0
        n = len(text)
        while i < n:
            j = self._next_markup(i)
            if j < 0:
                break
            if i < j:
                self._text(i, j)
            i = self.updatepos(i, j)
            if i == n:
                break
            if text[i] == '<':
                k = self._markup(i, n)
                if k is None:
                    break
                if k < 0:
                    if not end:
                        break
                    k = self._unfinished_end(i)
                    self._text(i, k)
                i = self.updatepos(i, k)
            elif text.startswith('&#', i):
                k = self._charref(i)
                if k < 0:
                    if ';' in text[i:]:
                        self.handle_data(text[i:i + 2])
                        i = self.updatepos(i, i + 2)
                    break
                i = self.updatepos(i, k)
            else:
                k = self._entityref(i)
                if k >= 0:
                    i = self.updatepos(i, k)
                    continue
                if i + 1 < n and (text[i + 1] in _ASCII_LETTERS or text[i + 1] == '#'):
                    # may become a reference with more text
                    if end and i + 2 == n:
                        i = self.updatepos(i, i + 1)
                    break
                if i + 1 < n:
                    self.handle_data('&')
                    i = self.updatepos(i, i + 1)
                else:
                    break
        if end and i < n and not self.cdata_elem:
            self._text(i, n)
            i = self.updatepos(i, n)
        self.rawdata = text[i:]

    def _unfinished_end(self, i):
        # at the end of input, where markup that never finished stops
        text = self.rawdata
        k = text.find('>', i + 1)
        if k >= 0:
            return k + 1
        k = text.find('<', i + 1)
        return k if k >= 0 else i + 1

    def _markup(self, i, n):
        # handles the markup at text[i] == '<': its end, -1 when it may
        # be incomplete, None when nothing can be decided yet
        text = self.rawdata
        nxt = text[i + 1:i + 2]
        if nxt != '' and nxt in _ASCII_LETTERS:
            return self.parse_starttag(i)
        if nxt == '/':
            return self.parse_endtag(i)
        if text.startswith('<!--', i):
            return self.parse_comment(i)
        if nxt == '?':
            return self.parse_pi(i)
        if nxt == '!':
            return self.parse_html_declaration(i)
        if i + 1 < n:
            self.handle_data('<')
            return i + 1
        return None

    # references (convert_charrefs false)

    def _charref(self, i):
        # '&#' digits or '&#x' hex digits, then a character that is not
        # a hex digit; the end of the reference (past a ';'), or -1
        text = self.rawdata
        j = i + 2
        if text[j:j + 1] in ('x', 'X') and text[j + 1:j + 2] != '' and text[j + 1] in _HEX_DIGITS:
            j += 1
            while j < len(text) and text[j] in _HEX_DIGITS:
                j += 1
        elif text[j:j + 1] != '' and text[j] in _DIGITS:
            while j < len(text) and text[j] in _DIGITS:
                j += 1
        else:
            return -1
        if j >= len(text) or text[j] in _HEX_DIGITS:
            return -1
        self.handle_charref(text[i + 2:j])
        return j + 1 if text[j] == ';' else j

    def _entityref(self, i):
        # '&' a letter, then letters, digits, '-' or '.', then a character
        # that is not a letter or digit; the end (past a ';'), or -1
        text = self.rawdata
        j = i + 1
        if j >= len(text) or text[j] not in _ASCII_LETTERS:
            return -1
        while j < len(text) and (text[j] in _ASCII_LETTERS or text[j] in _DIGITS or text[j] in '-.'):
            j += 1
        if j >= len(text):
            # the text ends in the name: a '-' or '.' in it may end it
            j -= 1
            while j > i + 1 and text[j] not in '-.':
                j -= 1
            if j == i + 1:
                return -1
        self.handle_entityref(text[i + 1:j])
        return j + 1 if text[j] == ';' else j

    # tags

    def _scan_tag(self, i, strict_tail):
        # reads the start tag at text[i] == '<' as far as it goes: the
        # name, then attributes (each needs a quote, blank or '/' before
        # it). strict_tail chooses how the tag may go on after the name
        # (the two readings CPython makes of a tag differ there).
        text = self.rawdata
        n = len(text)
        j = i + 1
        while j < n and text[j] not in _NAME_STOP:
            j += 1
        tag = _Tag(j)
        if strict_tail:
            j = self._skip_separators(j)
        else:
            while j < n and (_blank(text[j]) or text[j] == '/'):
                j += 1
        while j < n and text[j] not in '/>' and not _blank(text[j]):
            before = text[j - 1]
            if not (_blank(before) or before in _QUOTES or before == '/'):
                break
            start = j
            j += 1
            while j < n and text[j] not in '/=>' and not _blank(text[j]):
                j += 1
            name_end = j
            value, j = self._scan_value(j, not strict_tail)
            tag.attrs.append((text[start:name_end], value))
            j = self._skip_separators(j)
        tag.end = j
        return tag

    def _skip_separators(self, j):
        # blanks and slashes not followed by '>'
        text = self.rawdata
        n = len(text)
        while j < n and (_blank(text[j]) or (text[j] == '/' and text[j + 1:j + 2] != '>')):
            j += 1
        return j

    def _scan_value(self, j, trailing_blanks):
        # an attribute's '= value' part at j: (raw value or None, end)
        text = self.rawdata
        n = len(text)
        k = j
        while k < n and _blank(text[k]):
            k += 1
        if k >= n or text[k] != '=':
            return None, j
        while k < n and text[k] == '=':
            k += 1
        while k < n and _blank(text[k]):
            k += 1
        if k < n and text[k] in _QUOTES:
            close = text.find(text[k], k + 1)
            if close < 0:
                return None, j
            value, k = text[k:close + 1], close + 1
        else:
            start = k
            while k < n and text[k] != '>' and not _blank(text[k]):
                k += 1
            value = text[start:k]
        if trailing_blanks:
            while k < n and _blank(text[k]):
                k += 1
        return value, k

    def check_for_whole_start_tag(self, i):
        """The end of the start tag at i, or -1 if more text may change
        it."""
        text = self.rawdata
        j = self._scan_tag(i, False).end
        while j < len(text) and _blank(text[j]):
            j += 1
        if text.startswith('>', j):
            return j + 1
        if text.startswith('/>', j):
            return j + 2
        following = text[j:j + 1]
        # the end of the text, or in an attribute: wait for more
        if following == '' or following in _ASCII_LETTERS or following in '=/':
            return -1
        return max(j, i + 1)

    def parse_starttag(self, i):
        """Handles the start tag at i; its end, or -1."""
        endpos = self.check_for_whole_start_tag(i)
        if endpos < 0:
            self._starttag_text = None
            return endpos
        text = self.rawdata
        tag = self._scan_tag(i, True)
        self._starttag_text = text[i:endpos]
        self.lasttag = name = text[i + 1:tag.name_end].lower()
        attrs = [(attr_name.lower(), _attribute_value(value))
                 for attr_name, value in tag.attrs]
        closing = text[tag.end:endpos].strip()
        if closing == '>':
            self.handle_starttag(name, attrs)
            if name in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(name)
        elif closing == '/>':
            self.handle_startendtag(name, attrs)
        else:
            # junk before the end: the whole tag is text
            self.handle_data(text[i:endpos])
        return endpos

    def parse_endtag(self, i):
        """Handles the end tag at i; its end, or -1."""
        text = self.rawdata
        gt = text.find('>', i + 1)
        if gt < 0:
            return -1
        gt += 1
        found = _END_TAG.match(text, i)
        if not found:
            if self.cdata_elem is not None:
                self.handle_data(text[i:gt])
                return gt
            start = i + 2
            if start >= len(text) or text[start] not in _ASCII_LETTERS:
                if text[i:i + 3] == '</>':
                    return i + 3
                return self.parse_bogus_comment(i)
            stop = start
            while stop < len(text) and text[stop] not in _NAME_STOP:
                stop += 1
            self.handle_endtag(text[start:stop].lower())
            after = self._skip_separators(stop)
            return text.find('>', after) + 1
        elem = found.group(1).lower()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(text[i:gt])
            return gt
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gt

    # comments, declarations, instructions

    def parse_comment(self, i, report=1):
        """Handles the comment <!--...--> at i; its end, or -1."""
        text = self.rawdata
        if not text.startswith('<!--', i):
            self.error('unexpected call to parse_comment()')
        found = _COMMENT_END.search(text, i + 4)
        if not found:
            return -1
        if report:
            self.handle_comment(text[i + 4:found.start()])
        return found.end()

    def parse_declaration(self, i):
        """Handles the declaration <!...> at i (up to the first '>');
        its end, or -1."""
        text = self.rawdata
        if text.startswith('<!--', i):
            return self.parse_comment(i)
        if text.startswith('<![', i):
            return self.parse_marked_section(i)
        gt = text.find('>', i + 2)
        if gt < 0:
            return -1
        self.handle_decl(text[i + 2:gt])
        return gt + 1

    def parse_bogus_comment(self, i, report=1):
        """Handles <!...> or </...> at i that is not a proper declaration
        or end tag as a comment; its end, or -1."""
        text = self.rawdata
        gt = text.find('>', i + 2)
        if gt < 0:
            return -1
        if report:
            self.handle_comment(text[i + 2:gt])
        return gt + 1

    def parse_html_declaration(self, i):
        """Handles <!...> at i: a comment, a marked section, a doctype or
        a bogus comment; its end, or -1."""
        text = self.rawdata
        if text.startswith('<!--', i):
            return self.parse_comment(i)
        if text.startswith('<![', i):
            return self.parse_marked_section(i)
        if text[i:i + 9].lower() == '<!doctype':
            gt = text.find('>', i + 9)
            if gt < 0:
                return -1
            self.handle_decl(text[i + 2:gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    def parse_marked_section(self, i, report=1):
        """Handles the marked section <![name[...]]> at i; its end, or -1."""
        text = self.rawdata
        j = i + 3
        if j == len(text):
            return -1
        found = _DECL_NAME.match(text, j)
        if not found:
            self.updatepos(i, j)
            self.error('expected name token at %r' % text[i:i + 20])
        if found.end() == len(text):
            return -1
        keyword = found.group().strip().lower()
        if keyword in _SECTIONS:
            close = _SECTION_END.search(text, i + 3)
        elif keyword in _MS_SECTIONS:
            close = _MS_SECTION_END.search(text, i + 3)
        else:
            self.error('unknown status keyword %r in marked section'
                       % text[i + 3:found.end()])
        if not close:
            return -1
        if report:
            self.unknown_decl(text[i + 3:close.start()])
        return close.end()

    def parse_pi(self, i):
        """Handles the processing instruction <?...> at i; its end, or -1."""
        text = self.rawdata
        gt = text.find('>', i + 2)
        if gt < 0:
            return -1
        self.handle_pi(text[i + 2:gt])
        return gt + 1
