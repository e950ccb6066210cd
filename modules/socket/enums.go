package socket

import (
	"strings"
	"syscall"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyenum"
)

// The module's AF_*, SOCK_*, MSG_* and AI_* constants are members of the
// enum classes AddressFamily, SocketKind (IntEnum), MsgFlag and AddressInfo
// (IntFlag), as in CPython 3.6, which builds each class from the module's
// upper-case names with the prefix. They are internal/pyenum classes (the
// mechanism signal.Signals and re.RegexFlag use): Go values shared by all
// interpreters, so the socket properties and getaddrinfo can return
// members without asking the interpreter for its classes.

// extraFamilies are the AF_* constants of CPython 3.6 on Linux that the
// socket layer does not use, with Linux's values. AF_DECnet (12) is a
// plain int in 3.6: its name is not upper case.
var extraFamilies = map[string]int{
	"AF_AX25": 3, "AF_IPX": 4, "AF_APPLETALK": 5, "AF_NETROM": 6, "AF_BRIDGE": 7,
	"AF_ATMPVC": 8, "AF_X25": 9, "AF_ROSE": 11, "AF_DECnet": 12, "AF_NETBEUI": 13,
	"AF_SECURITY": 14, "AF_KEY": 15, "AF_ROUTE": 16, "AF_ASH": 18, "AF_ECONET": 19,
	"AF_ATMSVC": 20, "AF_RDS": 21, "AF_SNA": 22, "AF_IRDA": 23, "AF_PPPOX": 24,
	"AF_WANPIPE": 25, "AF_LLC": 26, "AF_CAN": 29, "AF_TIPC": 30, "AF_ALG": 38,
	"MSG_FASTOPEN": 0x20000000,
}

// The enum classes; set by setupEnums.
var (
	familyEnum, kindEnum, msgFlagEnum, addrInfoEnum *pyenum.Class
)

// enumDefs collects the upper-case constants whose names start with prefix.
func enumDefs(prefix string) []pyenum.IntDef {
	var defs []pyenum.IntDef
	for name, v := range constants {
		if strings.HasPrefix(name, prefix) && strings.ToUpper(name) == name {
			defs = append(defs, pyenum.IntDef{Name: name, Value: int64(v)})
		}
	}
	return pyenum.SortByValue(defs)
}

// setupEnums adds extraFamilies to the constants, builds the four classes
// and puts them and their members (aliases included) in the module.
func setupEnums() {
	for k, v := range extraFamilies {
		constants[k] = v
		socketModule.Globals[k] = py.Int(v)
	}
	mk := func(f func(string, string, []pyenum.IntDef) (*pyenum.Class, error), name, prefix string) *pyenum.Class {
		c, err := f("socket."+name, "An enumeration.", enumDefs(prefix))
		if err != nil {
			panic(err)
		}
		socketModule.Globals[name] = c.Type
		return c
	}
	familyEnum = mk(pyenum.NewIntEnum, "AddressFamily", "AF_")
	kindEnum = mk(pyenum.NewIntEnum, "SocketKind", "SOCK_")
	msgFlagEnum = mk(pyenum.NewIntFlag, "MsgFlag", "MSG_")
	addrInfoEnum = mk(pyenum.NewIntFlag, "AddressInfo", "AI_")
	for _, c := range []*pyenum.Class{familyEnum, kindEnum, msgFlagEnum, addrInfoEnum} {
		for _, name := range c.Names() {
			m, _ := c.ByName(name)
			socketModule.Globals[name] = m
		}
	}
}

// intToEnum returns the member of c whose value is v, or v as a plain int
// when c has none (3.6's _intenum_converter).
func intToEnum(c *pyenum.Class, v int) py.Object {
	if m := c.Member(int64(v)); m != nil {
		return m
	}
	return py.Int(v)
}

// FamilyObject is the Python value of an address family: an AddressFamily
// member, or a plain int for a family the class does not name.
func FamilyObject(family int) py.Object { return intToEnum(familyEnum, family) }

// KindObject is the Python value of a socket type: a SocketKind member,
// or a plain int (a type with SOCK_NONBLOCK or SOCK_CLOEXEC bits added).
func KindObject(kind int) py.Object { return intToEnum(kindEnum, kind) }

// pyType is sock.type as CPython 3.6 on Linux reports it: the type given
// at creation (SOCK_CLOEXEC kept) with SOCK_NONBLOCK set while the socket
// has a timeout (non-blocking or timeout mode).
func (s *Socket) pyType() int {
	t := s.kind
	if s.cloexec {
		t |= syscall.SOCK_CLOEXEC
	}
	if _, has := s.Timeout(); has {
		t |= syscall.SOCK_NONBLOCK
	}
	return t
}

// strOf is str(o) for the members and ints of the socket repr.
func strOf(o py.Object) string {
	if s, err := py.StrAsString(o); err == nil {
		return s
	}
	return "?"
}
