"""MIMEText: a text/* part."""

from email.mime.nonmultipart import MIMENonMultipart

__all__ = ["MIMEText"]


class MIMEText(MIMENonMultipart):
    """A text part. Without a charset, ASCII text is us-ascii, other text
    utf-8; the charset decides the transfer encoding."""

    def __init__(self, _text, _subtype="plain", _charset=None, *, policy=None):
        if _charset is None:
            try:
                _text.encode("us-ascii")
                _charset = "us-ascii"
            except UnicodeEncodeError:
                _charset = "utf-8"
        MIMENonMultipart.__init__(self, "text", _subtype, policy=policy,
                                  charset=str(_charset))
        self.set_payload(_text, _charset)
