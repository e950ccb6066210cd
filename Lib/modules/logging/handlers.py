# logging.handlers: handlers that rotate their files by size or by time,
# and handlers that buffer records. Written for this project from CPython
# 3.6's documentation and observed behaviour.

import os
import re
import time

import logging

_DAY = 24 * 60 * 60


class BaseRotatingHandler(logging.FileHandler):
    """A file handler that checks before each record whether the file is
    due to be rotated, and rotates it."""

    def __init__(self, filename, mode, encoding=None, delay=False):
        logging.FileHandler.__init__(self, filename, mode, encoding, delay)
        self.mode, self.encoding = mode, encoding
        # callables that, when set, choose rotated names (namer(default))
        # and do the moving (rotator(source, dest))
        self.namer = self.rotator = None

    def emit(self, record):
        # rotate first when due; any failure goes to handleError
        try:
            due = self.shouldRollover(record)
            if due:
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        namer = self.namer
        return namer(default_name) if callable(namer) else default_name

    def rotate(self, source, dest):
        if callable(self.rotator):
            self.rotator(source, dest)
        elif os.path.exists(source):
            os.rename(source, dest)

    def _close_stream(self):
        if self.stream:
            s = self.stream
            self.stream = None
            s.close()

    def _reopen(self):
        if not self.delay:
            self.stream = self._open()


def _stream_size(handler):
    # How many bytes the file holds: the stream's position at its end
    # where the stream can tell it, the file's size otherwise.
    s = handler.stream
    if hasattr(s, 'seek') and hasattr(s, 'tell'):
        s.seek(0, 2)
        return s.tell()
    if hasattr(s, 'flush'):
        s.flush()
    try:
        return os.stat(handler.baseFilename).st_size
    except OSError:
        return 0


class RotatingFileHandler(BaseRotatingHandler):
    """Rotates when the file would grow past maxBytes, keeping backupCount
    old files named FILE.1 (newest) .. FILE.N."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0,
                 encoding=None, delay=False):
        # with a size limit the file is always appended to
        BaseRotatingHandler.__init__(self, filename,
                                     'a' if maxBytes > 0 else mode,
                                     encoding, delay)
        self.maxBytes, self.backupCount = maxBytes, backupCount

    def doRollover(self):
        self._close_stream()
        if self.backupCount > 0:
            base = self.baseFilename
            for n in range(self.backupCount - 1, 0, -1):
                older = self.rotation_filename("%s.%d" % (base, n))
                newer = self.rotation_filename("%s.%d" % (base, n + 1))
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
            first = self.rotation_filename(base + ".1")
            if os.path.exists(first):
                os.remove(first)
            self.rotate(base, first)
        self._reopen()

    def shouldRollover(self, record):
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes > 0:
            text = "%s\n" % self.format(record)
            if _stream_size(self) + len(text) >= self.maxBytes:
                return 1
        return 0


# The suffixes' shapes: D a digit, anything else itself.
_SHAPES = {
    'S': ("%Y-%m-%d_%H-%M-%S", "DDDD-DD-DD_DD-DD-DD", 1),
    'M': ("%Y-%m-%d_%H-%M", "DDDD-DD-DD_DD-DD", 60),
    'H': ("%Y-%m-%d_%H", "DDDD-DD-DD_DD", 60 * 60),
    'D': ("%Y-%m-%d", "DDDD-DD-DD", _DAY),
    'MIDNIGHT': ("%Y-%m-%d", "DDDD-DD-DD", _DAY),
}


def _is_word_char(c):
    return c == '_' or c.isalnum()


def _shape_pattern(shape):
    """The regular expression of a suffix shape, as extMatch holds it:
    each run of D is that many digits, and a namer's extension may
    follow."""
    out = ["^"]
    i = 0
    while i < len(shape):
        j = i
        while j < len(shape) and shape[j] == 'D':
            j += 1
        if j > i:
            out.append("\\d{%d}" % (j - i))
            i = j
        else:
            out.append(shape[i])
            i += 1
    out.append("(\\.\\w+)?$")
    return "".join(out)


def _suffix_matches(shape, suffix):
    """Whether suffix has the shape, optionally followed by '.' and word
    characters (what a namer may add)."""
    n = len(shape)
    if len(suffix) < n:
        return False
    for i in range(n):
        c = suffix[i]
        if shape[i] == 'D':
            if not ('0' <= c <= '9'):
                return False
        elif c != shape[i]:
            return False
    rest = suffix[n:]
    if not rest:
        return True
    if rest[0] != '.' or len(rest) < 2:
        return False
    for c in rest[1:]:
        if not (_is_word_char(c) and ord(c) < 128):
            return False
    return True


def _weekday_of(when):
    # 'W0' .. 'W6' -> 0 (Monday) .. 6
    if len(when) != 2:
        raise ValueError("You must specify a day for weekly rollover from 0 "
                         "to 6 (0 is Monday): %s" % when)
    if not '0' <= when[1] <= '6':
        raise ValueError("Invalid day specified for weekly rollover: %s"
                         % when)
    return int(when[1])


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Rotates at fixed times: every interval seconds, minutes, hours or
    days, at midnight, or on a weekday; old files get a date suffix."""

    def __init__(self, filename, when='h', interval=1, backupCount=0,
                 encoding=None, delay=False, utc=False, atTime=None):
        BaseRotatingHandler.__init__(self, filename, 'a', encoding, delay)
        self.when, self.utc, self.atTime = when.upper(), utc, atTime
        self.backupCount = backupCount
        if self.when in _SHAPES:
            self.suffix, self._shape, unit = _SHAPES[self.when]
        elif self.when.startswith('W'):
            self.dayOfWeek = _weekday_of(self.when)
            self.suffix, self._shape, unit = "%Y-%m-%d", "DDDD-DD-DD", 7 * _DAY
        else:
            raise ValueError("Invalid rollover interval specified: %s" % self.when)
        self.extMatch = re.compile(_shape_pattern(self._shape), re.ASCII)
        self.interval = unit * interval
        if os.path.exists(filename):
            start = os.stat(filename).st_mtime
        else:
            start = time.time()
        self.rolloverAt = self.computeRollover(int(start))

    def _tuple(self, t):
        return time.gmtime(t) if self.utc else time.localtime(t)

    def computeRollover(self, currentTime):
        if not (self.when == 'MIDNIGHT' or self.when.startswith('W')):
            return currentTime + self.interval
        now = self._tuple(currentTime)
        seconds_today = (now[3] * 60 + now[4]) * 60 + now[5]
        weekday = now[6]
        if self.atTime is None:
            target = _DAY
        else:
            target = (self.atTime.hour * 60 + self.atTime.minute) * 60 + self.atTime.second
        wait = target - seconds_today
        if wait < 0:
            wait += _DAY
            weekday = (weekday + 1) % 7
        when = currentTime + wait
        if self.when.startswith('W') and weekday != self.dayOfWeek:
            days = (self.dayOfWeek - weekday) % 7
            moved = when + days * _DAY
            if not self.utc:
                moved += self._dst_shift(now[-1], time.localtime(moved)[-1])
            when = moved
        return when

    @staticmethod
    def _dst_shift(dst_before, dst_after):
        # An hour back when summer time starts in between, forward when it
        # ends.
        if dst_before == dst_after:
            return 0
        return 3600 if dst_before else -3600

    def shouldRollover(self, record):
        return 1 if int(time.time()) >= self.rolloverAt else 0

    def getFilesToDelete(self):
        folder, base = os.path.split(self.baseFilename)
        prefix = base + "."
        found = []
        for name in os.listdir(folder):
            if name.startswith(prefix) and _suffix_matches(self._shape, name[len(prefix):]):
                found.append(os.path.join(folder, name))
        found.sort()
        if len(found) < self.backupCount:
            return []
        return found[:len(found) - self.backupCount]

    def doRollover(self):
        self._close_stream()
        now = int(time.time())
        dst_now = time.localtime(now)[-1]
        start = self.rolloverAt - self.interval
        stamp = self._tuple(start)
        if not self.utc and stamp[-1] != dst_now:
            # name the period as the clock showed it then
            stamp = time.localtime(start + (3600 if dst_now else -3600))
        target = self.rotation_filename(self.baseFilename + "." + time.strftime(self.suffix, stamp))
        if os.path.exists(target):
            os.remove(target)
        self.rotate(self.baseFilename, target)
        # beyond backupCount, the oldest rotated files go
        expired = self.getFilesToDelete() if self.backupCount > 0 else ()
        for old in expired:
            os.remove(old)
        self._reopen()
        nxt = self.computeRollover(now)
        while nxt <= now:
            nxt += self.interval
        if (self.when == 'MIDNIGHT' or self.when.startswith('W')) and not self.utc:
            dst_next = time.localtime(nxt)[-1]
            if dst_now != dst_next:
                nxt += -3600 if not dst_now else 3600
        self.rolloverAt = nxt


# holds a handler's lock for a with block
_holding = logging._holding


class BufferingHandler(logging.Handler):
    """Keeps records in a list and flushes when shouldFlush says so."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity, self.buffer = capacity, []

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)

    def flush(self):
        # the base class just drops what it holds
        with _holding(self):
            self.buffer = []


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them to target when the buffer is full or
    a record at flushLevel or above arrives."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None,
                 flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel, self.target = flushLevel, target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return (BufferingHandler.shouldFlush(self, record)
                or record.levelno >= self.flushLevel)

    def setTarget(self, target):
        self.target = target

    def flush(self):
        # hand the records over; without a target they stay buffered
        with _holding(self):
            if not self.target:
                return
            for rec in self.buffer:
                self.target.handle(rec)
            self.buffer = []

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            with _holding(self):
                self.target = None
                BufferingHandler.close(self)


class WatchedFileHandler(logging.FileHandler):
    """A FileHandler that reopens its file when the file it wrote to has
    been moved or removed (by logrotate, say): before each record it
    compares the path's device and inode with those of the open file."""

    def __init__(self, filename, mode='a', encoding=None, delay=False):
        logging.FileHandler.__init__(self, filename, mode, encoding, delay)
        self.dev, self.ino = -1, -1
        self._remember_file()

    def _remember_file(self):
        if self.stream is not None:
            st = os.fstat(self.stream.fileno())
            self.dev, self.ino = st.st_dev, st.st_ino

    def reopenIfNeeded(self):
        try:
            st = os.stat(self.baseFilename)
            same = (st.st_dev, st.st_ino) == (self.dev, self.ino)
        except FileNotFoundError:
            same = False
        if same or self.stream is None:
            return
        self.stream.flush()
        self.stream.close()
        self.stream = None
        self.stream = self._open()
        self._remember_file()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)
        if self.dev == -1:
            self._remember_file()


class QueueHandler(logging.Handler):
    """Puts each record on a queue (for a QueueListener, or any consumer
    in another thread) with its message merged already: msg is the text
    with the arguments filled in, and args and exc_info are cleared, so
    the record pickles. Formatting is left to the consumer's handlers."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)

    def prepare(self, record):
        self.format(record)  # fills in record.message and record.exc_text
        record.msg, record.args, record.exc_info = record.message, None, None
        return record

    def enqueue(self, record):
        self.queue.put_nowait(record)


class QueueListener(object):
    """Takes records off a queue in a thread of its own and hands each
    to its handlers (only those whose level the record reaches, when
    respect_handler_level is true). stop() puts a sentinel on the queue
    and waits for the thread to get to it."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        import threading
        self._thread = threading.Thread(target=self._monitor)
        self._thread.daemon = True
        self._thread.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if self.respect_handler_level and record.levelno < handler.level:
                continue
            handler.handle(record)

    def _monitor(self):
        import queue as queue_module
        q = self.queue
        done = getattr(q, 'task_done', None)
        while True:
            try:
                record = self.dequeue(True)
            except queue_module.Empty:
                break
            if record is self._sentinel:
                if done is not None:
                    done()
                break
            self.handle(record)
            if done is not None:
                done()

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        self.enqueue_sentinel()
        self._thread.join()
        self._thread = None


# -- handlers that send records over the network ------------------------------

# the customary ports of the log receivers (syslog uses 514 for both)
(DEFAULT_TCP_LOGGING_PORT, DEFAULT_UDP_LOGGING_PORT,
 DEFAULT_HTTP_LOGGING_PORT, DEFAULT_SOAP_LOGGING_PORT) = range(9020, 9024)
SYSLOG_UDP_PORT = SYSLOG_TCP_PORT = 514


class SocketHandler(logging.Handler):
    """Send each record, pickled and prefixed by its 4-byte big-endian
    length, over a stream socket to (host, port), or to the Unix socket
    named host when port is None. A refused connection is retried after
    a delay that doubles from retryStart up to retryMax seconds."""

    def __init__(self, host, port):
        logging.Handler.__init__(self)
        self.host, self.port = host, port
        self.address = host if port is None else (host, port)
        # no connection yet; none has failed
        self.sock = self.retryTime = None
        self.closeOnError = False
        self.retryStart, self.retryFactor, self.retryMax = 1.0, 2.0, 30.0

    def makeSocket(self, timeout=1):
        """A new socket connected to self.address."""
        import socket
        if self.port is not None:
            return socket.create_connection(self.address, timeout=timeout)
        conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        conn.settimeout(timeout)
        try:
            conn.connect(self.address)
        except OSError:
            conn.close()
            raise
        return conn

    def createSocket(self):
        """Connect unless the last failure asked to wait longer."""
        now = time.time()
        if self.retryTime is not None and now < self.retryTime:
            return
        try:
            self.sock = self.makeSocket()
        except OSError:
            if self.retryTime is None:
                self.retryPeriod = self.retryStart
            else:
                self.retryPeriod = min(self.retryPeriod * self.retryFactor,
                                       self.retryMax)
            self.retryTime = now + self.retryPeriod
        else:
            self.retryTime = None

    def send(self, s):
        """Send the bytes s, connecting first if needed; a failed send
        drops the socket (the next record reconnects)."""
        if self.sock is None:
            self.createSocket()
        if self.sock is None:
            return
        try:
            self.sock.sendall(s)
        except OSError:
            self.sock.close()
            self.sock = None

    def makePickle(self, record):
        """The wire form of record: length prefix and a protocol-1 pickle
        of its attributes, the message already merged with its args."""
        import pickle
        import struct
        if record.exc_info:
            self.format(record)  # fills record.exc_text
        state = dict(record.__dict__)
        state['msg'] = record.getMessage()
        state['args'] = None
        state['exc_info'] = None
        state.pop('message', None)
        data = pickle.dumps(state, 1)
        return struct.pack('>L', len(data)) + data

    def handleError(self, record):
        if self.closeOnError and self.sock:
            self.sock.close()
            self.sock = None
        else:
            logging.Handler.handleError(self, record)

    def emit(self, record):
        try:
            self.send(self.makePickle(record))
        except Exception:
            self.handleError(record)

    def close(self):
        self.acquire()
        try:
            conn, self.sock = self.sock, None
            if conn:
                conn.close()
            logging.Handler.close(self)
        finally:
            self.release()


class DatagramHandler(SocketHandler):
    """SocketHandler over UDP (or a Unix datagram socket): one datagram
    per record, nothing is retried."""

    def __init__(self, host, port):
        SocketHandler.__init__(self, host, port)
        self.closeOnError = False

    def makeSocket(self):
        import socket
        family = socket.AF_UNIX if self.port is None else socket.AF_INET
        return socket.socket(family, socket.SOCK_DGRAM)

    def send(self, s):
        if self.sock is None:
            self.createSocket()
        self.sock.sendto(s, self.address)


class SysLogHandler(logging.Handler):
    """Send records to a syslog daemon: over UDP (or TCP) to address, or
    to the Unix socket named by address when it is a string."""

    LOG_EMERG, LOG_ALERT, LOG_CRIT, LOG_ERR = 0, 1, 2, 3
    LOG_WARNING, LOG_NOTICE, LOG_INFO, LOG_DEBUG = 4, 5, 6, 7

    (LOG_KERN, LOG_USER, LOG_MAIL, LOG_DAEMON, LOG_AUTH, LOG_SYSLOG,
     LOG_LPR, LOG_NEWS, LOG_UUCP, LOG_CRON, LOG_AUTHPRIV, LOG_FTP) = range(12)
    (LOG_LOCAL0, LOG_LOCAL1, LOG_LOCAL2, LOG_LOCAL3, LOG_LOCAL4, LOG_LOCAL5,
     LOG_LOCAL6, LOG_LOCAL7) = range(16, 24)

    priority_names = {
        "alert": LOG_ALERT, "crit": LOG_CRIT, "critical": LOG_CRIT,
        "debug": LOG_DEBUG, "emerg": LOG_EMERG, "err": LOG_ERR,
        "error": LOG_ERR, "info": LOG_INFO, "notice": LOG_NOTICE,
        "panic": LOG_EMERG, "warn": LOG_WARNING, "warning": LOG_WARNING,
    }

    facility_names = {
        "auth": LOG_AUTH, "authpriv": LOG_AUTHPRIV, "cron": LOG_CRON,
        "daemon": LOG_DAEMON, "ftp": LOG_FTP, "kern": LOG_KERN,
        "lpr": LOG_LPR, "mail": LOG_MAIL, "news": LOG_NEWS,
        "security": LOG_AUTH, "syslog": LOG_SYSLOG, "user": LOG_USER,
        "uucp": LOG_UUCP,
    }
    facility_names.update(("local%d" % n, 16 + n) for n in range(8))

    priority_map = {
        "DEBUG": "debug", "INFO": "info", "WARNING": "warning",
        "ERROR": "error", "CRITICAL": "critical",
    }

    ident = ''
    append_nul = True

    def __init__(self, address=('localhost', SYSLOG_UDP_PORT),
                 facility=LOG_USER, socktype=None):
        import socket
        logging.Handler.__init__(self)
        self.address, self.facility, self.socktype = address, facility, socktype
        if isinstance(address, str):
            self.unixsocket = True
            try:
                # like openlog(): a daemon not yet listening is no error;
                # emit() connects again
                self._connect_unixsocket(address)
            except OSError:
                pass
            return
        self.unixsocket = False
        if socktype is None:
            socktype = socket.SOCK_DGRAM
        host, port = address
        found = socket.getaddrinfo(host, port, 0, socktype)
        if not found:
            raise OSError("getaddrinfo returns an empty list")
        failure = None
        for family, kind, proto, _, where in found:
            conn = None
            try:
                conn = socket.socket(family, kind, proto)
                if kind == socket.SOCK_STREAM:
                    conn.connect(where)
            except OSError as exc:
                failure = exc
                if conn is not None:
                    conn.close()
                continue
            self.socket = conn
            self.socktype = socktype
            return
        raise failure

    def _connect_unixsocket(self, address):
        import socket
        kinds = [self.socktype] if self.socktype is not None else [
            socket.SOCK_DGRAM, socket.SOCK_STREAM]
        for at, kind in enumerate(kinds):
            self.socket = socket.socket(socket.AF_UNIX, kind)
            try:
                self.socket.connect(address)
            except OSError:
                self.socket.close()
                if at == len(kinds) - 1:
                    raise
                continue
            self.socktype = kind
            return

    def encodePriority(self, facility, priority):
        """The syslog PRI number of facility and priority (names or
        numbers)."""
        if isinstance(facility, str):
            facility = self.facility_names[facility]
        if isinstance(priority, str):
            priority = self.priority_names[priority]
        return (facility << 3) | priority

    def mapPriority(self, levelName):
        """The syslog priority name of a logging level name."""
        return self.priority_map.get(levelName, "warning")

    def close(self):
        with self.lock:
            self.socket.close()
            logging.Handler.close(self)

    def emit(self, record):
        try:
            text = self.ident + self.format(record)
            if self.append_nul:
                text += '\000'
            pri = self.encodePriority(self.facility,
                                      self.mapPriority(record.levelname))
            payload = ('<%d>' % pri).encode('utf-8') + text.encode('utf-8')
            if self.unixsocket:
                try:
                    self.socket.send(payload)
                except OSError:
                    self.socket.close()
                    self._connect_unixsocket(self.address)
                    self.socket.send(payload)
            elif self.socktype == __import__('socket').SOCK_DGRAM:
                self.socket.sendto(payload, self.address)
            else:
                self.socket.sendall(payload)
        except Exception:
            self.handleError(record)


class SMTPHandler(logging.Handler):
    """Mail each record to toaddrs through the SMTP server mailhost
    (a host name or a (host, port) pair)."""

    def __init__(self, mailhost, fromaddr, toaddrs, subject,
                 credentials=None, secure=None, timeout=5.0):
        logging.Handler.__init__(self)
        pair = (list, tuple)
        self.mailhost, self.mailport = (
            mailhost if isinstance(mailhost, pair) else (mailhost, None))
        self.username = None
        if isinstance(credentials, pair):
            self.username, self.password = credentials
        self.toaddrs = [toaddrs] if isinstance(toaddrs, str) else toaddrs
        self.fromaddr, self.subject = fromaddr, subject
        self.secure, self.timeout = secure, timeout

    def getSubject(self, record):
        """The subject line of the mail for record."""
        return self.subject

    def emit(self, record):
        try:
            import smtplib
            import email.utils
            from email.message import EmailMessage
            port = self.mailport or smtplib.SMTP_PORT
            server = smtplib.SMTP(self.mailhost, port, timeout=self.timeout)
            mail = EmailMessage()
            mail['From'] = self.fromaddr
            mail['To'] = ','.join(self.toaddrs)
            mail['Subject'] = self.getSubject(record)
            mail['Date'] = email.utils.formatdate(localtime=True)
            mail.set_content(self.format(record))
            if self.username:
                if self.secure is not None:
                    server.ehlo()
                    server.starttls(*self.secure)
                    server.ehlo()
                server.login(self.username, self.password)
            server.send_message(mail)
            server.quit()
        except Exception:
            self.handleError(record)


class HTTPHandler(logging.Handler):
    """Send each record's attributes, URL-encoded, to a web server by GET
    (in the query string) or POST (as a form body)."""

    def __init__(self, host, url, method="GET", secure=False,
                 credentials=None, context=None):
        logging.Handler.__init__(self)
        verb = method.upper()
        if verb != "GET" and verb != "POST":
            raise ValueError("method must be GET or POST")
        if context is not None and not secure:
            raise ValueError("context parameter only makes sense "
                             "with secure=True")
        self.host, self.url, self.method = host, url, verb
        self.secure, self.credentials, self.context = (secure, credentials,
                                                      context)

    def mapLogRecord(self, record):
        """The fields sent for record (its attribute dictionary)."""
        return record.__dict__

    def emit(self, record):
        try:
            import http.client
            import urllib.parse
            if self.secure:
                conn = http.client.HTTPSConnection(self.host,
                                                   context=self.context)
            else:
                conn = http.client.HTTPConnection(self.host)
            form = urllib.parse.urlencode(self.mapLogRecord(record))
            url = self.url
            if self.method == "GET":
                url += ('&' if '?' in url else '?') + form
            conn.putrequest(self.method, url)
            if self.method == "POST":
                conn.putheader("Content-type",
                               "application/x-www-form-urlencoded")
                conn.putheader("Content-length", str(len(form)))
            if self.credentials:
                import base64
                pair = ('%s:%s' % self.credentials).encode('utf-8')
                conn.putheader('Authorization', 'Basic ' +
                               base64.b64encode(pair).strip().decode('ascii'))
            conn.endheaders()
            if self.method == "POST":
                conn.send(form.encode('utf-8'))
            conn.getresponse()
        except Exception:
            self.handleError(record)
