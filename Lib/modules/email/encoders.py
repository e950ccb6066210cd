"""Content-Transfer-Encoding helpers: each one encodes a message's payload
in place and sets the header that names the encoding."""

import base64 as _base64

__all__ = ["encode_7or8bit", "encode_base64", "encode_noop", "encode_quopri"]


def _raw(msg):
    return msg.get_payload(decode=True)


def encode_base64(msg):
    """Base64 with 76-character lines."""
    data = _raw(msg)
    msg.set_payload(_base64.encodebytes(data).decode("ascii"))
    msg["Content-Transfer-Encoding"] = "base64"


def _quote_line(line):
    out = []
    for byte in line:
        ch = chr(byte)
        if ch in "= \t" or byte > 126 or byte < 32:
            out.append("=%02X" % byte)
        else:
            out.append(ch)
    text = "".join(out)
    # soft line breaks keep each line at most 76 characters
    pieces = []
    while len(text) > 76:
        cut = 75
        while text[cut - 1] != "=" and "=" in text[cut - 2:cut]:
            cut -= 1
        pieces.append(text[:cut] + "=")
        text = text[cut:]
    pieces.append(text)
    return "\n".join(pieces)


def encode_quopri(msg):
    """Quoted-printable."""
    data = _raw(msg)
    lines = data.split(b"\n")
    msg.set_payload("\n".join(_quote_line(l) for l in lines))
    msg["Content-Transfer-Encoding"] = "quoted-printable"


def encode_7or8bit(msg):
    """Leave the payload alone; name it 7bit when every byte is ASCII
    (or there is no payload), 8bit otherwise."""
    data = _raw(msg)
    wide = data is not None and any(b > 127 for b in data)
    msg["Content-Transfer-Encoding"] = "8bit" if wide else "7bit"


def encode_noop(msg):
    """Leave the payload and headers as they are."""
