"""MIMENonMultipart: a MIME part that refuses subparts."""

from email import errors
from email.mime.base import MIMEBase

__all__ = ["MIMENonMultipart"]


class MIMENonMultipart(MIMEBase):
    """A MIME part holding a single payload."""

    def attach(self, payload):
        raise errors.MultipartConversionError(
            "Cannot attach additional subparts to non-multipart/*")
