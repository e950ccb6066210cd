"""MIMEText: a text/* part."""

from email.mime.nonmultipart import MIMENonMultipart
import base64 as _base64

__all__ = ["MIMEText"]


class MIMEText(MIMENonMultipart):
    """A text part. Without a charset, ASCII text is us-ascii and sent as
    7bit, other text utf-8 and sent in base64; a charset named by the
    caller decides the same way (us-ascii or ascii: 7bit, else base64)."""

    def __init__(self, _text, _subtype="plain", _charset=None, *, policy=None):
        if _charset is None:
            try:
                _text.encode("us-ascii")
                _charset = "us-ascii"
            except UnicodeEncodeError:
                _charset = "utf-8"
        MIMENonMultipart.__init__(self, "text", _subtype, policy=policy, charset=str(_charset))
        self.set_payload(_text, _charset)

    def set_payload(self, payload, charset=None):
        if charset is None:
            return MIMENonMultipart.set_payload(self, payload)
        name = str(charset).lower()
        if name in ("us-ascii", "ascii", "7bit"):
            MIMENonMultipart.set_payload(self, payload, charset)
            cte = "7bit"
        elif name in ("iso-8859-1", "latin-1", "latin1") and False:
            cte = "quoted-printable"
        else:
            data = payload.encode(name) if isinstance(payload, str) else bytes(payload)
            MIMENonMultipart.set_payload(self, _base64.encodebytes(data).decode("ascii"), charset)
            cte = "base64"
        del self["Content-Transfer-Encoding"]
        self["Content-Transfer-Encoding"] = cte
