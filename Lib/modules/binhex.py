"""BinHex 4.0, the Macintosh text encoding of a file's name, type,
creator, data fork and resource fork: binhex(infile, outfile) encodes a
file, hexbin(infile, outfile) decodes one. The forks are run-length
encoded, then written in the hqx 6-bit alphabet in lines of 64
characters between ':' marks; the header and each fork end with a CRC."""

import binascii
import io
import os
import struct

__all__ = ["binhex", "hexbin", "Error"]


class Error(Exception):
    pass


# Where a BinHex or HexBin stands: after the header, after the data fork.
_DID_HEADER = 0
_DID_DATA = 1

LINELEN = 64
RUNCHAR = b"\x90"
_BLOCK = 128000
_RLE_BATCH = 32768
_BANNER = b'(This file must be converted with BinHex 4.0)\r\r:'


class FInfo:
    """A file's Finder information: four-letter type and creator, flags."""

    def __init__(self):
        self.Type = self.Creator = '????'
        self.Flags = 0


def getfileinfo(name):
    """(file name, FInfo, data size, resource size) of the file name; its
    type is TEXT when its first 512 bytes hold no NUL."""
    info = FInfo()
    with io.open(name, 'rb') as fp:
        if 0 not in fp.read(512):
            info.Type = 'TEXT'
        size = fp.seek(0, 2)
    base = os.path.split(name)[1].replace(':', '-', 1)
    return base, info, size, 0


class openrsrc:
    """A resource fork: there are none on this system (empty, and writes
    vanish)."""

    def __init__(self, *args):
        pass

    def read(self, *args):
        return b''

    def write(self, *args):
        pass

    def close(self):
        pass


class _HqxEncoder:
    # Turns bytes into hqx text lines, three bytes at a time.

    def __init__(self, ofp):
        self.ofp = ofp
        self.pending = b''
        self.text = b''
        self.width = LINELEN - 1  # the first line starts after ':'

    def write(self, data):
        self.pending += data
        whole = len(self.pending) - len(self.pending) % 3
        if whole:
            self.text += binascii.b2a_hqx(self.pending[:whole])
            self.pending = self.pending[whole:]
            self._lines(False)

    def _lines(self, final):
        start = 0
        while len(self.text) - start >= self.width:
            end = start + self.width
            self.ofp.write(self.text[start:end] + b'\n')
            self.width = LINELEN
            start = end
        self.text = self.text[start:]
        if final:
            self.ofp.write(self.text + b':\n')

    def close(self):
        if self.pending:
            self.text += binascii.b2a_hqx(self.pending)
        self._lines(True)
        self.ofp.close()
        del self.ofp


class _RleEncoder:
    # Run-length encodes what is written, in large batches.

    def __init__(self, ofp):
        self.ofp = ofp
        self.pending = b''

    def write(self, data):
        self.pending += data
        if len(self.pending) >= _RLE_BATCH:
            self.ofp.write(binascii.rlecode_hqx(self.pending))
            self.pending = b''

    def close(self):
        if self.pending:
            self.ofp.write(binascii.rlecode_hqx(self.pending))
        self.ofp.close()
        del self.ofp


class BinHex:
    """Writes one file in BinHex: the header at creation, then write()
    the data fork, write_rsrc() the resource fork, close()."""

    def __init__(self, name_finfo_dlen_rlen, ofp):
        name, finfo, dlen, rlen = name_finfo_dlen_rlen
        own = isinstance(ofp, str)
        if own:
            ofp = io.open(ofp, 'wb')
        try:
            ofp.write(_BANNER)
            self.ofp = _RleEncoder(_HqxEncoder(ofp))
            self.crc = 0
            self.dlen, self.rlen = dlen, rlen
            self._writeinfo(name, FInfo() if finfo is None else finfo)
            self.state = _DID_HEADER
        except:
            if own:
                ofp.close()
            raise

    def _writeinfo(self, name, finfo):
        if len(name) > 63:
            raise Error('Filename too long')
        kinds = [k.encode('latin-1') if isinstance(k, str) else k
                 for k in (finfo.Type, finfo.Creator)]
        header = (bytes([len(name)]) + name.encode('latin-1') + b'\0' +
                  kinds[0] + kinds[1] + struct.pack('>h', finfo.Flags) +
                  struct.pack('>ii', self.dlen, self.rlen))
        self._write(header)
        self._writecrc()

    def _write(self, data):
        self.ofp.write(data)
        self.crc = binascii.crc_hqx(data, self.crc)

    def _writecrc(self):
        self.ofp.write(struct.pack('>h' if self.crc < 0 else '>H', self.crc))
        self.crc = 0

    def write(self, data):
        """Write part of the data fork."""
        if self.state != _DID_HEADER:
            raise Error('Writing data at the wrong time')
        self.dlen -= len(data)
        self._write(data)

    def close_data(self):
        """End the data fork, which must have its announced size."""
        if self.dlen:
            # (CPython reports the resource size here.)
            raise Error('Incorrect data size, diff=%r' % (self.rlen,))
        self._writecrc()
        self.state = _DID_DATA

    def write_rsrc(self, data):
        """Write part of the resource fork (ending the data fork)."""
        if self.state < _DID_DATA:
            self.close_data()
        if self.state != _DID_DATA:
            raise Error('Writing resource data at the wrong time')
        self.rlen -= len(data)
        self._write(data)

    def close(self):
        """End the resource fork and the file."""
        if self.state is not None:
            try:
                self._finish()
            finally:
                self.state = None
                encoder = self.ofp
                del self.ofp
                encoder.close()

    def _finish(self):
        if self.state < _DID_DATA:
            self.close_data()
        if self.state != _DID_DATA:
            raise Error('Close at the wrong time')
        if self.rlen:
            raise Error("Incorrect resource-datasize, diff=%r" % (self.rlen,))
        self._writecrc()



def binhex(inp, out):
    """Encode the file inp as BinHex into out (a file name or object)."""
    writer = BinHex(getfileinfo(inp), out)
    with io.open(inp, 'rb') as ifp:
        for block in iter(lambda: ifp.read(_BLOCK), b''):
            writer.write(block)
    writer.close_data()
    fork = openrsrc(inp, 'rb')
    for block in iter(lambda: fork.read(_BLOCK), b''):
        writer.write_rsrc(block)
    writer.close()
    fork.close()


class _HqxDecoder:
    # Reads hqx text and gives the bytes it stands for.

    def __init__(self, ifp):
        self.ifp = ifp
        self.eof = 0

    def read(self, wanted):
        out = b''
        while len(out) < wanted and not self.eof:
            text = self.ifp.read((wanted - len(out) + 2) // 3 * 4)
            while True:
                try:
                    piece, self.eof = binascii.a2b_hqx(text)
                    break
                except binascii.Incomplete:
                    more = self.ifp.read(1)
                    if not more:
                        raise Error('Premature EOF on binhex file')
                    text += more
            out += piece
            if not piece and not self.eof:
                raise Error('Premature EOF on binhex file')
        return out

    def close(self):
        self.ifp.close()


class _RleDecoder:
    # Undoes the run-length encoding, never splitting a run marker.

    def __init__(self, ifp):
        self.ifp = ifp
        self.raw = b''
        self.ready = b''

    def read(self, wanted):
        if wanted > len(self.ready):
            self._fill(wanted - len(self.ready))
        out, self.ready = self.ready[:wanted], self.ready[wanted:]
        return out

    def _fill(self, wanted):
        self.raw += self.ifp.read(wanted + 4)
        if self.ifp.eof:
            self.ready += binascii.rledecode_hqx(self.raw)
            self.raw = b''
            return
        keep = self._unsafe_tail()
        cut = len(self.raw) - keep
        self.ready += binascii.rledecode_hqx(self.raw[:cut])
        self.raw = self.raw[cut:]

    def _unsafe_tail(self):
        # How many trailing bytes may belong to an unfinished run.
        raw = self.raw
        if raw[-3:] == RUNCHAR + b'\0' + RUNCHAR:
            return 3
        if raw[-1:] == RUNCHAR or raw[-2:] == RUNCHAR + b'\0':
            return 2
        if raw[-2:-1] == RUNCHAR:
            return 0
        return 1

    def close(self):
        self.ifp.close()


class HexBin:
    """Reads one BinHex file: FName and FInfo from its header, then read()
    the data fork, read_rsrc() the resource fork, close()."""

    def __init__(self, ifp):
        if isinstance(ifp, str):
            ifp = io.open(ifp, 'rb')
        # Skip to the ':' that starts the encoded text.
        for ch in iter(lambda: ifp.read(1), b''):
            if ch == b':':
                break
        else:
            raise Error("No binhex data found")
        self.ifp = _RleDecoder(_HqxDecoder(ifp))
        self.crc = 0
        self._readheader()

    def _read(self, size):
        data = self.ifp.read(size)
        self.crc = binascii.crc_hqx(data, self.crc)
        return data

    def _checkcrc(self):
        stored = struct.unpack('>h', self.ifp.read(2))[0] & 0xffff
        self.crc &= 0xffff
        if stored != self.crc:
            raise Error('CRC error, computed %x, read %x' % (self.crc, stored))
        self.crc = 0

    def _readheader(self):
        size = self._read(1)
        self.FName = self._read(ord(size))
        rest = self._read(19)
        self._checkcrc()
        info = FInfo()
        info.Type, info.Creator = rest[1:5], rest[5:9]
        info.Flags = struct.unpack('>h', rest[9:11])[0]
        self.dlen, self.rlen = struct.unpack('>ll', rest[11:19])
        self.FInfo = info
        self.state = _DID_HEADER

    def read(self, *n):
        """Up to n bytes of the data fork (all that remains by default)."""
        if self.state != _DID_HEADER:
            raise Error('Read data at wrong time')
        size = min(n[0], self.dlen) if n else self.dlen
        out = b''
        while len(out) < size:
            out += self._read(size - len(out))
        self.dlen -= size
        return out

    def close_data(self):
        """Skip the rest of the data fork and check its CRC."""
        if self.state != _DID_HEADER:
            raise Error('close_data at wrong time')
        if self.dlen:
            self._read(self.dlen)
        self._checkcrc()
        self.state = _DID_DATA

    def read_rsrc(self, *n):
        """Up to n bytes of the resource fork (all by default)."""
        if self.state == _DID_HEADER:
            self.close_data()
        if self.state != _DID_DATA:
            raise Error('Read resource data at wrong time')
        size = min(n[0], self.rlen) if n else self.rlen
        self.rlen -= size
        return self._read(size)

    def close(self):
        """Check the resource fork's CRC and close the file."""
        if self.state is not None:
            try:
                if self.rlen:
                    self.read_rsrc(self.rlen)
                self._checkcrc()
            finally:
                self.state = None
                self.ifp.close()


def hexbin(inp, out):
    """Decode the BinHex file inp into the file out (default: the name the
    header gives)."""
    reader = HexBin(inp)
    if not out:
        out = reader.FName
    with io.open(out, 'wb') as ofp:
        for block in iter(lambda: reader.read(_BLOCK), b''):
            ofp.write(block)
    reader.close_data()
    block = reader.read_rsrc(_BLOCK)
    if block:
        fork = openrsrc(out, 'wb')
        fork.write(block)
        for block in iter(lambda: reader.read_rsrc(_BLOCK), b''):
            fork.write(block)
        fork.close()
    reader.close()
