"""Content managers: how MIMEPart.get_content and set_content turn a
part's payload into Python objects and back. raw_data_manager is the
default policy's: text as str, other data as bytes, message/* parts as
messages."""

import binascii

import email.charset
import email.errors
import email.message
from email import quoprimime

__all__ = ["ContentManager", "raw_data_manager"]


class ContentManager:
    """Handlers for get_content, keyed by content type or maintype, and
    for set_content, keyed by the type of the object set."""

    def __init__(self):
        self.get_handlers, self.set_handlers = {}, {}

    def add_get_handler(self, key, handler):
        """Serve get_content for a content type or maintype (key)."""
        self.get_handlers[key] = handler

    def get_content(self, msg, *args, **kw):
        """Call the handler for msg's content type, else for its
        maintype, else the '' handler."""
        ctype = msg.get_content_type()
        for key in (ctype, msg.get_content_maintype(), ""):
            if key in self.get_handlers:
                return self.get_handlers[key](msg, *args, **kw)
        raise KeyError(ctype)

    def add_set_handler(self, typekey, handler):
        self.set_handlers[typekey] = handler

    def set_content(self, msg, obj, *args, **kw):
        """Clear msg's content and set obj with the handler for its type."""
        if msg.get_content_maintype() == "multipart":
            raise TypeError("set_content not valid on multipart")
        setter = self._find_set_handler(msg, obj)
        msg.clear_content()
        return setter(msg, obj, *args, **kw)

    def _find_set_handler(self, msg, obj):
        # Along obj's MRO: the class, its dotted path, qualified name or
        # name; then the None handler.
        first_path = None
        for cls in type(obj).__mro__ or (type(obj), object):
            if cls in self.set_handlers:
                return self.set_handlers[cls]
            qname = cls.__qualname__
            module = getattr(cls, "__module__", "")
            path = module + "." + qname if module else qname
            if first_path is None:
                first_path = path
            for key in (path, qname, cls.__name__):
                if key in self.set_handlers:
                    return self.set_handlers[key]
        if None in self.set_handlers:
            return self.set_handlers[None]
        raise KeyError(first_path)


raw_data_manager = ContentManager()


def get_text_content(msg, errors="replace"):
    data = msg.get_payload(decode=True)
    return data.decode(msg.get_param("charset", "ASCII"), errors=errors)


def get_non_text_content(msg):
    return msg.get_payload(decode=True)


def get_message_content(msg):
    return msg.get_payload(0)


def get_and_fixup_unknown_message_content(msg):
    # Other message/* subtypes are returned as the bytes of the message.
    return bytes(msg.get_payload(0))


raw_data_manager.add_get_handler("text", get_text_content)
for _main in ("audio", "image", "video", "application"):
    raw_data_manager.add_get_handler(_main, get_non_text_content)
for _sub in ("rfc822", "external-body"):
    raw_data_manager.add_get_handler("message/" + _sub, get_message_content)
raw_data_manager.add_get_handler("message", get_and_fixup_unknown_message_content)
del _main, _sub


def _prepare_set(msg, maintype, subtype, headers):
    # Content-Type, then the extra headers (strings are parsed by the
    # policy; a header with defects is refused).
    msg["Content-Type"] = maintype + "/" + subtype
    if not headers:
        return
    if not hasattr(headers[0], "name"):
        factory = msg.policy
        headers = [factory.header_factory(*factory.header_source_parse([h]))
                   for h in headers]
    for h in headers:
        if h.defects:
            try:
                raise h.defects[0]
            except email.errors.HeaderDefect as exc:
                raise ValueError("Invalid header: {}".format(
                    h.fold(policy=msg.policy))) from exc
        msg[h.name] = h


def _finalize_set(msg, disposition, filename, cid, params):
    if disposition is None and filename is not None:
        disposition = "attachment"
    if disposition is not None:
        msg["Content-Disposition"] = disposition
    if filename is not None:
        msg.set_param("filename", filename, header="Content-Disposition",
                      replace=True)
    if cid is not None:
        msg["Content-ID"] = cid
    if params is not None:
        for key, value in params.items():
            msg.set_param(key, value)


def _encode_base64(data, max_line_length):
    # base64 lines of max_line_length // 4 * 3 input bytes each.
    step = max_line_length // 4 * 3
    return "".join(binascii.b2a_base64(data[at:at + step]).decode("ascii")
                   for at in range(0, len(data), step))


def _encode_text(string, charset, cte, policy):
    """(cte, payload) for text: without a cte, 7bit for ASCII, 8bit when
    the policy allows it and every line fits, otherwise the shorter of
    quoted-printable and base64 judged on the first ten lines."""
    lines = string.encode(charset).splitlines()
    sep = policy.linesep.encode("ascii")
    width = policy.max_line_length

    def wire(rows):
        return sep.join(rows) + sep

    def plain(rows):
        return b"\n".join(rows) + b"\n"

    if cte is None:
        try:
            return "7bit", plain(lines).decode("ascii")
        except UnicodeDecodeError:
            pass
        if policy.cte_type == "8bit" and max(len(x) for x in lines) <= width:
            return "8bit", plain(lines).decode("ascii", "surrogateescape")
        head = wire(lines[:10])
        head_qp = quoprimime.body_encode(head.decode("latin-1"), width)
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
        return cte, quoprimime.body_encode(plain(lines).decode("latin-1"), width)
    if cte == "base64":
        return cte, _encode_base64(wire(lines), width)
    raise ValueError("Unknown content transfer encoding {}".format(cte))


def set_text_content(msg, string, subtype="plain", charset="utf-8", cte=None,
                     disposition=None, filename=None, cid=None,
                     params=None, headers=None):
    _prepare_set(msg, "text", subtype, headers)
    cte, payload = _encode_text(string, charset, cte, msg.policy)
    msg.set_payload(payload)
    msg.set_param("charset", email.charset.ALIASES.get(charset, charset),
                  replace=True)
    msg["Content-Transfer-Encoding"] = cte
    _finalize_set(msg, disposition, filename, cid, params)


raw_data_manager.set_handlers[str] = set_text_content


def set_message_content(msg, message, subtype="rfc822", cte=None,
                        disposition=None, filename=None, cid=None, params=None,
                        headers=None):
    if subtype == "partial":
        raise ValueError("message/partial is not supported for Message objects")
    if subtype == "rfc822":
        if cte not in (None, "7bit", "8bit", "binary"):
            raise ValueError(
                "message/rfc822 parts do not support cte={}".format(cte))
        if cte is None:
            cte = "8bit"
    elif subtype == "external-body":
        if cte not in (None, "7bit"):
            raise ValueError(
                "message/external-body parts do not support cte={}".format(cte))
        cte = "7bit"
    elif cte is None:
        cte = "7bit"
    _prepare_set(msg, "message", subtype, headers)
    msg.set_payload([message])
    msg["Content-Transfer-Encoding"] = cte
    _finalize_set(msg, disposition, filename, cid, params)


raw_data_manager.add_set_handler(email.message.Message, set_message_content)


def set_bytes_content(msg, data, maintype, subtype, cte="base64",
                      disposition=None, filename=None, cid=None,
                      params=None, headers=None):
    _prepare_set(msg, maintype, subtype, headers)
    if cte == "base64":
        data = _encode_base64(data, max_line_length=msg.policy.max_line_length)
    elif cte == "quoted-printable":
        data = binascii.b2a_qp(data, istext=False, header=False,
                               quotetabs=True).decode("ascii")
    elif cte == "7bit":
        data.encode("ascii")
    elif cte in ("8bit", "binary"):
        data = data.decode("ascii", "surrogateescape")
    msg.set_payload(data)
    msg["Content-Transfer-Encoding"] = cte
    _finalize_set(msg, disposition, filename, cid, params)


for _cls in (bytes, bytearray, memoryview):
    raw_data_manager.add_set_handler(_cls, set_bytes_content)
del _cls
