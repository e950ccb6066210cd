"""Content-Transfer-Encoding helpers: each one encodes a message's payload
in place and sets the header that names the encoding."""

import base64 as _base64
import quopri as _quopri

__all__ = ["encode_7or8bit", "encode_base64", "encode_noop", "encode_quopri"]


def encode_base64(msg):
    """Base64 with 76-character lines."""
    data = msg.get_payload(decode=True)
    msg.set_payload(str(_base64.encodebytes(data), "ascii"))
    msg["Content-Transfer-Encoding"] = "base64"


def encode_quopri(msg):
    """Quoted-printable, spaces and tabs quoted too."""
    data = msg.get_payload(decode=True)
    coded = _quopri.encodestring(data, quotetabs=True).replace(b" ", b"=20")
    msg.set_payload(coded)
    msg["Content-Transfer-Encoding"] = "quoted-printable"


def encode_7or8bit(msg):
    """Leave the payload alone; name it 7bit when every byte is ASCII
    (or there is no payload), 8bit otherwise."""
    data = msg.get_payload(decode=True)
    wide = False
    if data is not None:
        try:
            data.decode("ascii")
        except UnicodeError:
            wide = True
    msg["Content-Transfer-Encoding"] = "8bit" if wide else "7bit"


def encode_noop(msg):
    """Leave the payload and headers as they are."""
