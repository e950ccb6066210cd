"""Message: an ordered list of header fields and a payload.

A small version of CPython 3.6's email.message: header access, simple
and multipart payloads and flattening with the compat32 rules (no header
folding).
"""

import re

from email import utils

__all__ = ["Message", "EmailMessage"]

_TSPECIALS = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')
_LINE_END = re.compile(r"\r\n|\r|\n")


def _param_text(name, value):
    # name=value for a header parameter, the value quoted.
    if value is None or not len(value):
        return name
    if isinstance(value, tuple):
        charset, language, text = value
        return "%s*=%s" % (name, utils.encode_rfc2231(text, charset,
                                                      language))
    try:
        value.encode("ascii")
    except UnicodeEncodeError:
        return "%s*=%s" % (name, utils.encode_rfc2231(value, "utf-8", ""))
    return '%s="%s"' % (name, utils.quote(value))


# Charset names set_content writes as their email names.
_CHARSET_NAMES = {"ascii": "us-ascii", "cp949": "ks_c_5601-1987",
                  "euc_jp": "euc-jp", "euc_kr": "euc-kr"}
for _n, _iso in ((1, 1), (2, 2), (3, 3), (4, 4), (5, 9), (6, 10), (7, 13),
                 (8, 14), (9, 15), (10, 16)):
    for _sep in "_-":
        _CHARSET_NAMES["latin%s%d" % (_sep, _n)] = "iso-8859-%d" % _iso
del _n, _iso, _sep

# Charsets whose bodies are re-encoded quoted-printable rather than
# base64 when 8-bit text is flattened to a str; us-ascii is left alone.
_QP_CHARSETS = frozenset(["iso-8859-%d" % n for n in
                          (1, 2, 3, 4, 9, 10, 13, 14, 15, 16)] +
                         ["windows-1252", "viscii"])


def _qp_body(text, width=76):
    """Quoted-printable body text: lines at most width characters (a
    soft break '=' ending each piece of a long line), whitespace at the
    end of a line quoted."""
    if not text:
        return text
    coded = []
    for ch in text:
        n = ord(ch)
        if ch in "\r\n" or ch == "\t" or (32 <= n <= 126 and ch != "="):
            coded.append(ch)
        else:
            coded.append("=%02X" % n)
    out = []
    for line in "".join(coded).splitlines():
        pos = 0
        last = len(line) - 1 - width
        while pos <= last:
            end = pos + width - 1
            if line[end - 2] == "=":
                # an escape starts one short of the cut: its '=' ends
                # this piece and starts the next one
                out.append(line[pos:end - 1])
                pos = end - 2
            elif line[end - 1] == "=":
                out.append(line[pos:end])
                pos = end - 1
            else:
                out.append(line[pos:end] + "=")
                pos = end
        if line and line[-1] in " \t":
            room = pos - last
            tail = line[-1]
            if room >= 3:
                tail = "=%02X" % ord(tail)
            elif room == 2:
                tail += "=\n"
            else:
                tail = "=\n=%02X" % ord(tail)
            out.append(line[pos:-1] + tail)
        else:
            out.append(line[pos:])
    if text[-1] in "\r\n":
        out.append("")
    return "\n".join(out)


def _b64_body(data, width):
    # Base64 lines of width // 4 * 3 input bytes each.
    import binascii
    step = width // 4 * 3
    return "".join(binascii.b2a_base64(data[i:i + step]).decode("ascii")
                   for i in range(0, len(data), step))


def _text_transfer(lines, cte, policy):
    """(cte, payload) for the encoded lines of a text part as
    set_content makes it: the encoding chosen as 3.6's default policy
    chooses when cte is None (7bit for ASCII, 8bit when every line fits,
    otherwise the shorter of quoted-printable and base64 for the first
    ten lines)."""
    width = getattr(policy, "max_line_length", 78)
    sep = getattr(policy, "linesep", "\n").encode("ascii")

    def plain(rows):
        return b"\n".join(rows) + b"\n"

    def wire(rows):
        return sep.join(rows) + sep

    if cte is None:
        try:
            return "7bit", plain(lines).decode("ascii")
        except UnicodeDecodeError:
            pass
        if getattr(policy, "cte_type", "8bit") == "8bit" and \
                max(len(x) for x in lines) <= width:
            return "8bit", plain(lines).decode("ascii", "surrogateescape")
        import binascii
        head = wire(lines[:10])
        head_qp = _qp_body(head.decode("latin-1"), width)
        if len(head_qp) > len(binascii.b2a_base64(head)):
            cte = "base64"
        else:
            cte = "quoted-printable"
            if len(lines) <= 10:
                return cte, head_qp
    if cte == "7bit":
        return cte, plain(lines).decode("ascii")
    if cte == "8bit":
        return cte, plain(lines).decode("ascii", "surrogateescape")
    if cte == "quoted-printable":
        return cte, _qp_body(plain(lines).decode("latin-1"), width)
    if cte == "base64":
        return cte, _b64_body(wire(lines), width)
    raise ValueError("Unknown content transfer encoding {}".format(cte))


def _has_surrogates(text):
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _main_value(header):
    # The part of a structured header before its first ';'.
    return header.split(";", 1)[0].strip()


class Message:
    """Header fields in order (names keep their case, lookups ignore
    it), a payload, and the envelope 'From ' line if parsed."""

    def __init__(self, policy=None):
        self.policy = policy
        self._default_type = "text/plain"
        self._headers, self.defects = [], []
        self._payload = self._charset = self._unixfrom = None
        self.preamble = self.epilogue = None

    # flattening

    def __str__(self):
        return self.as_string()

    def _flatten(self, unixfrom, linesep, as_text=False):
        # as_text: for a str (as_string), where 8-bit text bodies are
        # re-encoded for their charset.
        lines = []
        if unixfrom and self._unixfrom is not None:
            lines.append(self._unixfrom + linesep)
        headers, payload = self._headers, self._payload
        if as_text and isinstance(payload, str) and _has_surrogates(payload):
            headers, payload = self._recoded(payload)
        for name, value in headers:
            lines.append(self._header_line(name, value, linesep))
        if isinstance(payload, list):
            # the boundary goes into the header lines, so pick it first
            boundary = self._pick_boundary(payload, linesep)
            lines = lines[:1] if unixfrom and self._unixfrom is not None else []
            for name, value in self._headers:
                lines.append(self._header_line(name, value, linesep))
            lines.append(linesep)
            if self.preamble is not None:
                lines.append(_LINE_END.sub(linesep, self.preamble) + linesep)
            delimiter = "--" + boundary + linesep
            for i, part in enumerate(payload):
                lines.append(delimiter if i == 0 else linesep + delimiter)
                lines.append(part._flatten(False, linesep, as_text)
                             if isinstance(part, Message)
                             else _LINE_END.sub(linesep, str(part)))
            lines.append(linesep + "--" + boundary + "--" + linesep)
            if self.epilogue is not None:
                lines.append(_LINE_END.sub(linesep, self.epilogue))
            return "".join(lines)
        lines.append(linesep)
        if payload:
            # str.replace rather than _LINE_END: the regular expression
            # engine does not keep the lone surrogates of 8-bit text
            lines.append(payload.replace("\r\n", "\n").replace("\r", "\n")
                         .replace("\n", linesep))
        return "".join(lines)

    def _recoded(self, payload):
        # (headers, payload) with an 8-bit body in its charset's
        # transfer encoding (base64, or quoted-printable for the latin
        # charsets), the Content-Transfer-Encoding header changed in place.
        charset = self.get_param("charset")
        if charset is None:
            return self._headers, payload
        charset = str(charset).lower()
        charset = _CHARSET_NAMES.get(charset, charset)
        if charset == "us-ascii":
            return self._headers, payload
        raw = payload.encode("ascii", "surrogateescape")
        try:
            data = raw.decode(charset, "replace").encode(charset)
        except LookupError:
            data = raw.decode("ascii", "replace").encode("ascii", "replace")
        if charset in _QP_CHARSETS:
            cte, payload = "quoted-printable", _qp_body(data.decode("latin-1"))
        else:
            cte, payload = "base64", _b64_body(data, 76)
        headers, done = [], False
        for name, value in self._headers:
            if not done and name.lower() == "content-transfer-encoding":
                value, done = cte, True
            headers.append((name, value))
        return headers, payload

    def _header_line(self, name, value, linesep):
        # One header field as flattened: stored text, line ends made
        # linesep.
        value = _LINE_END.sub(linesep, str(value))
        return "%s: %s%s" % (name, value, linesep)

    def _pick_boundary(self, parts, linesep):
        # The message's own boundary, or a new random one that no part's
        # text contains, stored in the Content-Type header.
        boundary = self.get_boundary()
        if boundary is not None:
            return boundary
        import random
        texts = "".join(p._flatten(False, linesep) if isinstance(p, Message) else str(p)
                        for p in parts)
        base = "=" * 15 + "%019d" % random.randrange(2 ** 63 - 1) + "=="
        boundary, n = base, 0
        while re.search("^--" + re.escape(boundary) + "(--)?$", texts, re.M):
            n += 1
            boundary = "%s.%d" % (base, n)
        self.set_boundary(boundary)
        return boundary

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        """The message as text (header lines as stored, not folded)."""
        return self._flatten(unixfrom, "\n", True)

    def as_bytes(self, unixfrom=False, policy=None):
        """as_string encoded; undecodable input bytes come back as they were."""
        return self._wire_bytes("\n", unixfrom)

    def _wire_bytes(self, linesep, unixfrom=False):
        # The flattened message as bytes with the given line ends (smtplib
        # sends it with CRLF).
        return self._flatten(unixfrom, linesep).encode("ascii",
                                                       "surrogateescape")

    def __bytes__(self):
        return self.as_bytes()

    def is_multipart(self):
        return isinstance(self._payload, list)

    # payload

    def attach(self, payload):
        """Add a part to a multipart payload."""
        if self._payload is None:
            self._payload = []
        if not isinstance(self._payload, list):
            raise TypeError("Attach is not valid on a message with"
                            " a non-multipart payload")
        self._payload.append(payload)

    def get_payload(self, i=None, decode=False):
        """The payload, or part i of a multipart one."""
        if self.is_multipart():
            return self._payload if i is None else self._payload[i]
        if i is not None and not isinstance(self._payload, list):
            raise TypeError("Expected list, got %s" % type(self._payload))
        if decode and isinstance(self._payload, str):
            raw = self._payload.encode("ascii", "surrogateescape")
            cte = str(self.get("content-transfer-encoding", "")).strip().lower()
            if cte == "base64":
                import base64, binascii
                try:
                    return base64.b64decode(raw)
                except binascii.Error:
                    return raw
            if cte == "quoted-printable":
                import binascii
                return binascii.a2b_qp(raw)
            return raw
        if isinstance(self._payload, str) and _has_surrogates(self._payload):
            # 8-bit text read back in its charset
            raw = self._payload.encode("ascii", "surrogateescape")
            try:
                return raw.decode(self.get_param("charset", "ascii"), "replace")
            except LookupError:
                return raw.decode("ascii", "replace")
        return self._payload

    def set_payload(self, payload, charset=None):
        """Replace the payload (bytes are kept as their latin-1 text)."""
        if isinstance(payload, (bytes, bytearray)):
            payload = bytes(payload).decode("ascii", "surrogateescape")
        self._payload = payload
        if charset is not None:
            self._charset = charset

    def get_unixfrom(self):
        return self._unixfrom

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_charset(self):
        return self._charset

    # the mapping of header names

    def __len__(self):
        return len(self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        """Append a field: an existing one of that name stays."""
        self._headers.append((name, val))

    def __delitem__(self, name):
        """Remove every field called name; none is no error."""
        key = name.lower()
        self._headers = [(k, v) for k, v in self._headers
                         if k.lower() != key]

    def __contains__(self, name):
        key = name.lower()
        return any(k.lower() == key for k, _ in self._headers)

    def __iter__(self):
        return iter([k for k, _ in self._headers])

    def keys(self):
        return [k for k, _ in self._headers]

    def values(self):
        return [v for _, v in self._headers]

    def items(self):
        return list(self._headers)

    def get(self, name, failobj=None):
        """The first field called name, else failobj."""
        key = name.lower()
        for k, v in self._headers:
            if k.lower() == key:
                return v
        return failobj

    def get_all(self, name, failobj=None):
        """Every field called name, in order, else failobj."""
        key = name.lower()
        found = [v for k, v in self._headers if k.lower() == key]
        return found or failobj

    def set_raw(self, name, value):
        self._headers.append((name, value))

    def raw_items(self):
        return iter(list(self._headers))

    def add_header(self, _name, _value, **_params):
        """Append a field built from a value and name=value parameters
        (an underscore in a name becomes '-'; None gives a bare name)."""
        parts = [] if _value is None else [_value]
        for key, val in _params.items():
            key = key.replace("_", "-")
            parts.append(key if val is None else _param_text(key, val))
        self._headers.append((_name, "; ".join(parts)))

    def replace_header(self, _name, _value):
        """Change the first field called _name in place."""
        key = _name.lower()
        for i, (k, _) in enumerate(self._headers):
            if k.lower() == key:
                self._headers[i] = (k, _value)
                return
        raise KeyError(key)

    # content type

    def get_content_type(self):
        """The maintype/subtype, lower case; the default when absent or
        malformed."""
        value = self.get("content-type")
        if value is None:
            return self.get_default_type()
        ctype = _main_value(value).lower()
        if ctype.count("/") != 1:
            return "text/plain"
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split("/")[0]

    def get_content_subtype(self):
        return self.get_content_type().split("/")[1]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def get_param(self, param, failobj=None, header="content-type", unquote=True):
        """The value of one parameter of a structured header."""
        value = self.get(header)
        if value is None:
            return failobj
        for piece in value.split(";")[1:]:
            name, eq, val = piece.partition("=")
            if name.strip().lower() == param.lower():
                if not eq:
                    return ""
                val = val.strip()
                return utils.unquote(val) if unquote else val
        return failobj

    def get_params(self, failobj=None, header="content-type", unquote=True):
        """The header's value and parameters as (name, value) pairs."""
        value = self.get(header)
        if value is None:
            return failobj
        pieces = value.split(";")
        out = [(pieces[0].strip(), "")]
        for piece in pieces[1:]:
            name, eq, val = piece.partition("=")
            val = val.strip()
            out.append((name.strip().lower(), utils.unquote(val) if unquote else val))
        return out

    def get_filename(self, failobj=None):
        """The filename parameter of Content-Disposition (or the name
        parameter of Content-Type)."""
        missing = object()
        name = self.get_param("filename", missing, "content-disposition")
        if name is missing:
            name = self.get_param("name", missing, "content-type")
        return failobj if name is missing else name

    def get_boundary(self, failobj=None):
        """The boundary parameter of the Content-Type header."""
        missing = object()
        value = self.get_param("boundary", missing)
        if value is missing:
            return failobj
        return value.rstrip()

    def set_boundary(self, boundary):
        """Put boundary into the Content-Type header (a multipart/mixed
        one is made when there is none)."""
        for i, (name, value) in enumerate(self._headers):
            if name.lower() != "content-type":
                continue
            pieces = [p for p in value.split(";")]
            kept = [pieces[0].strip()]
            replaced = False
            for piece in pieces[1:]:
                key = piece.partition("=")[0].strip()
                if key.lower() == "boundary":
                    kept.append('boundary="%s"' % boundary)
                    replaced = True
                else:
                    kept.append(piece.strip())
            if not replaced:
                kept.append('boundary="%s"' % boundary)
            self._headers[i] = (name, "; ".join(kept))
            return
        from email import errors
        raise errors.HeaderParseError("No Content-Type header found")

    def walk(self):
        """This message, then every part under it, depth first."""
        yield self
        if self.is_multipart():
            for part in self.get_payload():
                if isinstance(part, Message):
                    yield from part.walk()
                else:
                    yield part

    def get_content_charset(self, failobj=None):
        value = self.get("content-type")
        if value is None:
            return failobj
        for piece in value.split(";")[1:]:
            name, eq, val = piece.partition("=")
            if eq and name.strip().lower() == "charset":
                return utils.unquote(val.strip()).lower()
        return failobj


# EmailMessage: content set and read by type, and multipart assembly.

_MAX_LINE = 78

# The multipart subtypes a message can be turned into, innermost first:
# a message may grow from related to alternative to mixed, never back.
_NESTING = ("related", "alternative", "mixed")

# The text subtypes and multipart kinds that can hold a message's body.
_BODY_KINDS = ("text/plain", "text/html", "multipart/related",
               "multipart/alternative")


def _base64_lines(data):
    import base64
    return base64.encodebytes(data).decode("ascii")


class EmailMessage(Message):
    """A Message that sets and reads its content by type (str or bytes)
    and grows into a multipart with add_alternative, add_related and
    add_attachment; its long parameter headers are folded as the default
    policy folds them."""

    def _header_line(self, name, value, linesep):
        line = super()._header_line(name, value, linesep)
        if len(line) - len(linesep) <= _MAX_LINE or "\\n" in str(value):
            return line
        # Too long: each parameter that would overflow starts a new line.
        pieces = [p.strip() for p in str(value).split(";")]
        out, width = name + ": " + pieces[0], len(name) + 2 + len(pieces[0])
        for piece in pieces[1:]:
            if width + 2 + len(piece) + 1 > _MAX_LINE:
                out += ";" + linesep + " " + piece
                width = 1 + len(piece)
            else:
                out += "; " + piece
                width += 2 + len(piece)
        return out + linesep

    # content

    def is_attachment(self):
        """Whether Content-Disposition names this part an attachment."""
        value = self.get("content-disposition")
        return value is not None and _main_value(value).lower() == "attachment"

    def clear_content(self):
        """Drop the payload and every Content-* header."""
        self._headers = [(k, v) for k, v in self._headers
                         if not k.lower().startswith("content-")]
        self._payload = None

    def clear(self):
        """Drop every header and the payload."""
        self._headers = []
        self._payload = None

    def set_content(self, content, *args, **kw):
        """Replace the content: a str becomes text/<subtype> (7bit), bytes
        become <maintype>/<subtype> (base64 unless cte says otherwise).
        disposition, filename, cid, params and headers add the fields of
        those names."""
        kw.pop("content_manager", None)
        if self.get_content_maintype() == "multipart":
            raise TypeError("set_content not valid on multipart")
        if isinstance(content, str):
            self._set_text(content, *args, **kw)
        elif isinstance(content, (bytes, bytearray, memoryview)):
            self._set_bytes(bytes(content), *args, **kw)
        else:
            raise KeyError(type(content))
        if "MIME-Version" not in self:
            self["MIME-Version"] = "1.0"

    def _start_content(self, ctype, headers):
        self.clear_content()
        self["Content-Type"] = ctype
        for header in headers or ():
            name, _, value = header.partition(":")
            self[name.strip()] = value.strip()

    def _set_text(self, text, subtype="plain", charset="utf-8", cte=None,
                  disposition=None, filename=None, cid=None, params=None,
                  headers=None):
        self._start_content("text/" + subtype, headers)
        cte, body = _text_transfer(text.encode(charset).splitlines(), cte,
                                   self.policy)
        self._payload = body
        self.replace_header("Content-Type", 'text/%s; charset="%s"' % (
            subtype, _CHARSET_NAMES.get(charset, charset)))
        self["Content-Transfer-Encoding"] = cte
        self._finish_content(disposition, filename, cid, params)

    def _set_bytes(self, data, maintype, subtype, cte="base64",
                   disposition=None, filename=None, cid=None, params=None,
                   headers=None):
        self._start_content("%s/%s" % (maintype, subtype), headers)
        if cte == "base64":
            self._payload = _base64_lines(data)
        elif cte in ("7bit", "8bit", "binary"):
            self._payload = data.decode("ascii", "surrogateescape")
        elif cte == "quoted-printable":
            import binascii
            self._payload = binascii.b2a_qp(data, istext=False).decode("ascii")
        else:
            raise ValueError("Unknown content transfer encoding {}".format(cte))
        self["Content-Transfer-Encoding"] = cte
        self._finish_content(disposition, filename, cid, params)

    def _finish_content(self, disposition, filename, cid, params):
        if disposition is None and filename is not None:
            disposition = "attachment"
        if disposition is not None:
            self["Content-Disposition"] = disposition
        if filename is not None:
            self._add_param("Content-Disposition", "filename", filename)
        if cid is not None:
            self["Content-ID"] = cid
        for key, value in (params or {}).items():
            self._add_param("Content-Type", key, value)

    def _add_param(self, header, key, value):
        # The field moves to the end, a parameter added to it.
        current = self.get(header)
        del self[header]
        self[header] = "%s; %s" % (current, _param_text(key, value))

    def get_content(self):
        """The content: text parts as str (decoded with their charset),
        other parts as bytes, a message/rfc822 part as its message."""
        maintype = self.get_content_maintype()
        if maintype == "multipart":
            raise KeyError(self.get_content_type())
        if maintype == "message" and isinstance(self._payload, list):
            return self._payload[0]
        data = self.get_payload(decode=True)
        if data is None:
            data = b""
        if maintype == "text":
            charset = self.get_content_charset() or "ascii"
            return data.decode(charset, "replace")
        return data

    # multipart assembly

    def _make_multipart(self, subtype):
        ctype = self.get_content_type()
        maintype, current = ctype.split("/")
        if maintype == "multipart":
            if current == subtype:
                return
            if _NESTING.index(current) > _NESTING.index(subtype) if current in _NESTING else True:
                raise ValueError("Cannot convert {} to {}".format(current, subtype))
        moved = [(k, v) for k, v in self._headers if k.lower().startswith("content-")]
        kept = [(k, v) for k, v in self._headers if not k.lower().startswith("content-")]
        parts = []
        if moved or self._payload is not None:
            part = type(self)(self.policy)
            part._headers = moved
            part._payload = self._payload
            parts.append(part)
        self._headers = kept
        self._payload = parts
        self["Content-Type"] = "multipart/" + subtype
        self._pick_boundary(parts, "\n")

    def make_related(self, boundary=None):
        """Turn the message into multipart/related, its content the first part."""
        self._make_multipart("related")

    def make_alternative(self, boundary=None):
        """Turn the message into multipart/alternative."""
        self._make_multipart("alternative")

    def make_mixed(self, boundary=None):
        """Turn the message into multipart/mixed."""
        self._make_multipart("mixed")

    def _add_part(self, subtype, disposition, args, kw):
        if self.get_content_type() != "multipart/" + subtype:
            self._make_multipart(subtype)
        part = type(self)(self.policy)
        part.set_content(*args, **kw)
        if disposition is not None and "content-disposition" not in part:
            part["Content-Disposition"] = disposition
        self.attach(part)

    def add_related(self, *args, **kw):
        """Add a part made by set_content(*args, **kw), inline."""
        self._add_part("related", "inline", args, kw)

    def add_alternative(self, *args, **kw):
        """Add an alternative rendering made by set_content(*args, **kw)."""
        self._add_part("alternative", None, args, kw)

    def add_attachment(self, *args, **kw):
        """Add an attachment made by set_content(*args, **kw)."""
        self._add_part("mixed", "attachment", args, kw)

    def iter_parts(self):
        """The subparts of a multipart, else nothing."""
        if self.is_multipart():
            yield from self.get_payload()

    def iter_attachments(self):
        """The parts of a multipart that are not its body: all of them
        but the first text/plain, text/html, multipart/related and
        multipart/alternative part that is not marked an attachment."""
        if self.get_content_type() in ("multipart/alternative",) or not self.is_multipart():
            return
        skipped = set()
        for part in self.get_payload():
            kind = part.get_content_type()
            if kind in _BODY_KINDS and kind not in skipped and not part.is_attachment():
                skipped.add(kind)
                continue
            yield part

    def get_body(self, preferencelist=("related", "html", "plain")):
        """The part most likely to be the body: the best ranked by
        preferencelist (names of text subtypes and of 'related'), looked
        for depth first; attachments and what they hold are passed over."""
        best, rank = None, len(preferencelist)
        stack = [self]
        while stack and rank > 0:
            part = stack.pop()
            if part.is_attachment():
                continue
            kind = part.get_content_type()
            score, inner = None, []
            if kind.startswith("text/"):
                score = kind[5:]
            elif kind.startswith("multipart/") and part.is_multipart():
                if kind == "multipart/related":
                    score = "related"
                    inner = _start_part(part)
                else:
                    inner = part.get_payload()
            if score in preferencelist and preferencelist.index(score) < rank:
                best, rank = part, preferencelist.index(score)
            stack.extend(reversed(inner))
        return best


def _start_part(related):
    # The root of a multipart/related: the part its start parameter names,
    # else the first one (a list of at most one part).
    start = related.get_param("start")
    for sub in related.get_payload():
        if start is None or sub.get("content-id") == start:
            return [sub]
    return []
