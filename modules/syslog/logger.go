package pysyslog

import (
	"fmt"
	"net"
	"os"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Priorities, facilities and options, as <syslog.h> defines them.
const (
	logPrimask = 0x07
	logFacmask = 0x03f8
	logUser    = 1 << 3
	logErr     = 3

	logPID    = 0x01
	logCons   = 0x02
	logNDelay = 0x08
	logPError = 0x20
)

// logger is the process's syslog state, as glibc keeps it: one per
// process, shared by every interpreter.
type logger struct {
	mu       sync.Mutex
	ident    string
	option   int
	facility int
	mask     int32
	conn     net.Conn
	// opened is the Python module's own flag: syslog() before openlog()
	// (or after closelog()) opens the log with the defaults first.
	opened bool
}

var std = &logger{facility: logUser, mask: 0xff}

// open is openlog(3).
func (l *logger) open(ident string, option, facility int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.openLocked(ident, option, facility)
}

// openDefault opens the log with the defaults (the ident that ident
// returns) unless it is open.
func (l *logger) openDefault(ident func() string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.opened {
		l.openLocked(ident(), 0, logUser)
	}
}

func (l *logger) openLocked(ident string, option, facility int) {
	l.opened = true
	l.ident = ident
	l.option = option
	if facility != 0 && facility&^logFacmask == 0 {
		l.facility = facility
	}
	if option&logNDelay != 0 {
		l.connect()
	}
}

// close is closelog(3), when the log is open: the connection goes and
// the ident with it.
func (l *logger) close() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.opened {
		return
	}
	l.opened = false
	if l.conn != nil {
		l.conn.Close()
		l.conn = nil
	}
	l.ident = ""
}

// setMask is setlogmask(3): 0 leaves the mask alone.
func (l *logger) setMask(m int32) int32 {
	l.mu.Lock()
	defer l.mu.Unlock()
	old := l.mask
	if m != 0 {
		l.mask = m
	}
	return old
}

// connect dials the local syslog daemon (/dev/log, datagram first);
// without one the messages go nowhere (or to the console, LOG_CONS).
func (l *logger) connect() {
	if l.conn != nil {
		return
	}
	for _, network := range []string{"unixgram", "unix"} {
		if c, err := net.Dial(network, "/dev/log"); err == nil {
			l.conn = c
			return
		}
	}
}

// log is syslog(3) with the message already formatted.
func (l *logger) log(pri int, msg string) {
	if pri&^(logPrimask|logFacmask) != 0 {
		l.log(logErr|logCons|logPError|logPID, fmt.Sprintf("syslog: unknown facility/priority: %x", uint32(pri)))
		pri &= logPrimask | logFacmask
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if (int32(1)<<(pri&logPrimask))&l.mask == 0 {
		return
	}
	if pri&logFacmask == 0 {
		pri |= l.facility
	}
	ident := l.ident
	if ident == "" {
		ident = progName()
	}
	var body strings.Builder
	body.WriteString(ident)
	if l.option&logPID != 0 {
		fmt.Fprintf(&body, "[%d]", os.Getpid())
	}
	body.WriteString(": ")
	body.WriteString(msg)
	if l.option&logPError != 0 {
		line := body.String()
		if !strings.HasSuffix(line, "\n") {
			line += "\n"
		}
		writeAll(2, []byte(line))
	}
	packet := fmt.Sprintf("<%d>%s %s", pri, time.Now().Format("Jan _2 15:04:05"), body.String())
	l.connect()
	if l.conn != nil {
		if _, err := l.conn.Write([]byte(packet)); err == nil {
			return
		}
		l.conn.Close()
		l.conn = nil
	}
	if l.option&logCons != 0 {
		if fd, err := syscall.Open("/dev/console", syscall.O_WRONLY|syscall.O_NOCTTY, 0); err == nil {
			writeAll(fd, []byte(body.String()+"\r\n"))
			syscall.Close(fd)
		}
	}
}

// writeAll writes b to the descriptor, as glibc writes LOG_PERROR copies
// straight to descriptor 2 (past any Python-level sys.stderr).
func writeAll(fd int, b []byte) {
	for len(b) > 0 {
		n, err := syscall.Write(fd, b)
		if err == syscall.EINTR {
			continue
		}
		if err != nil || n <= 0 {
			return
		}
		b = b[n:]
	}
}

// progName is glibc's fallback ident, the program's short name.
func progName() string {
	p := os.Args[0]
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		p = p[i+1:]
	}
	return p
}
