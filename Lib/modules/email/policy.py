"""The policies of the new email API: EmailPolicy (header objects from a
HeaderRegistry, content managers) and its instances default, strict,
SMTP, SMTPUTF8 and HTTP; compat32 is re-exported."""

import re

from email._policybase import Policy, Compat32, compat32, _bad_keyword
from email.utils import _has_surrogates
from email.headerregistry import HeaderRegistry as HeaderRegistry
from email.contentmanager import raw_data_manager
from email.message import EmailMessage

__all__ = ["Compat32", "compat32", "Policy", "EmailPolicy", "default",
           "strict", "SMTP", "HTTP"]

linesep_splitter = re.compile(r"\n|\r")


class EmailPolicy(Policy):
    """The policy of the new API. Besides Policy's settings:

    utf8            -- headers may carry UTF-8 (RFC 6532) instead of
                       encoded words
    refold_source   -- 'none', 'long' (default) or 'all': which parsed
                       headers are refolded when generated
    header_factory  -- makes header objects from (name, value)
    content_manager -- serves get_content and set_content
    """

    message_factory = EmailMessage
    utf8 = False
    refold_source = "long"
    header_factory = HeaderRegistry()
    content_manager = raw_data_manager

    def __init__(self, **kw):
        # each new policy gets its own registry; clones share it
        if "header_factory" not in kw:
            object.__setattr__(self, "header_factory", HeaderRegistry())
        super().__init__(**kw)

    def header_max_count(self, name):
        return self.header_factory[name].max_count

    def header_source_parse(self, sourcelines):
        name, rest = sourcelines[0].split(":", 1)
        value = rest.lstrip(" \t") + "".join(sourcelines[1:])
        return (name, value.rstrip("\r\n"))

    def header_store_parse(self, name, value):
        if hasattr(value, "name") and value.name.lower() == name.lower():
            return (name, value)
        if isinstance(value, str) and len(value.splitlines()) > 1:
            raise ValueError("Header values may not contain linefeed "
                             "or carriage return characters")
        return (name, self.header_factory(name, value))

    def header_fetch_parse(self, name, value):
        if hasattr(value, "name"):
            return value
        # (str.replace keeps the lone surrogates of undecodable bytes)
        return self.header_factory(
            name, value.replace("\r", "").replace("\n", ""))

    def fold(self, name, value):
        return self._fold(name, value, refold_binary=True)

    def fold_binary(self, name, value):
        text = self._fold(name, value, refold_binary=self.cte_type == "7bit")
        return text.encode("utf8" if self.utf8 else "ascii", "surrogateescape")

    def _fold(self, name, value, refold_binary=False):
        if hasattr(value, "name"):
            return value.fold(policy=self)
        width = self.max_line_length or float("inf")
        lines = value.splitlines()
        refold = self.refold_source == "all" or (
            self.refold_source == "long" and
            (lines and len(lines[0]) + len(name) + 2 > width or
             any(len(line) > width for line in lines[1:])))
        if refold or (refold_binary and _has_surrogates(value)):
            return self.header_factory(name, "".join(lines)).fold(policy=self)
        return name + ": " + self.linesep.join(lines) + self.linesep


default = EmailPolicy()
# The default policy's registry and content manager stay those of the
# class, so that additions made to them show in default.
del default.header_factory
strict = default.clone(raise_on_defect=True)
SMTP = default.clone(linesep="\r\n")
HTTP = default.clone(linesep="\r\n", max_line_length=None)
SMTPUTF8 = SMTP.clone(utf8=True)
