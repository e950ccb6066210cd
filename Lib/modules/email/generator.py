"""Generators: a message tree written out as text (Generator), bytes
(BytesGenerator) or text with non-text parts summarized
(DecodedGenerator)."""

import random
import re
import sys
import time
from copy import deepcopy
from io import BytesIO, StringIO

from email.utils import _has_surrogates

__all__ = ["Generator", "DecodedGenerator", "BytesGenerator"]

UNDERSCORE = "_"
NL = "\n"

NLCRE = re.compile(r"\r\n|\r|\n")
fcre = re.compile(r"^From ", re.MULTILINE)

_BOUNDARY_DIGITS = len(repr(sys.maxsize - 1))


def _split_line_ends(text):
    # NLCRE.split(text) by string operations, which keep the lone
    # surrogates of undecodable bytes intact.
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _mangle_from(text):
    # fcre.sub(">From ", text): '>' before each line starting 'From '.
    if text.startswith("From "):
        text = ">" + text
    return text.replace("\nFrom ", "\n>From ")


class Generator:
    """Writes a message tree to a text file object."""

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, *,
                 policy=None):
        """outfp takes the text (it needs only write()). mangle_from_
        puts '>' before body lines starting 'From ' (default: the
        policy's setting, True without a policy); maxheaderlen overrides
        the policy's max_line_length; policy overrides the message's."""
        self.policy = policy
        self.maxheaderlen = maxheaderlen
        if mangle_from_ is None:
            mangle_from_ = policy.mangle_from_ if policy is not None else True
        self._mangle_from_ = mangle_from_
        self._fp = outfp

    def write(self, s):
        """Write text to the output (the generator is file-like)."""
        self._fp.write(s)

    def flatten(self, msg, unixfrom=False, linesep=None):
        """Write msg and its parts; unixfrom writes the envelope line
        first, linesep overrides the policy's line end."""
        policy = self.policy or msg.policy
        changes = {}
        if linesep is not None:
            changes["linesep"] = linesep
        if self.maxheaderlen is not None:
            changes["max_line_length"] = self.maxheaderlen
        if changes:
            policy = policy.clone(**changes)
        self._NL = policy.linesep
        self._encoded_NL = self._encode(self._NL)
        self._EMPTY = ""
        self._encoded_EMPTY = self._encode("")
        saved = self.policy, msg.policy
        try:
            self.policy = msg.policy = policy
            if unixfrom:
                line = msg.get_unixfrom()
                if not line:
                    line = "From nobody " + time.ctime(time.time())
                self.write(line + self._NL)
            self._write(msg)
        finally:
            self.policy, msg.policy = saved

    def clone(self, fp):
        """A generator like this one writing to fp."""
        return type(self)(fp, self._mangle_from_, None, policy=self.policy)

    def _new_buffer(self):
        return StringIO()

    def _encode(self, s):
        return s

    def _write_lines(self, text):
        # text with its line ends made self._NL.
        if not text:
            return
        *whole, last = _split_line_ends(text)
        for line in whole:
            self.write(line + self._NL)
        if last:
            self.write(last)

    def _write(self, msg):
        # The body is written first, to a buffer, because writing it may
        # change the headers (a boundary chosen, a body re-encoded).
        outer = self._fp
        try:
            self._munge_cte = None
            self._fp = body = self._new_buffer()
            self._dispatch(msg)
        finally:
            self._fp = outer
            munge = self._munge_cte
            del self._munge_cte
        if munge:
            msg = deepcopy(msg)
            msg.replace_header("content-transfer-encoding", munge[0])
            msg.replace_header("content-type", munge[1])
        own = getattr(msg, "_write_headers", None)
        if own is None:
            self._write_headers(msg)
        else:
            own(self)
        self._fp.write(body.getvalue())

    def _dispatch(self, msg):
        # _handle_<maintype>_<subtype>, else _handle_<maintype>, else
        # _writeBody.
        main = msg.get_content_maintype()
        sub = msg.get_content_subtype()
        for name in ((main + UNDERSCORE + sub).replace("-", "_"),
                     main.replace("-", "_")):
            handler = getattr(self, "_handle_" + name, None)
            if handler is not None:
                return handler(msg)
        return self._writeBody(msg)

    def _write_headers(self, msg):
        for name, value in msg.raw_items():
            self.write(self.policy.fold(name, value))
        self.write(self._NL)

    def _handle_text(self, msg):
        payload = msg.get_payload()
        if payload is not None and not isinstance(payload, str):
            raise TypeError("string payload expected: %s" % type(payload))
        if payload is None:
            return
        if _has_surrogates(msg._payload):
            charset = msg.get_param("charset")
            if charset is not None:
                # re-encode 8-bit text in its charset's transfer encoding
                msg = deepcopy(msg)
                del msg["content-transfer-encoding"]
                msg.set_payload(payload, charset)
                payload = msg.get_payload()
                self._munge_cte = (msg["content-transfer-encoding"],
                                   msg["content-type"])
        if self._mangle_from_:
            payload = _mangle_from(payload)
        self._write_lines(payload)

    _writeBody = _handle_text

    def _handle_multipart(self, msg):
        parts = msg.get_payload()
        if parts is None:
            parts = []
        elif isinstance(parts, str):
            self.write(parts)
            return
        elif not isinstance(parts, list):
            parts = [parts]
        texts = []
        for part in parts:
            buf = self._new_buffer()
            self.clone(buf).flatten(part, unixfrom=False, linesep=self._NL)
            texts.append(buf.getvalue())
        boundary = msg.get_boundary()
        if not boundary:
            boundary = self._make_boundary(self._encoded_NL.join(texts))
            msg.set_boundary(boundary)
        if msg.preamble is not None:
            preamble = msg.preamble
            if self._mangle_from_:
                preamble = _mangle_from(preamble)
            self._write_lines(preamble)
            self.write(self._NL)
        self.write("--" + boundary + self._NL)
        for n, text in enumerate(texts):
            if n:
                self.write(self._NL + "--" + boundary + self._NL)
            self._fp.write(text)
        self.write(self._NL + "--" + boundary + "--" + self._NL)
        if msg.epilogue is not None:
            epilogue = msg.epilogue
            if self._mangle_from_:
                epilogue = _mangle_from(epilogue)
            self._write_lines(epilogue)

    def _handle_multipart_signed(self, msg):
        # Signed content must go out exactly as it came: no refolding.
        saved = self.policy
        self.policy = saved.clone(max_line_length=0)
        try:
            self._handle_multipart(msg)
        finally:
            self.policy = saved

    def _handle_message_delivery_status(self, msg):
        # The blocks of a delivery status are separated by one blank line.
        blocks = []
        for part in msg.get_payload():
            buf = self._new_buffer()
            self.clone(buf).flatten(part, unixfrom=False, linesep=self._NL)
            text = buf.getvalue()
            lines = text.split(self._encoded_NL)
            if lines and lines[-1] == self._encoded_EMPTY:
                text = self._encoded_NL.join(lines[:-1])
            blocks.append(text)
        self._fp.write(self._encoded_NL.join(blocks))

    def _handle_message(self, msg):
        payload = msg._payload
        if isinstance(payload, list):
            buf = self._new_buffer()
            self.clone(buf).flatten(msg.get_payload(0), unixfrom=False,
                                    linesep=self._NL)
            payload = buf.getvalue()
        else:
            payload = self._encode(payload)
        self._fp.write(payload)

    @classmethod
    def _make_boundary(cls, text=None):
        # A random boundary; with text, one no line of text uses.
        base = "=" * 15 + "%0*d" % (_BOUNDARY_DIGITS,
                                    random.randrange(sys.maxsize)) + "=="
        if text is None:
            return base
        boundary, n = base, 0
        while cls._compile_re("^--" + re.escape(boundary) + "(--)?$",
                              re.MULTILINE).search(text):
            boundary = base + "." + str(n)
            n += 1
        return boundary

    @classmethod
    def _compile_re(cls, s, flags):
        return re.compile(s, flags)


class BytesGenerator(Generator):
    """Writes a message tree to a binary file object; undecodable bytes
    kept from parsing go out as they came (unless cte_type is 7bit)."""

    def write(self, s):
        self._fp.write(s.encode("ascii", "surrogateescape"))

    def _new_buffer(self):
        return BytesIO()

    def _encode(self, s):
        return s.encode("ascii")

    def _write_headers(self, msg):
        for name, value in msg.raw_items():
            self._fp.write(self.policy.fold_binary(name, value))
        self.write(self._NL)

    def _handle_text(self, msg):
        if msg._payload is None:
            return
        if _has_surrogates(msg._payload) and self.policy.cte_type != "7bit":
            if self._mangle_from_:
                msg._payload = _mangle_from(msg._payload)
            self._write_lines(msg._payload)
        else:
            super()._handle_text(msg)

    _writeBody = _handle_text

    @classmethod
    def _compile_re(cls, s, flags):
        return re.compile(s.encode("ascii"), flags)


_FMT = "[Non-text (%(type)s) part of message omitted, filename %(filename)s]"


class DecodedGenerator(Generator):
    """Writes the text parts of a tree and, for every other part, a line
    made by fmt from its type, filename, description and encoding."""

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None,
                 fmt=None, *, policy=None):
        Generator.__init__(self, outfp, mangle_from_, maxheaderlen,
                           policy=policy)
        self._fmt = _FMT if fmt is None else fmt

    def _dispatch(self, msg):
        for part in msg.walk():
            main = part.get_content_maintype()
            if main == "text":
                print(part.get_payload(decode=False), file=self)
            elif main != "multipart":
                print(self._fmt % {
                    "type": part.get_content_type(),
                    "maintype": main,
                    "subtype": part.get_content_subtype(),
                    "filename": part.get_filename("[no filename]"),
                    "description": part.get("Content-Description",
                                            "[no description]"),
                    "encoding": part.get("Content-Transfer-Encoding",
                                         "[no encoding]"),
                }, file=self)
