"""Reading IFF chunks (AIFF, RIFF/WAVE, 8SVX and their kin).

A chunk is a 4-byte ID, a 4-byte size (big-endian, or little-endian for
RIFF) and that many bytes of data, followed by a pad byte when the size is
odd. Chunk(file) reads the header at file's position and then behaves as
a file holding just the data."""

import struct


class Chunk:
    """The chunk starting at the current position of file."""

    def __init__(self, file, align=True, bigendian=True, inclheader=False):
        self.closed = False
        self.align = align
        self.file = file
        self.chunkname = file.read(4)
        if len(self.chunkname) < 4:
            raise EOFError
        order = '>L' if bigendian else '<L'
        try:
            self.chunksize = struct.unpack_from(order, file.read(4))[0]
        except struct.error:
            raise EOFError from None
        if inclheader:
            self.chunksize -= 8
        self.size_read = 0
        self.seekable = True
        try:
            self.offset = self.file.tell()
        except (AttributeError, OSError):
            self.seekable = False

    def getname(self):
        """The chunk's ID."""
        return self.chunkname

    def getsize(self):
        """The size of the chunk's data."""
        return self.chunksize

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def close(self):
        if self.closed:
            return
        try:
            self.skip()
        finally:
            self.closed = True

    def isatty(self):
        self._check_open()
        return False

    def seek(self, pos, whence=0):
        """Move within the data: whence 0 from its start, 1 from the
        current position, 2 from its end. RuntimeError outside it."""
        self._check_open()
        if not self.seekable:
            raise OSError("cannot seek")
        pos += {0: 0, 1: self.size_read, 2: self.chunksize}.get(whence, 0)
        if not 0 <= pos <= self.chunksize:
            raise RuntimeError
        self.file.seek(self.offset + pos, 0)
        self.size_read = pos

    def tell(self):
        self._check_open()
        return self.size_read

    def read(self, size=-1):
        """Up to size bytes of the data (the rest when size is negative);
        b'' at its end."""
        self._check_open()
        left = self.chunksize - self.size_read
        if left <= 0:
            return b''
        if size < 0 or size > left:
            size = left
        data = self.file.read(size)
        self.size_read += len(data)
        if self.size_read == self.chunksize and self.align and self.chunksize % 2:
            self.size_read += len(self.file.read(1))
        return data

    def skip(self):
        """Move past the end of the chunk (and its pad byte), so that the
        next chunk can be read."""
        self._check_open()
        if self.seekable:
            step = self.chunksize - self.size_read
            if self.align and self.chunksize % 2:
                step += 1
            try:
                self.file.seek(step, 1)
            except OSError:
                pass
            else:
                self.size_read += step
                return
        while self.size_read < self.chunksize:
            if not self.read(min(8192, self.chunksize - self.size_read)):
                raise EOFError
