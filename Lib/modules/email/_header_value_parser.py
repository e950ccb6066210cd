"""The structured-header reader behind email.headerregistry.

Every get_<rule>(text) reads one construct of the RFC 5322 / 2045 / 2047 /
2231 grammars from the front of text and returns (token, rest); the
parse_<header>(text) functions read a whole header value and return the
token alone.  A token is either a Terminal (a str carrying token_type and
defects) or a TokenList (a list of tokens).  str() of a token gives the
source text back; .value gives the text with comments and folding white
space reduced as the RFCs say.  Problems found are recorded as defects on
the token where they occur (all_defects gathers them) instead of being
raised; HeaderParseError is raised only when the rule asked for is not
there at all, and callers use that to try the next alternative.

This is the project's own code.  The token classes, their token_type
names, the defects and the shape of the trees follow CPython 3.6, whose
own tests inspect them.
"""

import urllib.parse
from collections import OrderedDict

from email import _encoded_words as _ew
from email import errors
from email import utils

# Character classes of the grammars.
WSP = set(" \t")
CFWS_LEADER = WSP | set("(")
SPECIALS = set('()<>@,:;.\\"[]')
ATOM_ENDS = SPECIALS | WSP
DOT_ATOM_ENDS = ATOM_ENDS - set(".")
# '.', '"' and '(' may appear inside an (obsolete) phrase.
PHRASE_ENDS = SPECIALS - set('."(')
TSPECIALS = (SPECIALS | set("/?=")) - set(".")
TOKEN_ENDS = TSPECIALS | WSP
ASPECIALS = TSPECIALS | set("*'%")
ATTRIBUTE_ENDS = ASPECIALS | WSP
EXTENDED_ATTRIBUTE_ENDS = ATTRIBUTE_ENDS - set("%")

_HEX = set("0123456789abcdefABCDEF")


def quote_string(value):
    """value in double quotes, backslashes and quotes escaped."""
    escaped = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return '"' + escaped + '"'


# The scanning below is done with string operations rather than re:
# header text may hold lone surrogates (undecodable bytes), which must
# come through unchanged.


def _wsp_splitter(text, maxsplit=0):
    """text split at runs of blanks, the runs kept (as re.split with a
    group would), at most maxsplit times when maxsplit is not 0."""
    out = []
    start = 0
    n = 0
    size = len(text)
    while n < size and (not maxsplit or len(out) < 2 * maxsplit):
        if text[n] in WSP:
            end = n
            while end < size and text[end] in WSP:
                end += 1
            out.append(text[start:n])
            out.append(text[n:end])
            start = n = end
        else:
            n += 1
    out.append(text[start:])
    return out


def _controls(text):
    return [ch for ch in text if ch <= " " or ch == "\x7f"]


def _run_length(value, stops):
    # How many characters at the front of value are not in stops.
    n = 0
    while n < len(value) and value[n] not in stops:
        n += 1
    return n


# ---------------------------------------------------------------------------
# Tokens


class TokenList(list):
    """A syntactic construct: its parts, in order, plus its own defects."""

    token_type = None
    syntactic_break = True
    ew_combine_allowed = True

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.defects = []

    def __str__(self):
        return "".join([str(part) for part in self])

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, list.__repr__(self))

    @property
    def value(self):
        return "".join([part.value for part in self if part.value])

    @property
    def all_defects(self):
        found = list(self.defects)
        for part in self:
            found.extend(part.all_defects)
        return found

    def startswith_fws(self):
        return self[0].startswith_fws()

    @property
    def as_ew_allowed(self):
        """Whether every part may be written as an RFC 2047 encoded word."""
        for part in self:
            if not part.as_ew_allowed:
                return False
        return True

    @property
    def comments(self):
        found = []
        for part in self:
            found.extend(part.comments)
        return found

    def fold(self, *, policy):
        return _refold_parse_tree(self, policy=policy)

    def pprint(self, indent=""):
        print(self.ppstr(indent=indent))

    def ppstr(self, indent=""):
        return "\n".join(self._pp(indent=indent))

    def _pp(self, indent=""):
        lines = ["%s%s/%s(" % (indent, type(self).__name__, self.token_type)]
        for part in self:
            if hasattr(part, "_pp"):
                lines.extend(part._pp(indent + "    "))
            else:
                lines.append("%s    !! invalid element in token list: %r"
                             % (indent, part))
        tail = " Defects: %s" % (self.defects,) if self.defects else ""
        lines.append(indent + ")" + tail)
        return lines

    def _first(self, kind):
        # The first part whose token_type is kind, or None.
        for part in self:
            if part.token_type == kind:
                return part
        return None


def _token_class(name, token_type, base=TokenList, **attrs):
    attrs["token_type"] = token_type
    return type(name, (base,), attrs)


class WhiteSpaceTokenList(TokenList):
    """White space and comments: worth a single space."""

    @property
    def value(self):
        return " "

    @property
    def comments(self):
        return [part.content for part in self if part.token_type == "comment"]


UnstructuredTokenList = _token_class("UnstructuredTokenList", "unstructured")
Phrase = _token_class("Phrase", "phrase")
Word = _token_class("Word", "word")
CFWSList = _token_class("CFWSList", "cfws", WhiteSpaceTokenList)
Atom = _token_class("Atom", "atom")
Token = _token_class("Token", "token", encode_as_ew=False)
EncodedWord = _token_class("EncodedWord", "encoded-word",
                           cte=None, charset=None, lang=None)


class QuotedString(TokenList):
    """A quoted string with the white space and comments around it."""

    token_type = "quoted-string"

    @property
    def content(self):
        bare = self._first("bare-quoted-string")
        return None if bare is None else bare.value

    stripped_value = content

    @property
    def quoted_value(self):
        return "".join([str(part) if part.token_type == "bare-quoted-string"
                        else part.value for part in self])


class BareQuotedString(QuotedString):
    """The quotes and what is between them."""

    token_type = "bare-quoted-string"

    def __str__(self):
        return quote_string(self.value)

    @property
    def value(self):
        return "".join([str(part) for part in self])


def _escape_comment_text(part):
    if part.token_type == "comment":
        return str(part)
    return str(part).replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


class Comment(WhiteSpaceTokenList):
    """A parenthesised comment (which may nest)."""

    token_type = "comment"

    def __str__(self):
        return "(" + "".join([self.quote(part) for part in self]) + ")"

    def quote(self, value):
        return _escape_comment_text(value)

    @property
    def content(self):
        return "".join([str(part) for part in self])

    @property
    def comments(self):
        return [self.content]


def _mailboxes_of(tokens, valid_only):
    kinds = ("mailbox",) if valid_only else ("mailbox", "invalid-mailbox")
    return [t for t in tokens if t.token_type in kinds]


class AddressList(TokenList):

    token_type = "address-list"

    @property
    def addresses(self):
        return [part for part in self if part.token_type == "address"]

    @property
    def mailboxes(self):
        found = []
        for address in self.addresses:
            found.extend(address.mailboxes)
        return found

    @property
    def all_mailboxes(self):
        found = []
        for address in self.addresses:
            found.extend(address.all_mailboxes)
        return found


class Address(TokenList):

    token_type = "address"

    @property
    def display_name(self):
        inner = self[0]
        return inner.display_name if inner.token_type == "group" else None

    @property
    def mailboxes(self):
        inner = self[0]
        if inner.token_type == "invalid-mailbox":
            return []
        if inner.token_type == "mailbox":
            return [inner]
        return inner.mailboxes

    @property
    def all_mailboxes(self):
        inner = self[0]
        if inner.token_type in ("mailbox", "invalid-mailbox"):
            return [inner]
        return inner.all_mailboxes


class MailboxList(TokenList):

    token_type = "mailbox-list"

    @property
    def mailboxes(self):
        return _mailboxes_of(self, True)

    @property
    def all_mailboxes(self):
        return _mailboxes_of(self, False)


class GroupList(TokenList):

    token_type = "group-list"

    def _list(self):
        if self and self[0].token_type == "mailbox-list":
            return self[0]
        return None

    @property
    def mailboxes(self):
        inner = self._list()
        return [] if inner is None else inner.mailboxes

    @property
    def all_mailboxes(self):
        inner = self._list()
        return [] if inner is None else inner.all_mailboxes


class Group(TokenList):

    token_type = "group"

    @property
    def mailboxes(self):
        listed = self[2]
        return listed.mailboxes if listed.token_type == "group-list" else []

    @property
    def all_mailboxes(self):
        listed = self[2]
        return listed.all_mailboxes if listed.token_type == "group-list" else []

    @property
    def display_name(self):
        return self[0].display_name


class NameAddr(TokenList):

    token_type = "name-addr"

    @property
    def display_name(self):
        return None if len(self) == 1 else self[0].display_name

    local_part = property(lambda self: self[-1].local_part)
    domain = property(lambda self: self[-1].domain)
    route = property(lambda self: self[-1].route)
    addr_spec = property(lambda self: self[-1].addr_spec)


class AngleAddr(TokenList):

    token_type = "angle-addr"

    def _spec_attr(self, name):
        spec = self._first("addr-spec")
        return None if spec is None else getattr(spec, name)

    local_part = property(lambda self: self._spec_attr("local_part"))
    domain = property(lambda self: self._spec_attr("domain"))

    @property
    def route(self):
        route = self._first("obs-route")
        return None if route is None else route.domains

    @property
    def addr_spec(self):
        spec = self._first("addr-spec")
        if spec is None:
            return "<>"
        if spec.local_part:
            return spec.addr_spec
        return quote_string(spec.local_part) + spec.addr_spec


class ObsRoute(TokenList):

    token_type = "obs-route"

    @property
    def domains(self):
        return [part.domain for part in self if part.token_type == "domain"]


class Mailbox(TokenList):

    token_type = "mailbox"

    def _named(self):
        return self[0].token_type == "name-addr"

    display_name = property(
        lambda self: self[0].display_name if self._named() else None)
    route = property(lambda self: self[0].route if self._named() else None)
    local_part = property(lambda self: self[0].local_part)
    domain = property(lambda self: self[0].domain)
    addr_spec = property(lambda self: self[0].addr_spec)


class InvalidMailbox(TokenList):
    """What stood where a mailbox should: it has no mailbox attributes."""

    token_type = "invalid-mailbox"

    display_name = local_part = domain = route = addr_spec = property(
        lambda self: None)


def _squeezed(text):
    return "".join(text.split())


class Domain(TokenList):

    token_type = "domain"
    as_ew_allowed = False

    @property
    def domain(self):
        return _squeezed(TokenList.value.fget(self))


DotAtom = _token_class("DotAtom", "dot-atom")
DotAtomText = _token_class("DotAtomText", "dot-atom-text", as_ew_allowed=True)


class AddrSpec(TokenList):

    token_type = "addr-spec"
    as_ew_allowed = False

    @property
    def local_part(self):
        return self[0].local_part

    @property
    def domain(self):
        return self[-1].domain if len(self) >= 3 else None

    @property
    def value(self):
        if len(self) < 3:
            return self[0].value
        return "".join([self[0].value.rstrip(), self[1].value,
                        self[2].value.lstrip()])

    @property
    def addr_spec(self):
        local = self.local_part
        if set(local) & DOT_ATOM_ENDS:
            local = quote_string(local)
        domain = self.domain
        return local if domain is None else local + "@" + domain


ObsLocalPart = _token_class("ObsLocalPart", "obs-local-part",
                            as_ew_allowed=False)


def _is_cfws(token):
    return getattr(token, "token_type", None) == "cfws"


def _trim_cfws(parts, front=True, back=True):
    # parts (a list) without one CFWS token at either end.
    parts = list(parts)
    if front and parts and _is_cfws(parts[0]):
        parts = parts[1:]
    if back and parts and _is_cfws(parts[-1]):
        parts = parts[:-1]
    return parts


class DisplayName(Phrase):

    token_type = "display-name"
    ew_combine_allowed = False

    @property
    def display_name(self):
        # The phrase without the white space and comments at its ends.
        # Like 3.6, an empty name or one ending in a dot is an error.
        parts = list(self)
        for end in (0, -1):
            part = parts[end]
            if _is_cfws(part):
                parts.pop(end)
            elif part[end].token_type == "cfws":
                parts[end] = TokenList(_trim_cfws(part, end == 0, end == -1))
        return TokenList(parts).value

    def _edge_blank(self, end):
        part = self[end]
        return _is_cfws(part) or part[end].token_type == "cfws"

    @property
    def value(self):
        needs_quotes = bool(self.defects) or any(
            part.token_type == "quoted-string" for part in self)
        if not needs_quotes:
            return TokenList.value.fget(self)
        before = " " if self._edge_blank(0) else ""
        after = " " if self._edge_blank(-1) else ""
        return before + quote_string(self.display_name) + after


class LocalPart(TokenList):

    token_type = "local-part"
    as_ew_allowed = False

    @property
    def value(self):
        inner = self[0]
        if inner.token_type == "quoted-string":
            return inner.quoted_value
        return inner.value

    @property
    def local_part(self):
        # The text with white space and comments dropped at the ends and
        # next to the dots.
        items = [part for part in self[0] if not _is_cfws(part)]
        kept = []
        for n, part in enumerate(items):
            if isinstance(part, TokenList):
                dot_before = n == 0 or items[n - 1].token_type == "dot"
                dot_after = (n == len(items) - 1 or
                             items[n + 1].token_type == "dot")
                trimmed = _trim_cfws(part, dot_before and _is_cfws(part[0]),
                                     dot_after and _is_cfws(part[-1]))
                if len(trimmed) != len(part):
                    # 3.6 rewraps only what it trimmed
                    part = TokenList(trimmed)
            kept.append(part)
        return TokenList(kept).value


class DomainLiteral(TokenList):

    token_type = "domain-literal"
    as_ew_allowed = False

    @property
    def domain(self):
        return _squeezed(TokenList.value.fget(self))

    @property
    def ip(self):
        text = self._first("ptext")
        return None if text is None else text.value


MIMEVersion = _token_class("MIMEVersion", "mime-version",
                           major=None, minor=None)


class Parameter(TokenList):

    token_type = "parameter"
    sectioned = False
    extended = False
    charset = "us-ascii"

    @property
    def section_number(self):
        # The attribute takes the CFWS after it, so a section is always
        # the second part.
        return self[1].number if self.sectioned else 0

    @property
    def param_value(self):
        for part in self:
            if part.token_type == "value":
                return part.stripped_value
            if part.token_type == "quoted-string":
                # an extended value written in quotes: its value sits in
                # the bare quoted string
                bare = part._first("bare-quoted-string")
                inner = None if bare is None else bare._first("value")
                if inner is not None:
                    return inner.stripped_value
        return ""


InvalidParameter = _token_class("InvalidParameter", "invalid-parameter",
                                Parameter)


class Attribute(TokenList):

    token_type = "attribute"

    @property
    def stripped_value(self):
        for part in self:
            if part.token_type.endswith("attrtext"):
                return part.value
        return None


Section = _token_class("Section", "section", number=None)


class Value(TokenList):

    token_type = "value"

    @property
    def stripped_value(self):
        first = self[1] if _is_cfws(self[0]) else self[0]
        if first.token_type.endswith(("quoted-string", "attribute",
                                      "extended-attribute")):
            return first.stripped_value
        return self.value


def _decode_2231(param, charset, text):
    # The %XX text of an extended parameter, decoded with charset.
    try:
        raw = urllib.parse.unquote_to_bytes(text)
    except UnicodeEncodeError:
        # undecodable source bytes: the escapes become latin-1
        # characters, the rest stays as it is
        return _unescape_latin1(text)
    try:
        decoded = raw.decode(charset, "surrogateescape")
    except LookupError:
        decoded = raw.decode("us-ascii", "surrogateescape")
    if utils._has_surrogates(decoded):
        param.defects.append(errors.UndecodableBytesDefect())
    return decoded


def _unescape_latin1(text):
    out = []
    n = 0
    while n < len(text):
        pair = text[n + 1:n + 3]
        if text[n] == "%" and len(pair) == 2 and set(pair) <= _HEX:
            out.append(chr(int(pair, 16)))
            n += 3
        else:
            out.append(text[n])
            n += 1
    return "".join(out)


class MimeParameters(TokenList):

    token_type = "mime-parameters"
    syntactic_break = False

    @property
    def params(self):
        # (name, value) pairs in the order each name first appears; the
        # sections of an RFC 2231 value are joined in section order.
        # Duplicates and gaps are recorded as defects and skipped.
        by_name = OrderedDict()
        for part in self:
            if not part.token_type.endswith("parameter"):
                continue
            if part[0].token_type != "attribute":
                continue
            by_name.setdefault(part[0].value.strip(), []).append(part)
        for name, found in by_name.items():
            found = sorted(found, key=lambda p: p.section_number)
            first = found[0]
            if (not first.extended and len(found) > 1 and
                    found[1].section_number == 0):
                found[1].defects.append(errors.InvalidHeaderDefect(
                    "duplicate parameter name; duplicate(s) ignored"))
                found = found[:1]
            pieces = []
            expected = 0
            for param in found:
                if param.section_number != expected:
                    if not param.extended:
                        param.defects.append(errors.InvalidHeaderDefect(
                            "duplicate parameter name; duplicate ignored"))
                        continue
                    param.defects.append(errors.InvalidHeaderDefect(
                        "inconsistent RFC2231 parameter numbering"))
                expected += 1
                text = param.param_value
                if param.extended:
                    text = _decode_2231(param, first.charset, text)
                pieces.append(text)
            yield name, "".join(pieces)

    def __str__(self):
        shown = [name if not value else "%s=%s" % (name, quote_string(value))
                 for name, value in self.params]
        return " " + "; ".join(shown) if shown else ""


class ParameterizedHeaderValue(TokenList):

    # Keep the value on the header's first line.
    syntactic_break = False

    @property
    def params(self):
        for part in reversed(self):
            if part.token_type == "mime-parameters":
                return part.params
        return {}


ContentType = _token_class("ContentType", "content-type",
                           ParameterizedHeaderValue, as_ew_allowed=False,
                           maintype="text", subtype="plain")
ContentDisposition = _token_class("ContentDisposition", "content-disposition",
                                  ParameterizedHeaderValue,
                                  as_ew_allowed=False,
                                  content_disposition=None)
ContentTransferEncoding = _token_class("ContentTransferEncoding",
                                       "content-transfer-encoding",
                                       as_ew_allowed=False, cte="7bit")
HeaderLabel = _token_class("HeaderLabel", "header-label", as_ew_allowed=False)
Header = _token_class("Header", "header")


class Terminal(str):
    """A run of source characters of one kind."""

    as_ew_allowed = True
    ew_combine_allowed = True
    syntactic_break = True

    def __new__(cls, value, token_type):
        self = str.__new__(cls, value)
        self.token_type = token_type
        self.defects = []
        return self

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, str.__repr__(self))

    def pprint(self):
        print(type(self).__name__ + "/" + self.token_type)

    @property
    def all_defects(self):
        return list(self.defects)

    def _pp(self, indent=""):
        tail = " %s" % (self.defects,) if self.defects else ""
        return ["%s%s/%s(%s)%s" % (indent, type(self).__name__,
                                   self.token_type, str.__repr__(self), tail)]

    def pop_trailing_ws(self):
        return None

    @property
    def comments(self):
        return []

    def __getnewargs__(self):
        return (str(self), self.token_type)


class WhiteSpaceTerminal(Terminal):

    @property
    def value(self):
        return " "

    def startswith_fws(self):
        return True


class ValueTerminal(Terminal):

    @property
    def value(self):
        return self

    def startswith_fws(self):
        return False


class EWWhiteSpaceTerminal(WhiteSpaceTerminal):
    """Blanks between two encoded words: they vanish when decoded."""

    @property
    def value(self):
        return ""

    def __str__(self):
        return ""


DOT = ValueTerminal(".", "dot")
ListSeparator = ValueTerminal(",", "list-separator")
RouteComponentMarker = ValueTerminal("@", "route-component-marker")


# ---------------------------------------------------------------------------
# Reading


def _fail(template, found):
    raise errors.HeaderParseError(template.format(found))


def _check_text(terminal):
    """Record control characters and undecodable bytes in terminal."""
    controls = _controls(terminal)
    if controls:
        terminal.defects.append(errors.NonPrintableDefect(controls))
    if utils._has_surrogates(terminal):
        terminal.defects.append(errors.UndecodableBytesDefect(
            "Non-ASCII characters found in header token"))


def _get_ptext_to_endchars(value, endchars):
    """(text, rest, had_escapes): the first blank-free run of value up to
    a character of endchars, with backslash escapes undone."""
    pieces = _wsp_splitter(value, 1)
    run = pieces[0]
    if not run:
        # 3.6 fails the same way on an empty run
        raise UnboundLocalError(
            "local variable 'pos' referenced before assignment")
    out = []
    had_escape = False
    pos = 0
    while pos < len(run):
        ch = run[pos]
        if ch == "\\":
            if pos + 1 < len(run) and run[pos + 1] == "\\":
                had_escape = True
                out.append("\\")
                pos += 2
                continue
            pos += 1
            if pos == len(run):
                break
            out.append(run[pos])
            pos += 1
            continue
        if ch in endchars:
            break
        out.append(ch)
        pos += 1
    return "".join(out), run[pos:] + "".join(pieces[1:]), had_escape


def _terminal_run(value, stops, token_type, what):
    # A ValueTerminal of the characters before one of stops.
    size = _run_length(value, stops)
    if not size:
        raise errors.HeaderParseError(what.format(value))
    text = value[:size]
    terminal = ValueTerminal(text, token_type)
    _check_text(terminal)
    return terminal, value[len(text):]


def _lead_cfws(tokens, value):
    # Move CFWS at the front of value into tokens; the rest of value.
    if value and value[0] in CFWS_LEADER:
        cfws, value = get_cfws(value)
        tokens.append(cfws)
    return value


def _split_leader(value):
    # (CFWS at the front of value or None, the rest).
    if value and value[0] in CFWS_LEADER:
        return get_cfws(value)
    return None, value


def _leader_of(value):
    # _split_leader for rules that expect text: like 3.6, an empty value
    # is an IndexError here, not a HeaderParseError.
    if value[0] in CFWS_LEADER:
        return get_cfws(value)
    return None, value


def _prepend(token, leader):
    if leader is not None:
        token[:0] = [leader]
    return token


def get_fws(value):
    """FWS: a run of blanks (the header is already unfolded)."""
    rest = value.lstrip()
    return WhiteSpaceTerminal(value[:len(value) - len(rest)], "fws"), rest


def _blank_separated(tokens, text, kind):
    # Append text to tokens as alternating fws and kind terminals.
    while text:
        if text[0] in WSP:
            blank, text = get_fws(text)
            tokens.append(blank)
            continue
        pieces = _wsp_splitter(text, 1)
        word = ValueTerminal(pieces[0], kind)
        _check_text(word)
        tokens.append(word)
        text = "".join(pieces[1:])


def get_encoded_word(value):
    """encoded-word = "=?" charset "?" encoding "?" encoded-text "?=" """
    if not value.startswith("=?"):
        _fail("expected encoded word but found {}", value)
    body = value[2:]
    end = body.find("?=")
    if end < 0:
        _fail("expected encoded word but found {}", value)
    inner, rest = body[:end], body[end + 2:]
    if len(rest) > 1 and rest[0] in _HEX and rest[1] in _HEX:
        # the "?=" was the encoding's '?' followed by a =XX escape
        more = rest.find("?=")
        if more < 0:
            inner, rest = inner + "?=" + rest, ""
        else:
            inner, rest = inner + "?=" + rest[:more], rest[more + 2:]
    word = EncodedWord()
    if len(inner.split()) > 1:
        word.defects.append(errors.InvalidHeaderDefect(
            "whitespace inside encoded word"))
    word.cte = value
    try:
        text, charset, lang, found = _ew.decode("=?" + inner + "?=")
    except ValueError:
        raise errors.HeaderParseError(
            "encoded word format invalid: '{}'".format(word.cte))
    word.charset, word.lang = charset, lang
    word.defects.extend(found)
    _blank_separated(word, text, "vtext")
    return word, rest


def get_unstructured(value):
    """unstructured = (*([FWS] vchar) *WSP) / obs-unstruct

    Words (vtext) and encoded words separated by fws.  The blanks between
    two encoded words vanish from the decoded value.  The whole of value
    is read, so only the token list is returned.
    """
    tokens = UnstructuredTokenList()
    while value:
        if value[0] in WSP:
            blank, value = get_fws(value)
            tokens.append(blank)
            continue
        if value.startswith("=?"):
            try:
                word, rest = get_encoded_word(value)
            except errors.HeaderParseError:
                pass
            else:
                value = rest
                if tokens and tokens[-1].token_type != "fws":
                    tokens.defects.append(errors.InvalidHeaderDefect(
                        "missing whitespace before encoded word"))
                elif (len(tokens) > 1 and
                      tokens[-2].token_type == "encoded-word"):
                    tokens[-1] = EWWhiteSpaceTerminal(tokens[-1], "fws")
                tokens.append(word)
                continue
        pieces = _wsp_splitter(value, 1)
        word = ValueTerminal(pieces[0], "vtext")
        _check_text(word)
        tokens.append(word)
        value = "".join(pieces[1:])
    return tokens


def get_qp_ctext(value):
    """Comment text up to a parenthesis, escapes undone (a ptext worth a
    space)."""
    text, value, _ = _get_ptext_to_endchars(value, "()")
    terminal = WhiteSpaceTerminal(text, "ptext")
    _check_text(terminal)
    return terminal, value


def get_qcontent(value):
    """Quoted-string text up to a double quote, escapes undone."""
    text, value, _ = _get_ptext_to_endchars(value, '"')
    terminal = ValueTerminal(text, "ptext")
    _check_text(terminal)
    return terminal, value


def get_atext(value):
    """A run of atom characters (an atext terminal)."""
    return _terminal_run(value, ATOM_ENDS, "atext",
                         "expected atext but found '{}'")


def get_bare_quoted_string(value):
    """DQUOTE *([FWS] qcontent) [FWS] DQUOTE, without CFWS around it."""
    if value[0] != '"':
        _fail("expected '\"' but found '{}'", value)
    quoted = BareQuotedString()
    value = value[1:]
    if value[0] == '"':
        text, value = get_qcontent(value)
        quoted.append(text)
    while value and value[0] != '"':
        if value[0] in WSP:
            part, value = get_fws(value)
        elif value.startswith("=?"):
            try:
                part, value = get_encoded_word(value)
            except errors.HeaderParseError:
                part, value = get_qcontent(value)
            else:
                quoted.defects.append(errors.InvalidHeaderDefect(
                    "encoded word inside quoted string"))
        else:
            part, value = get_qcontent(value)
        quoted.append(part)
    if not value:
        quoted.defects.append(errors.InvalidHeaderDefect(
            "end of header inside quoted string"))
        return quoted, value
    return quoted, value[1:]


def get_comment(value):
    """comment = "(" *([FWS] ccontent) [FWS] ")" (comments nest)."""
    if value and value[0] != "(":
        _fail("expected '(' but found '{}'", value)
    comment = Comment()
    value = value[1:]
    while value and value[0] != ")":
        if value[0] in WSP:
            part, value = get_fws(value)
        elif value[0] == "(":
            part, value = get_comment(value)
        else:
            part, value = get_qp_ctext(value)
        comment.append(part)
    if not value:
        comment.defects.append(errors.InvalidHeaderDefect(
            "end of header inside comment"))
        return comment, value
    return comment, value[1:]


def get_cfws(value):
    """CFWS: blanks and comments."""
    cfws = CFWSList()
    while value and value[0] in CFWS_LEADER:
        if value[0] == "(":
            part, value = get_comment(value)
        else:
            part, value = get_fws(value)
        cfws.append(part)
    return cfws, value


def get_quoted_string(value):
    """quoted-string = [CFWS] bare-quoted-string [CFWS]"""
    quoted = QuotedString()
    value = _lead_cfws(quoted, value)
    bare, value = get_bare_quoted_string(value)
    quoted.append(bare)
    value = _lead_cfws(quoted, value)
    return quoted, value


def _ew_or(value, fallback):
    # An encoded word at the front of value, else what fallback reads.
    if value.startswith("=?"):
        try:
            return get_encoded_word(value)
        except errors.HeaderParseError:
            pass
    return fallback(value)


def get_atom(value):
    """atom = [CFWS] 1*atext [CFWS] (or an encoded word)"""
    atom = Atom()
    value = _lead_cfws(atom, value)
    if value and value[0] in ATOM_ENDS:
        _fail("expected atom but found '{}'", value)
    core, value = _ew_or(value, get_atext)
    atom.append(core)
    value = _lead_cfws(atom, value)
    return atom, value


def get_dot_atom_text(value):
    """dot-atom-text = 1*atext *("." 1*atext)"""
    if not value or value[0] in ATOM_ENDS:
        _fail("expected atom at a start of dot-atom-text but found '{}'",
              value)
    text = DotAtomText()
    while value and value[0] not in ATOM_ENDS:
        run, value = get_atext(value)
        text.append(run)
        if value[:1] == ".":
            text.append(DOT)
            value = value[1:]
    if text[-1] is DOT:
        _fail("expected atom at end of dot-atom-text but found '{}'",
              "." + value)
    return text, value


def get_dot_atom(value):
    """dot-atom = [CFWS] dot-atom-text [CFWS] (or an encoded word)"""
    atom = DotAtom()
    if value[0] in CFWS_LEADER:
        value = _lead_cfws(atom, value)
    core, value = _ew_or(value, get_dot_atom_text)
    atom.append(core)
    value = _lead_cfws(atom, value)
    return atom, value


def get_word(value):
    """word = atom / quoted-string, the CFWS before it made part of it."""
    leader, value = _leader_of(value)
    if value[0] == '"':
        word, value = get_quoted_string(value)
    elif value[0] in SPECIALS:
        _fail("Expected 'atom' or 'quoted-string' but found '{}'", value)
    else:
        word, value = get_atom(value)
    return _prepend(word, leader), value


def get_phrase(value):
    """phrase = 1*word / obs-phrase (words, dots and CFWS)"""
    phrase = Phrase()
    try:
        word, value = get_word(value)
    except errors.HeaderParseError:
        phrase.defects.append(errors.InvalidHeaderDefect(
            "phrase does not start with word"))
    else:
        phrase.append(word)
    while value and value[0] not in PHRASE_ENDS:
        if value[0] == ".":
            phrase.append(DOT)
            phrase.defects.append(errors.ObsoleteHeaderDefect(
                "period in 'phrase'"))
            value = value[1:]
            continue
        try:
            word, value = get_word(value)
        except errors.HeaderParseError:
            if value[0] not in CFWS_LEADER:
                raise
            word, value = get_cfws(value)
            phrase.defects.append(errors.ObsoleteHeaderDefect(
                "comment found without atom"))
        phrase.append(word)
    return phrase, value


def _continues_local_part(value):
    return bool(value) and (value[0] == "\\" or value[0] not in PHRASE_ENDS)


def get_local_part(value):
    """local-part = dot-atom / quoted-string / obs-local-part"""
    local = LocalPart()
    leader, value = _leader_of(value)
    if not value:
        _fail("expected local-part but found '{}'", value)
    try:
        part, value = get_dot_atom(value)
    except errors.HeaderParseError:
        try:
            part, value = get_word(value)
        except errors.HeaderParseError:
            if value[0] != "\\" and value[0] in PHRASE_ENDS:
                raise
            part = TokenList()
    local.append(_prepend(part, leader))
    if _continues_local_part(value):
        # more words follow: read the whole again by the obsolete rule
        obs, value = get_obs_local_part(str(local) + value)
        if obs.token_type == "invalid-obs-local-part":
            local.defects.append(errors.InvalidHeaderDefect(
                "local-part is not dot-atom, quoted-string, or obs-local-part"))
        else:
            local.defects.append(errors.ObsoleteHeaderDefect(
                "local-part is not a dot-atom (contains CFWS)"))
        local[0] = obs
    try:
        local.value.encode("ascii")
    except UnicodeEncodeError:
        local.defects.append(errors.NonASCIILocalPartDefect(
            "local-part contains non-ASCII characters)"))
    return local, value


def _kind_at(tokens, n):
    return tokens[n].token_type if -len(tokens) <= n < len(tokens) else None


def get_obs_local_part(value):
    """obs-local-part = word *("." word)"""
    obs = ObsLocalPart()
    after_dot = False
    while _continues_local_part(value):
        ch = value[0]
        if ch == ".":
            if after_dot:
                obs.defects.append(errors.InvalidHeaderDefect(
                    "invalid repeated '.'"))
            obs.append(DOT)
            after_dot = True
            value = value[1:]
            continue
        if ch == "\\":
            obs.append(ValueTerminal(ch, "misplaced-special"))
            obs.defects.append(errors.InvalidHeaderDefect(
                "'\\' character outside of quoted-string/ccontent"))
            after_dot = False
            value = value[1:]
            continue
        if obs and obs[-1].token_type != "dot":
            obs.defects.append(errors.InvalidHeaderDefect(
                "missing '.' between words"))
        try:
            part, value = get_word(value)
        except errors.HeaderParseError:
            if ch not in CFWS_LEADER:
                raise
            part, value = get_cfws(value)
        else:
            after_dot = False
        obs.append(part)
    first, second = _kind_at(obs, 0), _kind_at(obs, 1)
    if first == "dot" or (first == "cfws" and second == "dot"):
        obs.defects.append(errors.InvalidHeaderDefect(
            "Invalid leading '.' in local part"))
    last, before = _kind_at(obs, -1), _kind_at(obs, -2)
    if last == "dot" or (last == "cfws" and before == "dot"):
        obs.defects.append(errors.InvalidHeaderDefect(
            "Invalid trailing '.' in local part"))
    if obs.defects:
        obs.token_type = "invalid-obs-local-part"
    return obs, value


def get_dtext(value):
    """Domain-literal text up to a bracket, escapes undone (an obsolete
    form, recorded as a defect)."""
    text, value, had_escape = _get_ptext_to_endchars(value, "[]")
    terminal = ValueTerminal(text, "ptext")
    if had_escape:
        terminal.defects.append(errors.ObsoleteHeaderDefect(
            "quoted printable found in domain-literal"))
    _check_text(terminal)
    return terminal, value


def _ended_early(value, literal):
    # At the end of the input inside a domain literal: close it.
    if value:
        return False
    literal.append(errors.InvalidHeaderDefect(
        "end of input inside domain-literal"))
    literal.append(ValueTerminal("]", "domain-literal-end"))
    return True


def get_domain_literal(value):
    """domain-literal = [CFWS] "[" *([FWS] dtext) [FWS] "]" [CFWS]"""
    literal = DomainLiteral()
    if value[0] in CFWS_LEADER:
        value = _lead_cfws(literal, value)
    if not value:
        raise errors.HeaderParseError("expected domain-literal")
    if value[0] != "[":
        _fail("expected '[' at start of domain-literal but found '{}'", value)
    value = value[1:]
    if _ended_early(value, literal):
        return literal, value
    literal.append(ValueTerminal("[", "domain-literal-start"))
    if value[0] in WSP:
        blank, value = get_fws(value)
        literal.append(blank)
    text, value = get_dtext(value)
    literal.append(text)
    if _ended_early(value, literal):
        return literal, value
    if value[0] in WSP:
        blank, value = get_fws(value)
        literal.append(blank)
    if _ended_early(value, literal):
        return literal, value
    if value[0] != "]":
        _fail("expected ']' at end of domain-literal but found '{}'", value)
    literal.append(ValueTerminal("]", "domain-literal-end"))
    value = _lead_cfws(literal, value[1:])
    return literal, value


def get_domain(value):
    """domain = dot-atom / domain-literal / obs-domain"""
    domain = Domain()
    leader, value = _leader_of(value)
    if not value:
        _fail("expected domain but found '{}'", value)
    if value[0] == "[":
        literal, value = get_domain_literal(value)
        domain.append(_prepend(literal, leader))
        return domain, value
    try:
        part, value = get_dot_atom(value)
    except errors.HeaderParseError:
        part, value = get_atom(value)
    if value[:1] == "@":
        raise errors.HeaderParseError("Invalid Domain")
    domain.append(_prepend(part, leader))
    if value[:1] == ".":
        domain.defects.append(errors.ObsoleteHeaderDefect(
            "domain is not a dot-atom (contains CFWS)"))
        if domain[0].token_type == "dot-atom":
            domain[:] = domain[0]
        while value[:1] == ".":
            domain.append(DOT)
            atom, value = get_atom(value[1:])
            domain.append(atom)
    return domain, value


def get_addr_spec(value):
    """addr-spec = local-part "@" domain"""
    spec = AddrSpec()
    local, value = get_local_part(value)
    spec.append(local)
    if value[:1] != "@":
        spec.defects.append(errors.InvalidHeaderDefect(
            "add-spec local part with no domain"))
        return spec, value
    spec.append(ValueTerminal("@", "address-at-symbol"))
    domain, value = get_domain(value[1:])
    spec.append(domain)
    return spec, value


def get_obs_route(value):
    """obs-route = obs-domain-list ":" (the domains are its parts)"""
    route = ObsRoute()
    while value and (value[0] == "," or value[0] in CFWS_LEADER):
        if value[0] == ",":
            route.append(ListSeparator)
            value = value[1:]
        else:
            value = _lead_cfws(route, value)
    if value[:1] != "@":
        _fail("expected obs-route domain but found '{}'", value)
    route.append(RouteComponentMarker)
    domain, value = get_domain(value[1:])
    route.append(domain)
    while value[:1] == ",":
        route.append(ListSeparator)
        value = value[1:]
        if not value:
            break
        value = _lead_cfws(route, value)
        if value[:1] == "@":
            route.append(RouteComponentMarker)
            domain, value = get_domain(value[1:])
            route.append(domain)
    if not value:
        raise errors.HeaderParseError("end of header while parsing obs-route")
    if value[0] != ":":
        _fail("expected ':' marking end of obs-route but found '{}'", value)
    route.append(ValueTerminal(":", "end-of-obs-route-marker"))
    return route, value[1:]


def get_angle_addr(value):
    """angle-addr = [CFWS] "<" [obs-route] addr-spec ">" [CFWS]"""
    angle = AngleAddr()
    if value[0] in CFWS_LEADER:
        value = _lead_cfws(angle, value)
    if value[:1] != "<":
        _fail("expected angle-addr but found '{}'", value)
    angle.append(ValueTerminal("<", "angle-addr-start"))
    value = value[1:]
    if value[0] == ">":
        # "<>" is not RFC 5322 but SMTP uses it
        angle.append(ValueTerminal(">", "angle-addr-end"))
        angle.defects.append(errors.InvalidHeaderDefect(
            "null addr-spec in angle-addr"))
        return angle, value[1:]
    try:
        spec, value = get_addr_spec(value)
    except errors.HeaderParseError:
        try:
            route, value = get_obs_route(value)
        except errors.HeaderParseError:
            _fail("expected addr-spec or obs-route but found '{}'", value)
        angle.defects.append(errors.ObsoleteHeaderDefect(
            "obsolete route specification in angle-addr"))
        angle.append(route)
        spec, value = get_addr_spec(value)
    angle.append(spec)
    if value[:1] == ">":
        value = value[1:]
    else:
        angle.defects.append(errors.InvalidHeaderDefect(
            "missing trailing '>' on angle-addr"))
    angle.append(ValueTerminal(">", "angle-addr-end"))
    value = _lead_cfws(angle, value)
    return angle, value


def get_display_name(value):
    """display-name = phrase (the phrase's parts, not the phrase)"""
    phrase, value = get_phrase(value)
    name = DisplayName(phrase)
    name.defects = list(phrase.defects)
    return name, value


def get_name_addr(value):
    """name-addr = [display-name] angle-addr"""
    name_addr = NameAddr()
    leader, value = _leader_of(value)
    if leader is not None and not value:
        _fail("expected name-addr but found '{}'", leader)
    if value[0] != "<":
        if value[0] in PHRASE_ENDS:
            _fail("expected name-addr but found '{}'", value)
        name, value = get_display_name(value)
        if not value:
            _fail("expected name-addr but found '{}'", name)
        if leader is not None:
            _prepend(name[0], leader)
            leader = None
        name_addr.append(name)
    angle, value = get_angle_addr(value)
    name_addr.append(_prepend(angle, leader))
    return name_addr, value


def get_mailbox(value):
    """mailbox = name-addr / addr-spec"""
    mailbox = Mailbox()
    try:
        inner, value = get_name_addr(value)
    except errors.HeaderParseError:
        try:
            inner, value = get_addr_spec(value)
        except errors.HeaderParseError:
            _fail("expected mailbox but found '{}'", value)
    if any(isinstance(d, errors.InvalidHeaderDefect)
           for d in inner.all_defects):
        mailbox.token_type = "invalid-mailbox"
    mailbox.append(inner)
    return mailbox, value


def _read_junk(container, value, endchars):
    # Phrases and stray specials up to a character of endchars.
    while value and value[0] not in endchars:
        if value[0] in PHRASE_ENDS:
            container.append(ValueTerminal(value[0], "misplaced-special"))
            value = value[1:]
        else:
            phrase, value = get_phrase(value)
            container.append(phrase)
    return value


def get_invalid_mailbox(value, endchars):
    """Everything up to a character of endchars, as an InvalidMailbox
    (outside the grammar: lets the rest of a list be read)."""
    bad = InvalidMailbox()
    value = _read_junk(bad, value, endchars)
    return bad, value


def _list_recover(container, value, stops, wrap, empty_msg, bad_msg,
                  empty_always_obsolete=True):
    # After an element of a list could not be read: record an empty
    # element, or read up to the next separator as an invalid mailbox.
    leader, value = _split_leader(value)
    if leader is not None:
        if not value or value[0] in stops:
            container.append(leader)
            container.defects.append(errors.ObsoleteHeaderDefect(empty_msg))
            return value
    elif value[0] == ",":
        container.defects.append(errors.ObsoleteHeaderDefect(empty_msg))
        return value
    bad, value = get_invalid_mailbox(value, stops)
    _prepend(bad, leader)
    container.append(wrap(bad))
    container.defects.append(errors.InvalidHeaderDefect(bad_msg))
    return value


def get_mailbox_list(value):
    """mailbox-list = (mailbox *("," mailbox)) / obs-mbox-list

    Read up to the end or a ';' (a group's end); what is not a mailbox
    becomes an invalid-mailbox and reading goes on after the next comma.
    """
    listed = MailboxList()
    bad_msg = "invalid mailbox in mailbox-list"
    while value and value[0] != ";":
        try:
            mailbox, value = get_mailbox(value)
        except errors.HeaderParseError:
            value = _list_recover(listed, value, ",;", lambda t: t,
                                  "empty element in mailbox-list", bad_msg)
        else:
            listed.append(mailbox)
        if value and value[0] not in ",;":
            last = listed[-1]
            last.token_type = "invalid-mailbox"
            extra, value = get_invalid_mailbox(value, ",;")
            last.extend(extra)
            listed.defects.append(errors.InvalidHeaderDefect(bad_msg))
        if value[:1] == ",":
            listed.append(ListSeparator)
            value = value[1:]
    return listed, value


def get_group_list(value):
    """group-list = mailbox-list / CFWS / obs-group-list"""
    group_list = GroupList()
    if not value:
        group_list.defects.append(errors.InvalidHeaderDefect(
            "end of header before group-list"))
        return group_list, value
    leader, value = _split_leader(value)
    if leader is not None:
        if not value:
            group_list.defects.append(errors.InvalidHeaderDefect(
                "end of header in group-list"))
            group_list.append(leader)
            return group_list, value
        if value[0] == ";":
            group_list.append(leader)
            return group_list, value
    listed, value = get_mailbox_list(value)
    if not listed.all_mailboxes:
        if leader is not None:
            group_list.append(leader)
        group_list.extend(listed)
        group_list.defects.append(errors.ObsoleteHeaderDefect(
            "group-list with empty entries"))
        return group_list, value
    group_list.append(_prepend(listed, leader))
    return group_list, value


def get_group(value):
    """group = display-name ":" [group-list] ";" [CFWS]"""
    group = Group()
    name, value = get_display_name(value)
    if value[:1] != ":":
        _fail("expected ':' at end of group display name but found '{}'",
              value)
    group.append(name)
    group.append(ValueTerminal(":", "group-display-name-terminator"))
    value = value[1:]
    if value[:1] == ";":
        group.append(ValueTerminal(";", "group-terminator"))
        return group, value[1:]
    members, value = get_group_list(value)
    group.append(members)
    if not value:
        group.defects.append(errors.InvalidHeaderDefect(
            "end of header in group"))
    elif value[0] != ";":
        _fail("expected ';' at end of group but found {}", value)
    group.append(ValueTerminal(";", "group-terminator"))
    value = _lead_cfws(group, value[1:])
    return group, value


def get_address(value):
    """address = mailbox / group"""
    address = Address()
    try:
        inner, value = get_group(value)
    except errors.HeaderParseError:
        try:
            inner, value = get_mailbox(value)
        except errors.HeaderParseError:
            _fail("expected address but found '{}'", value)
    address.append(inner)
    return address, value


def get_address_list(value):
    """address-list = (address *("," address)) / obs-addr-list

    The whole value is read; what is not an address becomes an Address
    holding an invalid-mailbox, and reading goes on after the next comma.
    """
    listed = AddressList()
    bad_msg = "invalid address in address-list"
    while value:
        try:
            address, value = get_address(value)
        except errors.HeaderParseError:
            leader, _ = _split_leader(value)
            empty_msg = ("address-list entry with no content"
                         if leader is not None else
                         "empty element in address-list")
            value = _list_recover(listed, value, ",",
                                  lambda t: Address([t]), empty_msg, bad_msg)
        else:
            listed.append(address)
        if value and value[0] != ",":
            last = listed[-1][0]
            last.token_type = "invalid-mailbox"
            extra, value = get_invalid_mailbox(value, ",")
            last.extend(extra)
            listed.defects.append(errors.InvalidHeaderDefect(bad_msg))
        if value:
            # a comma
            listed.append(ValueTerminal(",", "list-separator"))
            value = value[1:]
    return listed, value


# ---------------------------------------------------------------------------
# MIME headers


def _read_digits(value, stops):
    # The characters of value before one of stops, and the rest.
    n = _run_length(value, stops)
    return value[:n], value[n:]


def _version_number(version, text, which):
    # Append the major or minor number; an int, or None when not digits.
    if text.isdigit():
        version.append(ValueTerminal(text, "digits"))
        return int(text)
    version.defects.append(errors.InvalidHeaderDefect(
        "Expected MIME %s version number but found %r" % (which, text)))
    version.append(ValueTerminal(text, "xtext"))
    return None


def parse_mime_version(value):
    """mime-version = [CFWS] 1*digit [CFWS] "." [CFWS] 1*digit [CFWS]"""
    version = MIMEVersion()
    if not value:
        version.defects.append(errors.HeaderMissingRequiredValue(
            "Missing MIME version number (eg: 1.0)"))
        return version
    if value[0] in CFWS_LEADER:
        value = _lead_cfws(version, value)
        if not value:
            version.defects.append(errors.HeaderMissingRequiredValue(
                "Expected MIME version number but found only CFWS"))
    text, value = _read_digits(value, CFWS_LEADER | set("."))
    version.major = _version_number(version, text, "major")
    value = _lead_cfws(version, value)
    only_major = errors.InvalidHeaderDefect(
        "Incomplete MIME version; found only major number")
    if value[:1] != ".":
        if version.major is not None:
            version.defects.append(only_major)
        if value:
            version.append(ValueTerminal(value, "xtext"))
        return version
    version.append(ValueTerminal(".", "version-separator"))
    value = _lead_cfws(version, value[1:])
    if not value:
        if version.major is not None:
            version.defects.append(only_major)
        return version
    text, value = _read_digits(value, CFWS_LEADER)
    version.minor = _version_number(version, text, "minor")
    value = _lead_cfws(version, value)
    if value:
        version.defects.append(errors.InvalidHeaderDefect(
            "Excess non-CFWS text after MIME version"))
        version.append(ValueTerminal(value, "xtext"))
    return version


def get_invalid_parameter(value):
    """Everything up to the next ';', as an InvalidParameter."""
    bad = InvalidParameter()
    value = _read_junk(bad, value, ";")
    return bad, value


def get_ttext(value):
    """A run of MIME token characters (a ttext terminal)."""
    return _terminal_run(value, TOKEN_ENDS, "ttext",
                         "expected ttext but found '{}'")


def _wrapped_run(container, value, ends, reader):
    # [CFWS] run [CFWS] into container, the run read by reader.
    value = _lead_cfws(container, value)
    if value and value[0] in ends:
        _fail("expected token but found '{}'", value)
    run, value = reader(value)
    container.append(run)
    return _lead_cfws(container, value)


def get_token(value):
    """token = [CFWS] 1*ttext [CFWS]"""
    token = Token()
    value = _wrapped_run(token, value, TOKEN_ENDS, get_ttext)
    return token, value


def get_attrtext(value):
    """A run of parameter-name characters (an attrtext terminal)."""
    return _terminal_run(value, ATTRIBUTE_ENDS, "attrtext",
                         "expected attrtext but found {!r}")


def get_attribute(value):
    """attribute = [CFWS] 1*attrtext [CFWS]"""
    attribute = Attribute()
    value = _wrapped_run(attribute, value, ATTRIBUTE_ENDS, get_attrtext)
    return attribute, value


def get_extended_attrtext(value):
    """attrtext that may hold % escapes (an extended-attrtext terminal)."""
    return _terminal_run(value, EXTENDED_ATTRIBUTE_ENDS, "extended-attrtext",
                         "expected extended attrtext but found {!r}")


def get_extended_attribute(value):
    """[CFWS] 1*extended-attrtext [CFWS]"""
    attribute = Attribute()
    value = _wrapped_run(attribute, value, EXTENDED_ATTRIBUTE_ENDS,
                         get_extended_attrtext)
    return attribute, value


def get_section(value):
    """section = "*" digits (an RFC 2231 continuation number)"""
    section = Section()
    if value[:1] != "*":
        _fail("Expected section but found {}", value)
    section.append(ValueTerminal("*", "section-marker"))
    value = value[1:]
    if not value[:1].isdigit():
        _fail("Expected section number but found {}", value)
    n = 0
    while n < len(value) and value[n].isdigit():
        n += 1
    digits, value = value[:n], value[n:]
    if digits != "0" and digits.startswith("0"):
        section.defects.append(errors.InvalidHeaderError(
            "section number has an invalid leading 0"))
    section.number = int(digits)
    section.append(ValueTerminal(digits, "digits"))
    return section, value


def get_value(value):
    """value = quoted-string / attribute"""
    if not value:
        raise errors.HeaderParseError("Expected value but found end of string")
    leader, value = _split_leader(value)
    if not value:
        _fail("Expected value but found only {}", leader)
    if value[0] == '"':
        inner, value = get_quoted_string(value)
    else:
        inner, value = get_extended_attribute(value)
    result = Value()
    result.append(_prepend(inner, leader))
    return result, value


def _looks_encoded(param, text):
    # Whether the content of a quoted extended value is in RFC 2231 form.
    if param.section_number == 0:
        if text[:1] == "'":
            return True
        _, rest = get_attrtext(text)
        return rest[:1] == "'"
    try:
        _, rest = get_extended_attrtext(text)
    except errors.HeaderParseError:
        return False
    return not rest


def get_parameter(value):
    """parameter = attribute [section] ["*"] [CFWS] "=" value

    An extended (name*=) value is charset'language'%XX-text; its charset
    and language go into the parameter as RFC2231 parts.
    """
    param = Parameter()
    name, value = get_attribute(value)
    param.append(name)
    if not value or value[0] == ";":
        param.defects.append(errors.InvalidHeaderDefect(
            "Parameter contains name ({}) but no value".format(name)))
        return param, value
    if value[0] == "*":
        try:
            section, value = get_section(value)
        except errors.HeaderParseError:
            pass
        else:
            param.sectioned = True
            param.append(section)
        if not value:
            raise errors.HeaderParseError("Incomplete parameter")
        if value[0] == "*":
            param.append(ValueTerminal("*", "extended-parameter-marker"))
            param.extended = True
            value = value[1:]
    if value[0] != "=":
        raise errors.HeaderParseError("Parameter not followed by '='")
    param.append(ValueTerminal("=", "parameter-separator"))
    value = _lead_cfws(param, value[1:])
    after_quotes = None
    target = param
    if param.extended and value[:1] == '"':
        quoted, after = get_quoted_string(value)
        inner = quoted.stripped_value
        if _looks_encoded(param, inner):
            # read the quoted text as if it had not been quoted
            param.defects.append(errors.InvalidHeaderDefect(
                "Quoted string value for extended parameter is invalid"))
            param.append(quoted)
            bare = quoted._first("bare-quoted-string")
            bare[:] = []
            target = bare
            value, after_quotes = inner, after
        else:
            param.defects.append(errors.InvalidHeaderDefect(
                "Parameter marked as extended but appears to have a "
                "quoted string value that is non-encoded"))
    if value[:1] == "'":
        text = None
    else:
        text, value = get_value(value)
    if not param.extended or param.section_number > 0:
        if value[:1] != "'":
            target.append(text)
            if after_quotes is not None:
                value = after_quotes
            return param, value
        param.defects.append(errors.InvalidHeaderDefect(
            "Apparent initial-extended-value but attribute was not marked "
            "as extended or was not initial section"))
    if not value:
        param.defects.append(errors.InvalidHeaderDefect(
            "Missing required charset/lang delimiters"))
        target.append(text)
        if after_quotes is None:
            return param, value
    else:
        if text is not None:
            charset = text
            for part in text:
                charset = part
                if part.token_type == "extended-attrtext":
                    break
            target.append(charset)
            param.charset = charset.value
        if value[0] != "'":
            _fail("Expected RFC2231 char/lang encoding delimiter, but "
                  "found {!r}", value)
        target.append(ValueTerminal("'", "RFC2231-delimiter"))
        value = value[1:]
        if value and value[0] != "'":
            lang, value = get_attrtext(value)
            target.append(lang)
            param.lang = lang.value
            if value[:1] != "'":
                _fail("Expected RFC2231 char/lang encoding delimiter, but "
                      "found {}", value)
        target.append(ValueTerminal("'", "RFC2231-delimiter"))
        value = value[1:]
    if after_quotes is not None:
        # the rest of the quoted text, read loosely
        text = Value()
        while value:
            if value[0] in WSP:
                part, value = get_fws(value)
            elif value[0] == '"':
                part = ValueTerminal('"', "DQUOTE")
                value = value[1:]
            else:
                part, value = get_qcontent(value)
            text.append(part)
        value = after_quotes
    else:
        text, value = get_value(value)
    target.append(text)
    return param, value


def parse_mime_parameters(value):
    """parameter *(";" parameter), read from just after the first ';'."""
    params = MimeParameters()
    while value:
        try:
            param, value = get_parameter(value)
        except errors.HeaderParseError:
            leader, value = _split_leader(value)
            if not value:
                params.append(leader)
                return params
            if value[0] == ";":
                if leader is not None:
                    params.append(leader)
                params.defects.append(errors.InvalidHeaderDefect(
                    "parameter entry with no content"))
            else:
                bad, value = get_invalid_parameter(value)
                if leader:
                    _prepend(bad, leader)
                params.append(bad)
                params.defects.append(errors.InvalidHeaderDefect(
                    "invalid parameter {!r}".format(bad)))
        else:
            params.append(param)
        if value and value[0] != ";":
            last = params[-1]
            last.token_type = "invalid-parameter"
            extra, value = get_invalid_parameter(value)
            last.extend(extra)
            params.defects.append(errors.InvalidHeaderDefect(
                "parameter with invalid trailing text {!r}".format(extra)))
        if value:
            params.append(ValueTerminal(";", "parameter-separator"))
            value = value[1:]
    return params


def _find_mime_parameters(header, value):
    # After an unreadable value: skip to the first ';' and read the
    # parameters after it.
    value = _read_junk(header, value, ";")
    if value:
        header.append(ValueTerminal(";", "parameter-separator"))
        header.append(parse_mime_parameters(value[1:]))


def _lead_token(header, value, what):
    # A MIME token read into header, or None (with a defect and the
    # parameters found) when there is none.
    try:
        token, rest = get_token(value)
    except errors.HeaderParseError:
        header.defects.append(errors.InvalidHeaderDefect(
            "Expected %s but found %r" % (what, value)))
        _find_mime_parameters(header, value)
        return None, value
    header.append(token)
    return token, rest


def _then_parameters(header, value, what):
    # The ';' and parameters that may follow a MIME header's value.
    if not value:
        return
    if value[0] != ";":
        header.defects.append(errors.InvalidHeaderDefect(
            "Only parameters are valid after %s, but found %r"
            % (what, value)))
        _find_mime_parameters(header, value)
        return
    header.append(ValueTerminal(";", "parameter-separator"))
    header.append(parse_mime_parameters(value[1:]))


def parse_content_type_header(value):
    """maintype "/" subtype *(";" parameter)"""
    ctype = ContentType()
    if not value:
        ctype.defects.append(errors.HeaderMissingRequiredValue(
            "Missing content type specification"))
        return ctype
    main, value = _lead_token(ctype, value, "content maintype")
    if main is None:
        return ctype
    if value[:1] != "/":
        ctype.defects.append(errors.InvalidHeaderDefect("Invalid content type"))
        if value:
            _find_mime_parameters(ctype, value)
        return ctype
    ctype.maintype = main.value.strip().lower()
    ctype.append(ValueTerminal("/", "content-type-separator"))
    sub, value = _lead_token(ctype, value[1:], "content subtype")
    if sub is None:
        return ctype
    ctype.subtype = sub.value.strip().lower()
    if value and value[0] != ";":
        # the type is not trusted when junk follows it
        del ctype.maintype, ctype.subtype
    _then_parameters(ctype, value, "content type")
    return ctype


def parse_content_disposition_header(value):
    """disposition-type *(";" parameter)"""
    disposition = ContentDisposition()
    if not value:
        disposition.defects.append(errors.HeaderMissingRequiredValue(
            "Missing content disposition"))
        return disposition
    kind, value = _lead_token(disposition, value, "content disposition")
    if kind is None:
        return disposition
    disposition.content_disposition = kind.value.strip().lower()
    _then_parameters(disposition, value, "content disposition")
    return disposition


def parse_content_transfer_encoding_header(value):
    """mechanism"""
    cte = ContentTransferEncoding()
    if not value:
        cte.defects.append(errors.HeaderMissingRequiredValue(
            "Missing content transfer encoding"))
        return cte
    try:
        token, value = get_token(value)
    except errors.HeaderParseError:
        cte.defects.append(errors.InvalidHeaderDefect(
            "Expected content transfer encoding but found {!r}".format(value)))
    else:
        cte.append(token)
        cte.cte = token.value.strip().lower()
    while value:
        cte.defects.append(errors.InvalidHeaderDefect(
            "Extra text after content transfer encoding"))
        if value[0] in PHRASE_ENDS:
            cte.append(ValueTerminal(value[0], "misplaced-special"))
            value = value[1:]
        else:
            phrase, value = get_phrase(value)
            cte.append(phrase)
    return cte


# ---------------------------------------------------------------------------
# Folding


def _steal_trailing_WSP_if_exists(lines):
    # Take a blank off the end of the last line, to start the next one.
    last = lines[-1] if lines else ""
    if last and last[-1] in WSP:
        lines[-1] = last[:-1]
        return last[-1]
    return ""


def _charset_for(part, text, encoding):
    # (charset, needs encoding) for writing text of part.
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        undecodable = any(isinstance(d, errors.UndecodableBytesDefect)
                          for d in part.all_defects)
        return ("unknown-8bit" if undecodable else "utf-8"), True
    return encoding, False


class _Refolder:
    """Lays the parts of a parse tree out on lines of at most maxlen
    characters: a part that does not fit goes to a new line if it can
    start one, else it is split into its own parts; text that cannot be
    written in the policy's charset (or a word too long for a line)
    becomes RFC 2047 encoded words, unless inside a part that forbids
    them (an address, say)."""

    # Marks the end of the parts of a token that forbids encoded words.
    _UNBLOCK = Terminal("", "wrap_as_ew_blocked")

    def __init__(self, policy):
        self.policy = policy
        self.maxlen = policy.max_line_length or float("+inf")
        self.encoding = "utf-8" if policy.utf8 else "us-ascii"
        self.lines = [""]
        self.last_ew = None
        self.blocked = 0
        self.want_encoding = False

    def room(self):
        return self.maxlen - len(self.lines[-1])

    def new_line(self, text):
        # Start a line with text, after a blank taken from the line before.
        self.lines.append(_steal_trailing_WSP_if_exists(self.lines) + text)

    def run(self, tree):
        pending = list(tree)
        while pending:
            part = pending.pop(0)
            if part is self._UNBLOCK:
                self.blocked -= 1
                continue
            more = self.place(part)
            if more:
                pending[:0] = more
        return self.policy.linesep.join(self.lines) + self.policy.linesep

    def place(self, part):
        """Lay part out; what is returned goes back to the front of the
        queue."""
        text = str(part)
        charset, needs = _charset_for(part, text, self.encoding)
        if needs:
            self.want_encoding = True
        if part.token_type == "mime-parameters":
            _fold_mime_parameters(part, self.lines, self.maxlen,
                                  self.encoding)
            return None
        is_terminal = isinstance(part, Terminal)
        if self.want_encoding and not self.blocked:
            return self.place_encoded(part, text, charset, is_terminal)
        if len(text) <= self.room():
            self.lines[-1] += text
            return None
        if part.syntactic_break and len(text) + 1 <= self.maxlen:
            blank = _steal_trailing_WSP_if_exists(self.lines)
            if blank or part.startswith_fws():
                self.lines.append(blank + text)
                return None
            # nothing to break at: put the blank back where it was
            self.lines[-1] += blank
        if not is_terminal:
            inner = list(part)
            if not part.as_ew_allowed:
                self.blocked += 1
                inner.append(self._UNBLOCK)
            return inner
        if part.as_ew_allowed and not self.blocked:
            self.want_encoding = True
            return [part]
        blank = _steal_trailing_WSP_if_exists(self.lines)
        if blank or part.startswith_fws():
            self.lines.append(blank + text)
        else:
            self.lines[-1] += text
        return None

    def place_encoded(self, part, text, charset, is_terminal):
        if not part.as_ew_allowed:
            self.want_encoding = False
            self.last_ew = None
            if part.syntactic_break:
                # the part folds itself (writing what it can as encoded
                # words); kept whole when that fits on one line
                folded = part.fold(policy=self.policy)[:-1]
                if self.policy.linesep not in folded:
                    if len(folded) > self.room():
                        self.new_line("")
                    self.lines[-1] += folded
                    return None
        self.want_encoding = False
        if not is_terminal:
            return list(part)
        self.last_ew = _fold_as_ew(text, self.lines, self.maxlen,
                                   self.last_ew, part.ew_combine_allowed,
                                   charset)
        return None


def _refold_parse_tree(parse_tree, *, policy):
    """The text of parse_tree folded into lines for policy."""
    return _Refolder(policy).run(parse_tree)


def _fold_as_ew(to_encode, lines, maxlen, last_ew, ew_combine_allowed, charset):
    """Write to_encode at the end of lines as encoded words split to fit
    maxlen, merged with the encoded word already ending the last line
    (which starts at last_ew) when combining is allowed.  Returns where
    the last encoded word starts (None when combining is not allowed)."""
    if last_ew is not None and ew_combine_allowed:
        to_encode = str(get_unstructured(lines[-1][last_ew:] + to_encode))
        lines[-1] = lines[-1][:last_ew]
    if to_encode[0] in WSP:
        if len(lines[-1]) == maxlen:
            lines.append(_steal_trailing_WSP_if_exists(lines))
        lines[-1] += to_encode[0]
        to_encode = to_encode[1:]
    trailing = ""
    if to_encode[-1] in WSP:
        trailing, to_encode = to_encode[-1], to_encode[:-1]
    start = len(lines[-1]) if last_ew is None else last_ew
    encode_as = "utf-8" if charset == "us-ascii" else charset
    chrome = len(encode_as) + 7
    if chrome + 1 >= maxlen:
        raise errors.HeaderParseError(
            "max_line_length is too small to fit an encoded word")
    while to_encode:
        space = maxlen - len(lines[-1])
        if space - chrome <= 0:
            lines.append(" ")
            continue
        take = to_encode[:space - chrome]
        word = _ew.encode(take, charset=encode_as)
        while len(word) > space:
            take = take[:-1]
            word = _ew.encode(take, charset=encode_as)
        lines[-1] += word
        to_encode = to_encode[len(take):]
        if to_encode:
            lines.append(" ")
            start = len(lines[-1])
    lines[-1] += trailing
    return start if ew_combine_allowed else None


def _fold_mime_parameters(part, lines, maxlen, encoding):
    """Write the parameters of part at the end of lines: name="value", or
    RFC 2231 name*=charset''%XX when the value cannot be written in
    encoding, split into name*0*, name*1*, ... sections when too long."""
    for name, value in part.params:
        if not lines[-1].rstrip().endswith(";"):
            lines[-1] += ";"
        charset = encoding
        handler = "strict"
        try:
            value.encode(encoding)
        except UnicodeEncodeError:
            encoded = True
            if utils._has_surrogates(value):
                charset, handler = "unknown-8bit", "surrogateescape"
            else:
                charset = "utf-8"
        else:
            encoded = False
        if encoded:
            item = "%s*=%s''%s" % (name, charset, urllib.parse.quote(
                value, safe="", errors=handler))
        else:
            item = "%s=%s" % (name, quote_string(value))
        if len(lines[-1]) + len(item) + 1 < maxlen:
            lines[-1] += " " + item
            continue
        if len(item) + 2 <= maxlen:
            lines.append(" " + item)
            continue
        number = 0
        prefix = charset + "''"
        while value:
            chrome = len(name) + len(str(number)) + 3 + len(prefix)
            if maxlen <= chrome + 3:
                # too narrow to be useful: fall back to the usual width
                maxlen = 78
            limit = maxlen - chrome - 2
            cut = limit
            while True:
                quoted = urllib.parse.quote(value[:cut], safe="",
                                            errors=handler)
                if len(quoted) <= limit:
                    break
                cut -= 1
            lines.append(" %s*%d*=%s%s" % (name, number, prefix, quoted))
            prefix = ""
            number += 1
            value = value[cut:]
            if value:
                lines[-1] += ";"
