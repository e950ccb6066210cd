"""Header objects for the new policies: str subclasses holding a header's
decoded value plus what it means (addresses, a datetime, MIME
parameters), made by a HeaderRegistry from the header's name.

The value parsing here is the project's own and simpler than CPython's
RFC 5322 parser; decoded values, attributes and defects follow CPython
3.6 for well-formed headers.
"""

import re
from types import MappingProxyType

from email import errors, utils
from email import _encoded_words
from email._addrlist import address_list as _address_list

__all__ = ["Address", "Group", "HeaderRegistry", "BaseHeader",
           "UnstructuredHeader", "UniqueUnstructuredHeader", "DateHeader",
           "UniqueDateHeader", "AddressHeader", "UniqueAddressHeader",
           "SingleAddressHeader", "UniqueSingleAddressHeader",
           "MIMEVersionHeader", "ParameterizedMIMEHeader",
           "ContentTypeHeader", "ContentDispositionHeader",
           "ContentTransferEncodingHeader"]

SPECIALS = set('()<>@,:;.\\"[]')
WSP = set(" \t")
DOT_ATOM_ENDS = (SPECIALS | WSP) - set(".")


def quote_string(value):
    return '"' + str(value).replace("\\", "\\\\").replace('"', r'\"') + '"'


_ENCODED_WORD = re.compile(r"=\?[^?\s]*\?[qQbB]\?[^?\s]*\?=")


def _decode_words(text, defects):
    # text with its RFC 2047 encoded words decoded; white space between
    # two encoded words is dropped.
    if "=?" not in text:
        return text
    out = []
    at = 0
    last_was_word = False
    for m in _ENCODED_WORD.finditer(text):
        between = text[at:m.start()]
        try:
            word, _, _, found = _encoded_words.decode(m.group(0))
        except (ValueError, KeyError):
            continue
        defects.extend(found)
        if not (last_was_word and between and not between.strip()):
            out.append(between)
        out.append(word)
        at = m.end()
        last_was_word = True
    out.append(text[at:])
    return "".join(out)


def _unquote_local(text):
    # The content of a quoted string (escapes undone) and what follows.
    out = []
    i = 1
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            out.append(text[i + 1])
            i += 2
            continue
        if ch == '"':
            return "".join(out), text[i + 1:]
        out.append(ch)
        i += 1
    return "".join(out), ""


def _split_addr_spec(spec, strict=False):
    """(username, domain) of local@domain. A quoted local part is
    unquoted; white space around dots is dropped. strict (for Address's
    addr_spec argument) raises ValueError for what cannot be parsed."""
    odd_local = False
    if spec.startswith('"'):
        local, rest = _unquote_local(spec)
        domain = rest.strip()[1:].strip() if rest.strip().startswith("@") else ""
        odd_local = bool(rest.strip()) and not rest.strip().startswith("@")
    else:
        local, at, domain = spec.strip().rpartition("@")
        if not at:
            local, domain = domain, ""
        local = ".".join(p.strip() for p in local.split("."))
        words = local.split()
        odd_local = len(words) > 1
        local = " ".join(words)
    if strict:
        if odd_local:
            raise errors.InvalidHeaderDefect("local-part is not dot-atom, "
                                             "quoted-string, or obs-local-part")
        if not local:
            raise errors.HeaderParseError("Expected 'atom' or 'quoted-string' "
                                          "but found '{}'".format(spec))
        cut = len(domain)
        for n, ch in enumerate(domain):
            if ch in SPECIALS - set(".") or ch in " \t":
                cut = n
                break
        if cut < len(domain):
            parsed = spec[:len(spec) - len(domain) + cut]
            raise ValueError("Invalid addr_spec; only '{}' could be parsed "
                             "from '{}'".format(parsed, spec))
        if not _is_ascii(local):
            raise errors.NonASCIILocalPartDefect(
                "local-part contains non-ASCII characters)")
    return local, domain


class Address:
    """One mailbox: a display name and an addr_spec (username@domain)."""

    def __init__(self, display_name="", username="", domain="", addr_spec=None):
        for part in (display_name, username, domain, addr_spec):
            if part and ("\r" in part or "\n" in part):
                raise ValueError("invalid arguments; address parts "
                                 "cannot contain CR or LF")
        if addr_spec is not None:
            if username or domain:
                raise TypeError("addrspec specified when username and/or "
                                "domain also specified")
            username, domain = _split_addr_spec(addr_spec, strict=True)
        self._parts = (display_name, username, domain)

    display_name = property(lambda self: self._parts[0],
                            doc="The name shown with the address.")
    username = property(lambda self: self._parts[1],
                        doc="The part of the address before the @.")
    domain = property(lambda self: self._parts[2],
                      doc="The part of the address after the @.")

    @property
    def addr_spec(self):
        """username@domain, the username quoted when it must be."""
        local = self.username
        if set(local) & DOT_ATOM_ENDS:
            local = quote_string(local)
        if self.domain:
            return local + "@" + self.domain
        if not local:
            return "<>"
        return local

    def __repr__(self):
        return "{}(display_name={!r}, username={!r}, domain={!r})".format(
            type(self).__name__, self.display_name, self.username, self.domain)

    def __str__(self):
        name = self.display_name
        if set(name) & SPECIALS:
            name = quote_string(name)
        if name:
            spec = "" if self.addr_spec == "<>" else self.addr_spec
            return "{} <{}>".format(name, spec)
        return self.addr_spec

    def __eq__(self, other):
        if type(other) != type(self):
            return False
        return (self.display_name == other.display_name and
                self.username == other.username and
                self.domain == other.domain)

    def __hash__(self):
        return hash((self.display_name, self.username, self.domain))


class Group:
    """A named list of addresses (display_name None: a lone address)."""

    def __init__(self, display_name=None, addresses=None):
        self._parts = (display_name, tuple(addresses or ()))

    display_name = property(lambda self: self._parts[0],
                            doc="The group's name (None for a lone address).")
    addresses = property(lambda self: self._parts[1],
                         doc="The group's Address objects.")

    def __repr__(self):
        # CPython 3.6's repr lacks the closing parenthesis.
        return "{}(display_name={!r}, addresses={!r}".format(
            type(self).__name__, self.display_name, self.addresses)

    def __str__(self):
        if self.display_name is None and len(self.addresses) == 1:
            return str(self.addresses[0])
        name = self.display_name
        if name is not None and set(name) & SPECIALS:
            name = quote_string(name)
        listed = ", ".join(str(a) for a in self.addresses)
        if listed:
            listed = " " + listed
        return "{}:{};".format(name, listed)

    def __eq__(self, other):
        if type(other) != type(self):
            return False
        return (self.display_name == other.display_name and
                self.addresses == other.addresses)

    def __hash__(self):
        return hash((self.display_name, self.addresses))


class BaseHeader(str):
    """A header value: the decoded text as the str, plus name, defects
    and fold(). Subclasses provide parse(value, kwds) and may extend
    init()."""

    def __new__(cls, name, value):
        kwds = {"defects": []}
        cls.parse(value, kwds)
        if utils._has_surrogates(kwds["decoded"]):
            kwds["decoded"] = utils._sanitize(kwds["decoded"])
        self = str.__new__(cls, kwds.pop("decoded"))
        self.init(name, **kwds)
        return self

    def init(self, name, *, parse_tree=None, defects):
        self._defects = defects
        self._name, self._parse_tree = name, parse_tree

    name = property(lambda self: self._name, doc="The header's name.")
    defects = property(lambda self: tuple(self._defects),
                       doc="The defects found in the value.")

    def __reduce__(self):
        return (_reconstruct_header,
                (type(self).__name__, type(self).__bases__, str(self)),
                self.__dict__)

    @classmethod
    def _reconstruct(cls, value):
        return str.__new__(cls, value)

    def _fold_words(self, utf8=False):
        # The value as it goes out, a list of (white space, word) pieces;
        # non-ASCII text becomes encoded words unless utf8 allows it.
        text = str(self)
        return _plain_words(text if utf8 else _folded_text(text))

    def fold(self, *, policy):
        """The header as folded lines ended by policy.linesep."""
        return _fold(self.name, self._fold_words(getattr(policy, "utf8", False)),
                     policy)


def _reconstruct_header(cls_name, bases, value):
    return type(cls_name, bases, {})._reconstruct(value)


def _folded_text(text):
    # Unstructured text with each run of non-ASCII words made an
    # encoded word.
    pieces = _split_blanks(text)
    out = []
    run = []
    for n, piece in enumerate(pieces):
        if n % 2 == 0 and piece and not _is_ascii(piece):
            run.append(piece)
            continue
        if n % 2 == 1 and run and n + 1 < len(pieces) and \
                pieces[n + 1] and not _is_ascii(pieces[n + 1]):
            run.append(piece)
            continue
        if run:
            out.append(_encode_words("".join(run)))
            run = []
        out.append(piece)
    if run:
        out.append(_encode_words("".join(run)))
    return "".join(out)


def _split_blanks(text):
    # re.split(r"([ \t]+)", text) by string operations, which keep the
    # lone surrogates of undecodable bytes intact: words and the runs of
    # blanks between them, alternating, words first and last.
    out = []
    word_start = 0
    i = 0
    n = len(text)
    while i < n:
        if text[i] in " \t":
            j = i
            while j < n and text[j] in " \t":
                j += 1
            out.append(text[word_start:i])
            out.append(text[i:j])
            word_start = i = j
        else:
            i += 1
    out.append(text[word_start:])
    return out


def _is_ascii(text):
    try:
        text.encode("ascii")
    except UnicodeEncodeError:
        return False
    return True


def _encode_words(text):
    charset = "utf-8"
    if utils._has_surrogates(text):
        charset = "unknown-8bit"
    return _encoded_words.encode(text, charset)


def _plain_words(text):
    parts = _split_blanks(text)
    words = [("", parts[0])]
    for at in range(1, len(parts), 2):
        words.append((parts[at], parts[at + 1]))
    return words


def _fold(name, words, policy):
    # name: then the words, a new line started (with the word's own
    # white space, or a space) when one would pass max_line_length.
    width = policy.max_line_length or float("inf")
    lines = []
    line = name + ":"
    first = True
    for space, word in words:
        if first:
            space = " " if (word or len(words) > 1) else ""
            first = False
        if len(line) + len(space) + len(word) > width and line.strip():
            lines.append(line)
            line = (space or " ") + word
        else:
            line += space + word
    lines.append(line)
    return policy.linesep.join(lines) + policy.linesep


class UnstructuredHeader:
    """Free text; encoded words are decoded."""

    max_count = None

    @classmethod
    def parse(cls, value, kwds):
        kwds["parse_tree"] = value
        kwds["decoded"] = _decode_words(str(value), kwds["defects"])


class UniqueUnstructuredHeader(UnstructuredHeader):
    max_count = 1


class DateHeader:
    """A date: the datetime attribute, the value in RFC 5322 form."""

    max_count = None

    @classmethod
    def parse(cls, value, kwds):
        if not value:
            kwds["defects"].append(errors.HeaderMissingRequiredValue())
            kwds["datetime"] = None
            kwds["decoded"] = ""
            kwds["parse_tree"] = None
            return
        if isinstance(value, str):
            value = utils.parsedate_to_datetime(value)
        kwds["datetime"] = value
        kwds["decoded"] = utils.format_datetime(value)
        kwds["parse_tree"] = kwds["decoded"]

    def init(self, *args, **kw):
        self._datetime = kw.pop("datetime")
        super().init(*args, **kw)

    @property
    def datetime(self):
        return self._datetime


class UniqueDateHeader(DateHeader):
    max_count = 1


def _split_top(text, seps):
    # text cut at the separator characters that are outside quotes,
    # comments and angle brackets.
    out = []
    start = 0
    depth = 0
    angle = False
    quoted = False
    i = 0
    while i < len(text):
        ch = text[i]
        if quoted:
            if ch == "\\":
                i += 1
            elif ch == '"':
                quoted = False
        elif ch == '"':
            quoted = True
        elif ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
        elif depth:
            pass
        elif ch == "<":
            angle = True
        elif ch == ">":
            angle = False
        elif ch in seps and not angle:
            out.append((text[start:i], ch))
            start = i + 1
        i += 1
    out.append((text[start:], ""))
    return out


def _parse_addresses(text, defects):
    # [Group] for an address list: groups "name: a, b;" and lone
    # addresses (as groups without a name).
    groups = []
    current = None
    for piece, sep in _split_top(text, ",:;"):
        if sep == ":" and current is None:
            name = _decode_words(piece.strip(), defects)
            current = (utils.unquote(name) if name.startswith('"') else name, [])
            continue
        if piece.strip():
            for name, spec in _address_list(piece):
                if spec.startswith("@") or (
                        spec.count("@") > 1 and not spec.startswith('"')):
                    defects.append(errors.InvalidHeaderDefect(
                        "invalid address in address-list"))
                username, domain = _split_addr_spec(spec)
                address = Address(_decode_words(name, defects), username,
                                  domain)
                if current is None:
                    groups.append(Group(None, [address]))
                else:
                    current[1].append(address)
        if sep == ";" and current is not None:
            groups.append(Group(current[0], current[1]))
            current = None
    if current is not None:
        groups.append(Group(current[0], current[1]))
    return groups


class AddressHeader:
    """A list of addresses and groups: the groups and addresses
    attributes."""

    max_count = None

    @classmethod
    def parse(cls, value, kwds):
        if isinstance(value, str):
            kwds["parse_tree"] = value
            groups = _parse_addresses(value, kwds["defects"])
            if not groups:
                kwds["defects"].append(errors.HeaderMissingRequiredValue(
                    "address list"))
            kwds["groups"] = groups
            if groups and not kwds["defects"]:
                kwds["decoded"] = ", ".join(str(g) for g in groups)
            else:
                kwds["decoded"] = _decode_words(value, kwds["defects"])
            return
        if not hasattr(value, "__iter__"):
            value = [value]
        groups = [item if hasattr(item, "addresses") else Group(None, [item])
                  for item in value]
        kwds["groups"] = groups
        kwds["decoded"] = ", ".join(str(g) for g in groups)
        kwds["parse_tree"] = kwds["decoded"]

    def init(self, *args, **kw):
        self._groups = tuple(kw.pop("groups"))
        super().init(*args, **kw)

    groups = property(lambda self: self._groups,
                      doc="The Group objects (lone addresses in unnamed groups).")

    @property
    def addresses(self):
        """Every address, those of the groups included."""
        return tuple(a for g in self._groups for a in g.addresses)

    def _fold_words(self, utf8=False):
        # Each address with a non-ASCII display name encoded (unless
        # utf8); lines break after the commas.
        if self._defects:
            # a value that could not be read goes out as it came
            return BaseHeader._fold_words(self, utf8)
        items = [str(g) if utf8 else _format_group(g) for g in self._groups]
        words = []
        for n, item in enumerate(items):
            text = item + ("," if n < len(items) - 1 else "")
            words.append((" " if n else "", text))
        return words


def _format_address(address):
    name = address.display_name
    if name and not _is_ascii(name):
        spec = "" if address.addr_spec == "<>" else address.addr_spec
        return "{} <{}>".format(_encode_words(name), spec)
    return str(address)


def _format_group(group):
    if group.display_name is None and len(group.addresses) == 1:
        return _format_address(group.addresses[0])
    name = group.display_name
    if name is not None and set(name) & SPECIALS:
        name = quote_string(name)
    listed = ", ".join(_format_address(a) for a in group.addresses)
    return "{}:{};".format(name, " " + listed if listed else listed)


class UniqueAddressHeader(AddressHeader):
    max_count = 1


class SingleAddressHeader(AddressHeader):

    @property
    def address(self):
        if len(self.addresses) != 1:
            raise ValueError("value of single address header %s is not "
                             "a single address" % self.name)
        return self.addresses[0]


class UniqueSingleAddressHeader(SingleAddressHeader):
    max_count = 1


class MIMEVersionHeader:
    """MIME-Version: version, major and minor."""

    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        kwds["parse_tree"] = value
        text = re.sub(r"\([^)]*\)", "", str(value))
        m = re.match(r"\s*(\d+)\s*\.\s*(\d+)", text)
        kwds["decoded"] = str(value)
        if m:
            kwds["major"], kwds["minor"] = int(m.group(1)), int(m.group(2))
            kwds["version"] = "{}.{}".format(kwds["major"], kwds["minor"])
            if text[m.end():].strip():
                kwds["defects"].append(errors.InvalidHeaderDefect(
                    "Excess non-CFWS text after MIME version"))
        else:
            kwds["major"] = kwds["minor"] = kwds["version"] = None
            kwds["defects"].append(errors.HeaderMissingRequiredValue(
                "Missing MIME version number (eg: 1.0)") if not text.strip()
                else errors.InvalidHeaderDefect(
                    "Expected MIME version number but found {!r}".format(text)))

    def init(self, *args, **kw):
        self._version = kw.pop("version")
        self._major = kw.pop("major")
        self._minor = kw.pop("minor")
        super().init(*args, **kw)

    @property
    def major(self):
        return self._major

    @property
    def minor(self):
        return self._minor

    @property
    def version(self):
        return self._version


def _parse_params(text):
    # (main value, {name: value}) of a MIME header, RFC 2231 values
    # decoded.
    from email.message import _parseparam
    main, _, rest = str(text).partition(";")
    pairs = [(main.strip(), "")]
    if rest.strip():
        for piece in _parseparam(rest):
            name, eq, value = piece.partition("=")
            if eq:
                value = value.strip()
                if not value.startswith('"'):
                    value = _drop_comments(value)
                pairs.append((_drop_comments(name), value))
    params = {}
    rendered = []
    for name, value in utils.decode_params(pairs)[1:]:
        if isinstance(value, tuple):
            text = utils.collapse_rfc2231_value(_unquote_value(value))
        else:
            # decode_params gives plain values quoted: undo that only
            text = utils.unquote(value)
        params[name.lower()] = text
        rendered.append((name, text))
    return main, params, rendered


def _drop_comments(text):
    # text without (comments), trimmed.
    return re.sub(r"\([^()]*\)", "", text).strip()


def _unquote_value(value):
    if isinstance(value, tuple):
        return value[0], value[1], utils.unquote(value[2])
    return utils.unquote(value)


def _param_text(name, value, ascii_only=False):
    # name="value" (a bare name for an empty value); with ascii_only a
    # non-ASCII value is written name*=utf-8''%XX... (RFC 2231).
    if not value:
        return name
    if ascii_only and not _is_ascii(value):
        return name + "*=" + utils.encode_rfc2231(value, "utf-8", "")
    return '{}="{}"'.format(name, value.replace("\\", "\\\\")
                            .replace('"', '\\"'))


def _render_params(main, rendered, ascii_only=False):
    # The value as CPython shows it: the main value as written, every
    # parameter value quoted.
    if not rendered:
        return main
    return "; ".join([main.rstrip()] + [_param_text(name, text, ascii_only)
                                        for name, text in rendered])


class ParameterizedMIMEHeader:
    """A MIME header with name=value parameters (params)."""

    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        kwds["parse_tree"] = value
        main, params, rendered = _parse_params(value)
        kwds["params"] = params
        kwds["main"] = re.sub(r"\s*/\s*", "/", _drop_comments(main))
        kwds["decoded"] = _render_params(main, rendered)
        kwds["rendered"] = (main, rendered)

    def init(self, *args, **kw):
        self._params = kw.pop("params")
        self._written = kw.pop("rendered")
        kw.pop("main", None)
        super().init(*args, **kw)

    @property
    def params(self):
        return MappingProxyType(self._params)

    def _fold_words(self, utf8=False):
        # Parameters stay whole: lines break only between them; without
        # utf8, non-ASCII values go out in RFC 2231 form.
        text = str(self)
        main, written = self._written
        if not utf8 and not _is_ascii(text) and written:
            text = _render_params(main, written, ascii_only=True)
        pieces = text.split("; ")
        words = [("", pieces[0] + (";" if len(pieces) > 1 else ""))]
        for n, piece in enumerate(pieces[1:], 1):
            words.append((" ", piece + (";" if n < len(pieces) - 1 else "")))
        return words


class ContentTypeHeader(ParameterizedMIMEHeader):
    """Content-Type: content_type, maintype and subtype."""

    @classmethod
    def parse(cls, value, kwds):
        super().parse(value, kwds)
        main = kwds["main"].lower()
        if main.count("/") != 1:
            kwds["defects"].append(errors.InvalidHeaderDefect(
                "Invalid content type"))
            main = "text/plain"
        kwds["ctype"] = main

    def init(self, *args, **kw):
        self._maintype, self._subtype = kw.pop("ctype").split("/")
        super().init(*args, **kw)

    @property
    def maintype(self):
        return self._maintype

    @property
    def subtype(self):
        return self._subtype

    @property
    def content_type(self):
        return self.maintype + "/" + self.subtype


class ContentDispositionHeader(ParameterizedMIMEHeader):
    """Content-Disposition: content_disposition."""

    @classmethod
    def parse(cls, value, kwds):
        super().parse(value, kwds)
        kwds["cd"] = kwds["main"].lower() or None

    def init(self, *args, **kw):
        self._content_disposition = kw.pop("cd")
        super().init(*args, **kw)

    @property
    def content_disposition(self):
        return self._content_disposition


class ContentTransferEncodingHeader:
    """Content-Transfer-Encoding: cte, lower case."""

    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        kwds["parse_tree"] = value
        words = _drop_comments(str(value)).split()
        kwds["decoded"] = str(value)
        kwds["cte"] = words[0].lower() if words else "7bit"
        if not words:
            kwds["defects"].append(errors.HeaderMissingRequiredValue(
                "Missing content transfer encoding"))
        elif len(words) > 1:
            kwds["defects"].append(errors.InvalidHeaderDefect(
                "Extra text after content transfer encoding"))

    def init(self, *args, **kw):
        self._cte = kw.pop("cte")
        super().init(*args, **kw)

    @property
    def cte(self):
        return self._cte


_default_header_map = {
    "subject": UniqueUnstructuredHeader,
    "date": UniqueDateHeader,
    "resent-date": DateHeader,
    "orig-date": UniqueDateHeader,
    "sender": UniqueSingleAddressHeader,
    "resent-sender": SingleAddressHeader,
    "to": UniqueAddressHeader,
    "resent-to": AddressHeader,
    "cc": UniqueAddressHeader,
    "resent-cc": AddressHeader,
    "bcc": UniqueAddressHeader,
    "resent-bcc": AddressHeader,
    "from": UniqueAddressHeader,
    "resent-from": AddressHeader,
    "reply-to": UniqueAddressHeader,
    "mime-version": MIMEVersionHeader,
    "content-type": ContentTypeHeader,
    "content-disposition": ContentDispositionHeader,
    "content-transfer-encoding": ContentTransferEncodingHeader,
}


class HeaderRegistry:
    """Makes header objects: the class for a name mixes the specialized
    class mapped to it (or default_class) with base_class."""

    def __init__(self, base_class=BaseHeader, default_class=UnstructuredHeader,
                 use_default_map=True):
        self.registry = dict(_default_header_map) if use_default_map else {}
        self.base_class, self.default_class = base_class, default_class

    def map_to_type(self, name, cls):
        self.registry[name.lower()] = cls

    def __getitem__(self, name):
        cls = self.registry.get(name.lower(), self.default_class)
        return type("_" + cls.__name__, (cls, self.base_class), {})

    def __call__(self, name, value):
        return self[name](name, value)
