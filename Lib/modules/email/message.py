"""Message: an ordered list of header fields and a payload (a string, or
a list of parts for a multipart), as CPython 3.6's email.message.

How header values are stored, returned and folded is the policy's
business (compat32 by default: plain strings); MIMEPart and EmailMessage
add the content-manager API of the new policies.
"""

import binascii
import quopri
import re
from io import BytesIO, StringIO

from email import errors, utils
from email import charset as _charset
from email._encoded_words import decode_b
from email._policybase import compat32

Charset = _charset.Charset

__all__ = ["Message", "EmailMessage"]

SEMISPACE = "; "

# Characters that make a parameter value need quotes.
tspecials = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')


def _splitparam(param):
    # (main value, rest after the first ';' or None), both stripped.
    main, sep, rest = str(param).partition(";")
    if not sep:
        return main.strip(), None
    return main.strip(), rest.strip()


def _formatparam(param, value=None, quote=True):
    """param=value for a header; a (charset, language, text) value or a
    non-ASCII one is written in RFC 2231 form; quote forces quotes."""
    if value is None or not len(value):
        return param
    if isinstance(value, tuple):
        charset, language, text = value
        return "%s*=%s" % (param, utils.encode_rfc2231(text, charset, language))
    try:
        value.encode("ascii")
    except UnicodeEncodeError:
        return "%s*=%s" % (param, utils.encode_rfc2231(value, "utf-8", ""))
    if quote or tspecials.search(value):
        return '%s="%s"' % (param, utils.quote(value))
    return "%s=%s" % (param, value)


def _parseparam(s):
    # The ';'-separated pieces after the main value of a header (';'
    # inside quotes does not separate), names lower-cased.
    s = ";" + str(s)
    pieces = []
    while s[:1] == ";":
        s = s[1:]
        end = s.find(";")
        while end > 0 and (s.count('"', 0, end) - s.count('\\"', 0, end)) % 2:
            end = s.find(";", end + 1)
        if end < 0:
            end = len(s)
        piece = s[:end]
        if "=" in piece:
            name, _, value = piece.partition("=")
            piece = name.strip().lower() + "=" + value.strip()
        pieces.append(piece.strip())
        s = s[end:]
    return pieces


def _unquotevalue(value):
    if isinstance(value, tuple):
        return value[0], value[1], utils.unquote(value[2])
    return utils.unquote(value)


_UUENCODINGS = ("x-uuencode", "uuencode", "uue", "x-uue")

# A default that no caller passes.
_ABSENT = object()


class Message:
    """Header fields in order (names keep their case, lookups ignore
    it), a payload, the envelope 'From ' line if one was parsed, and the
    preamble and epilogue of a multipart."""

    def __init__(self, policy=compat32):
        self.policy = policy
        self.defects = []
        self._default_type = "text/plain"
        self._headers, self._payload = [], None
        self._unixfrom = self._charset = None
        self.preamble = self.epilogue = None

    def __str__(self):
        return self.as_string()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        """The flattened message; headers are not folded unless
        maxheaderlen is given (0 means never)."""
        from email.generator import Generator
        policy = self.policy if policy is None else policy
        out = StringIO()
        gen = Generator(out, mangle_from_=False, maxheaderlen=maxheaderlen,
                        policy=policy)
        gen.flatten(self, unixfrom=unixfrom)
        return out.getvalue()

    def __bytes__(self):
        return self.as_bytes()

    def as_bytes(self, unixfrom=False, policy=None):
        """The flattened message as bytes."""
        from email.generator import BytesGenerator
        policy = self.policy if policy is None else policy
        out = BytesIO()
        BytesGenerator(out, mangle_from_=False, policy=policy).flatten(
            self, unixfrom=unixfrom)
        return out.getvalue()

    def is_multipart(self):
        return isinstance(self._payload, list)

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    # payload

    def attach(self, payload):
        """Add a part to the payload (which becomes a list)."""
        if self._payload is None:
            self._payload = [payload]
            return
        try:
            self._payload.append(payload)
        except AttributeError:
            raise TypeError("Attach is not valid on a message with"
                            " a non-multipart payload")

    def get_payload(self, i=None, decode=False):
        """The payload: the list of parts (or part i) of a multipart;
        the text otherwise, or with decode the bytes its
        Content-Transfer-Encoding stands for."""
        if self.is_multipart():
            if decode:
                return None
            return self._payload if i is None else self._payload[i]
        if i is not None and not isinstance(self._payload, list):
            raise TypeError("Expected list, got %s" % type(self._payload))
        payload = self._payload
        cte = str(self.get("content-transfer-encoding", "")).lower()
        raw = None
        if isinstance(payload, str):
            if utils._has_surrogates(payload):
                raw = payload.encode("ascii", "surrogateescape")
                if not decode:
                    try:
                        payload = raw.decode(self.get_param("charset", "ascii"),
                                             "replace")
                    except LookupError:
                        payload = raw.decode("ascii", "replace")
            elif decode:
                try:
                    raw = payload.encode("ascii")
                except UnicodeError:
                    raw = payload.encode("raw-unicode-escape")
        if not decode:
            return payload
        if cte == "quoted-printable":
            return quopri.decodestring(raw)
        if cte == "base64":
            data, defects = decode_b(b"".join(raw.splitlines()))
            for defect in defects:
                self.policy.handle_defect(self, defect)
            return data
        if cte in _UUENCODINGS:
            return self._uudecode(raw)
        if isinstance(payload, str):
            return raw
        return payload

    @staticmethod
    def _uudecode(raw):
        import uu
        out = BytesIO()
        try:
            uu.decode(BytesIO(raw), out, quiet=True)
        except uu.Error:
            return raw
        return out.getvalue()

    def set_payload(self, payload, charset=None):
        """Replace the payload; bytes are kept as surrogate-escaped
        text. A charset (name or Charset) is applied with set_charset,
        str payloads being encoded with it first."""
        if charset is not None and not isinstance(charset, Charset):
            charset = Charset(charset)
        if hasattr(payload, "encode"):
            if charset is None:
                self._payload = payload
                return
            payload = payload.encode(charset.output_charset)
        self._payload = (payload.decode("ascii", "surrogateescape")
                         if hasattr(payload, "decode") else payload)
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        """Set the charset of the payload: the charset parameter of
        Content-Type (made text/plain if absent), MIME-Version, and the
        body and Content-Transfer-Encoding the charset calls for. None
        removes the charset parameter."""
        if charset is None:
            self.del_param("charset")
            self._charset = None
            return
        if not isinstance(charset, Charset):
            charset = Charset(charset)
        self._charset = charset
        if "MIME-Version" not in self:
            self.add_header("MIME-Version", "1.0")
        if "Content-Type" not in self:
            self.add_header("Content-Type", "text/plain",
                            charset=charset.get_output_charset())
        else:
            self.set_param("charset", charset.get_output_charset())
        if charset != charset.get_output_charset():
            self._payload = charset.body_encode(self._payload)
        if "Content-Transfer-Encoding" in self:
            return
        cte = charset.get_body_encoding()
        if callable(cte):
            cte(self)
            return
        payload = self._payload
        if payload:
            try:
                payload = payload.encode("ascii", "surrogateescape")
            except UnicodeError:
                payload = payload.encode(charset.output_charset)
        self._payload = charset.body_encode(payload)
        self.add_header("Content-Transfer-Encoding", cte)

    def get_charset(self):
        return self._charset

    # the header fields, as a mapping

    def __len__(self):
        return len(self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        """Append a field; fields already of that name stay (unless the
        policy limits how many there may be)."""
        limit = self.policy.header_max_count(name)
        if limit:
            key = name.lower()
            count = sum(1 for k, _ in self._headers if k.lower() == key)
            if count >= limit:
                raise ValueError("There may be at most {} {} headers "
                                 "in a message".format(limit, name))
        self._headers.append(self.policy.header_store_parse(name, val))

    def __delitem__(self, name):
        """Remove every field called name; none is no error."""
        key = name.lower()
        self._headers = [(k, v) for k, v in self._headers
                         if k.lower() != key]

    def __contains__(self, name):
        key = name.lower()
        return any(k.lower() == key for k, _ in self._headers)

    def __iter__(self):
        for name, _ in self._headers:
            yield name

    def keys(self):
        return [k for k, _ in self._headers]

    def values(self):
        return [self.policy.header_fetch_parse(k, v)
                for k, v in self._headers]

    def items(self):
        return [(k, self.policy.header_fetch_parse(k, v))
                for k, v in self._headers]

    def get(self, name, failobj=None):
        """The first field called name, else failobj."""
        key = name.lower()
        for k, v in self._headers:
            if k.lower() == key:
                return self.policy.header_fetch_parse(k, v)
        return failobj

    def set_raw(self, name, value):
        """Append a field stored exactly as given."""
        self._headers.append((name, value))

    def raw_items(self):
        """The (name, value) pairs as stored."""
        return iter(self._headers.copy())

    def get_all(self, name, failobj=None):
        """Every field called name, in order, else failobj."""
        key = name.lower()
        found = [self.policy.header_fetch_parse(k, v)
                 for k, v in self._headers if k.lower() == key]
        return found or failobj

    def add_header(self, _name, _value, **_params):
        """Append a field made of a value and name=value parameters (an
        underscore in a name becomes '-', None gives a bare name)."""
        parts = [] if _value is None else [_value]
        for key, val in _params.items():
            key = key.replace("_", "-")
            parts.append(key if val is None else _formatparam(key, val))
        self[_name] = SEMISPACE.join(parts)

    def replace_header(self, _name, _value):
        """Change the value of the first field called _name, in place."""
        key = _name.lower()
        for n, (k, _) in enumerate(self._headers):
            if k.lower() == key:
                self._headers[n] = self.policy.header_store_parse(k, _value)
                return
        raise KeyError(key)

    # content type and parameters

    def get_content_type(self):
        """maintype/subtype, lower case: the default type when there is
        no Content-Type, text/plain when it is malformed."""
        missing = object()
        value = self.get("content-type", missing)
        if value is missing:
            return self.get_default_type()
        ctype = _splitparam(value)[0].lower()
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

    def _get_params_preserve(self, failobj, header):
        # The parameters of header with their values as written (quoted,
        # RFC 2231 pieces joined).
        text = self.get(header, _ABSENT)
        if text is _ABSENT:
            return failobj
        pairs = [(name.strip(), val.strip()) if eq else (name.strip(), "")
                 for name, eq, val in (p.partition("=") for p in _parseparam(text))]
        return utils.decode_params(pairs)

    def get_params(self, failobj=None, header="content-type", unquote=True):
        """[(name, value)] of header, the first pair its main value."""
        missing = object()
        params = self._get_params_preserve(missing, header)
        if params is missing:
            return failobj
        if unquote:
            return [(k, _unquotevalue(v)) for k, v in params]
        return params

    def get_param(self, param, failobj=None, header="content-type",
                  unquote=True):
        """The value of one parameter of header: a string, or a
        (charset, language, value) triple for an RFC 2231 value."""
        if header not in self:
            return failobj
        for k, v in self._get_params_preserve(failobj, header):
            if k.lower() == param.lower():
                return _unquotevalue(v) if unquote else v
        return failobj

    def set_param(self, param, value, header="Content-Type", requote=True,
                  charset=None, language="", replace=False):
        """Set one parameter of header (Content-Type is made text/plain
        when missing). With charset the value goes out in RFC 2231 form.
        The field moves to the end unless replace is true."""
        if charset and not isinstance(value, tuple):
            value = (charset, language, value)
        current = self.get(header)
        if current is None and header.lower() == "content-type":
            current = "text/plain"
        fresh = _formatparam(param, value, requote)
        if self.get_param(param, header=header):
            key = param.lower()
            fresh = self._join_params(
                fresh if name.lower() == key else _formatparam(name, old, requote)
                for name, old in self.get_params(header=header, unquote=requote))
        elif current:
            fresh = current + SEMISPACE + fresh
        self._store_changed(header, fresh, replace)

    def _store_changed(self, header, value, in_place=False):
        # Set header to value unless it already is that; in_place keeps
        # its position, otherwise it moves to the end.
        if value == self.get(header):
            return
        if in_place:
            self.replace_header(header, value)
            return
        del self[header]
        self[header] = value

    @staticmethod
    def _join_params(pieces):
        # '; '.join, an empty piece adding nothing at the start.
        out = ""
        for piece in pieces:
            out = piece if not out else SEMISPACE.join([out, piece])
        return out

    def del_param(self, param, header="content-type", requote=True):
        """Remove a parameter from header (the field moves to the end)."""
        if header not in self:
            return
        kept = [_formatparam(p, v, requote)
                for p, v in self.get_params(header=header, unquote=requote)
                if p.lower() != param.lower()]
        self._store_changed(header, self._join_params(kept))

    def set_type(self, type, header="Content-Type", requote=True):
        """Change the main value of header (Content-Type: also sets
        MIME-Version), keeping its parameters."""
        if type.count("/") != 1:
            raise ValueError
        if header.lower() == "content-type":
            del self["mime-version"]
            self["MIME-Version"] = "1.0"
        old = self.get_params(header=header, unquote=requote) \
            if header in self else [(None, None)]
        del self[header]
        self[header] = type
        for name, value in old[1:]:
            self.set_param(name, value, header, requote)

    def get_filename(self, failobj=None):
        """The filename parameter of Content-Disposition, else the name
        parameter of Content-Type, else failobj."""
        missing = object()
        name = self.get_param("filename", missing, "content-disposition")
        if name is missing:
            name = self.get_param("name", missing, "content-type")
        if name is missing:
            return failobj
        return utils.collapse_rfc2231_value(name).strip()

    def get_boundary(self, failobj=None):
        """The boundary parameter of Content-Type."""
        missing = object()
        boundary = self.get_param("boundary", missing)
        if boundary is missing:
            return failobj
        return utils.collapse_rfc2231_value(boundary).rstrip()

    def set_boundary(self, boundary):
        """Put boundary into the Content-Type field, in place."""
        missing = object()
        params = self._get_params_preserve(missing, "content-type")
        if params is missing:
            raise errors.HeaderParseError("No Content-Type header found")
        quoted = '"%s"' % boundary
        fresh = [("boundary", quoted) if k.lower() == "boundary" else (k, v)
                 for k, v in params]
        if not any(k.lower() == "boundary" for k, _ in params):
            fresh.append(("boundary", quoted))
        value = SEMISPACE.join(k if v == "" else "%s=%s" % (k, v)
                               for k, v in fresh)
        self._headers = [
            self.policy.header_store_parse(h, value)
            if h.lower() == "content-type" else (h, v)
            for h, v in self._headers]

    def get_content_charset(self, failobj=None):
        """The charset parameter, lower case (failobj when missing or
        not ASCII)."""
        missing = object()
        charset = self.get_param("charset", missing)
        if charset is missing:
            return failobj
        if isinstance(charset, tuple):
            try:
                charset = str(charset[2].encode("raw-unicode-escape"),
                              charset[0] or "us-ascii")
            except (LookupError, UnicodeError):
                charset = charset[2]
        try:
            charset.encode("us-ascii")
        except UnicodeError:
            return failobj
        return charset.lower()

    def get_charsets(self, failobj=None):
        """The content charset of every part of the tree."""
        return [part.get_content_charset(failobj) for part in self.walk()]

    def get_content_disposition(self):
        """The main value of Content-Disposition, lower case, or None."""
        value = self.get("content-disposition")
        if value is None:
            return None
        return _splitparam(value)[0].lower()

    from email.iterators import walk


class MIMEPart(Message):
    """A Message under the default policy whose content is read and set
    through the policy's content manager."""

    def __init__(self, policy=None):
        from email import policy as policies
        Message.__init__(self, policies.default if policy is None else policy)

    def as_string(self, unixfrom=False, maxheaderlen=None, policy=None):
        """The flattened message; headers folded at the policy's
        max_line_length unless maxheaderlen says otherwise."""
        chosen = policy or self.policy
        width = chosen.max_line_length if maxheaderlen is None else maxheaderlen
        return Message.as_string(self, unixfrom, width, chosen)

    def __str__(self):
        return self.as_string(policy=self.policy.clone(utf8=True))

    def is_attachment(self):
        """Whether Content-Disposition names this part an attachment."""
        value = self.get("content-disposition")
        return value is not None and value.content_disposition == "attachment"

    def _body_candidates(self, part, preferencelist):
        # (rank, part) for every part below part that could be the body.
        if part.is_attachment():
            return
        maintype, subtype = part.get_content_type().split("/")
        if maintype == "text":
            if subtype in preferencelist:
                yield preferencelist.index(subtype), part
            return
        if maintype != "multipart":
            return
        if subtype != "related":
            for sub in part.iter_parts():
                yield from self._body_candidates(sub, preferencelist)
            return
        if "related" in preferencelist:
            yield preferencelist.index("related"), part
        start = part.get_param("start")
        candidate = None
        if start:
            for sub in part.iter_parts():
                if sub["content-id"] == start:
                    candidate = sub
                    break
        if candidate is None:
            subparts = part.get_payload()
            candidate = subparts[0] if subparts else None
        if candidate is not None:
            yield from self._body_candidates(candidate, preferencelist)

    def get_body(self, preferencelist=("related", "html", "plain")):
        """The part most likely to be the body, by preferencelist (text
        subtypes and 'related'); None if there is none."""
        best = len(preferencelist)
        body = None
        for rank, part in self._body_candidates(self, preferencelist):
            if rank < best:
                best, body = rank, part
                if rank == 0:
                    break
        return body

    _body_types = {("text", "plain"), ("text", "html"),
                   ("multipart", "related"), ("multipart", "alternative")}

    def iter_attachments(self):
        """The parts of a multipart that are not body candidates."""
        maintype, subtype = self.get_content_type().split("/")
        if maintype != "multipart" or subtype == "alternative":
            return
        parts = self.get_payload()
        if not isinstance(parts, list):
            return
        parts = parts.copy()
        if maintype == "multipart" and subtype == "related":
            start = self.get_param("start")
            if start:
                found = False
                kept = []
                for part in parts:
                    if part.get("content-id") == start:
                        found = True
                    else:
                        kept.append(part)
                if found:
                    yield from kept
                    return
            parts.pop(0)
            yield from parts
            return
        seen = []
        for part in parts:
            kind = tuple(part.get_content_type().split("/"))
            if (kind in self._body_types and not part.is_attachment()
                    and kind not in seen):
                seen.append(kind)
                continue
            yield part

    def iter_parts(self):
        """The subparts of a multipart, else nothing."""
        if self.get_content_maintype() == "multipart":
            yield from self.get_payload()

    def get_content(self, *args, content_manager=None, **kw):
        """The content, as the content manager (by default the policy's)
        reads it."""
        manager = content_manager or self.policy.content_manager
        return manager.get_content(self, *args, **kw)

    def set_content(self, *args, content_manager=None, **kw):
        """Replace the content through the content manager (by default
        the policy's)."""
        manager = content_manager or self.policy.content_manager
        manager.set_content(self, *args, **kw)

    def _make_multipart(self, subtype, disallowed_subtypes, boundary):
        if self.get_content_maintype() == "multipart":
            existing = self.get_content_subtype()
            disallowed_subtypes = disallowed_subtypes + (subtype,)
            if existing in disallowed_subtypes:
                raise ValueError("Cannot convert {} to {}".format(
                    existing, subtype))
        moved, kept = [], []
        for name, value in self._headers:
            if name.lower().startswith("content-"):
                moved.append((name, value))
            else:
                kept.append((name, value))
        if moved:
            part = type(self)(policy=self.policy)
            part._headers = moved
            part._payload = self._payload
            self._payload = [part]
        else:
            self._payload = []
        self._headers = kept
        self["Content-Type"] = "multipart/" + subtype
        if boundary is not None:
            self.set_param("boundary", boundary)

    def make_related(self, boundary=None):
        self._make_multipart("related", ("alternative", "mixed"), boundary)

    def make_alternative(self, boundary=None):
        self._make_multipart("alternative", ("mixed",), boundary)

    def make_mixed(self, boundary=None):
        self._make_multipart("mixed", (), boundary)

    def _add_multipart(self, _subtype, *args, _disp=None, **kw):
        if (self.get_content_maintype() != "multipart"
                or self.get_content_subtype() != _subtype):
            getattr(self, "make_" + _subtype)()
        part = type(self)(policy=self.policy)
        part.set_content(*args, **kw)
        if _disp and "content-disposition" not in part:
            part["Content-Disposition"] = _disp
        self.attach(part)

    def add_related(self, *args, **kw):
        self._add_multipart("related", *args, _disp="inline", **kw)

    def add_alternative(self, *args, **kw):
        self._add_multipart("alternative", *args, **kw)

    def add_attachment(self, *args, **kw):
        self._add_multipart("mixed", *args, _disp="attachment", **kw)

    def clear(self):
        """Drop every header and the payload."""
        del self._headers[:]
        self._payload = None

    def clear_content(self):
        """Drop the payload and the Content-* headers."""
        self._payload = None
        self._headers = [pair for pair in self._headers
                         if not pair[0].lower().startswith("content-")]


class EmailMessage(MIMEPart):
    """A MIMEPart that also gets a MIME-Version when content is set."""

    def set_content(self, *args, **kw):
        super().set_content(*args, **kw)
        if "MIME-Version" not in self:
            self["MIME-Version"] = "1.0"
