"""An enum-based TLS connection state machine."""
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique


class State(Enum):
    IDLE = auto()
    CONNECTING = auto()
    HANDSHAKING = auto()
    ESTABLISHED = auto()
    CLOSING = auto()
    CLOSED = auto()

    def __str__(self):
        return self.name.lower()

    @property
    def is_open(self):
        return self in (State.HANDSHAKING, State.ESTABLISHED)


class Event(str, Enum):
    CONNECT = "connect"
    TCP_UP = "tcp_up"
    FINISHED = "finished"
    CLOSE = "close"
    ERROR = "error"


class Alert(IntEnum):
    close_notify = 0
    unexpected_message = 10
    bad_record_mac = 20
    handshake_failure = 40
    bad_certificate = 42


class Perm(Flag):
    READ = 1
    WRITE = 2
    EXEC = 4
    RW = READ | WRITE


class Opt(IntFlag):
    NO_SSLv3 = 1 << 25
    NO_TLSv1 = 1 << 26
    NO_COMPRESSION = 1 << 17


class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__("cannot %s while %s" % (event.value, state))
        self.state, self.event = state, event


TRANSITIONS = {
    (State.IDLE, Event.CONNECT): State.CONNECTING,
    (State.CONNECTING, Event.TCP_UP): State.HANDSHAKING,
    (State.HANDSHAKING, Event.FINISHED): State.ESTABLISHED,
    (State.ESTABLISHED, Event.CLOSE): State.CLOSING,
    (State.CLOSING, Event.CLOSE): State.CLOSED,
}


class Connection:
    def __init__(self, name):
        self.name = name
        self.state = State.IDLE
        self.history = [self.state]

    def fire(self, event):
        if event is Event.ERROR:
            self.state = State.CLOSED
        else:
            try:
                self.state = TRANSITIONS[self.state, event]
            except KeyError:
                raise InvalidTransition(self.state, event) from None
        self.history.append(self.state)
        return self.state


c = Connection("c1")
for ev in ["connect", "tcp_up", "finished", "finished", "close", "close"]:
    try:
        st = c.fire(Event(ev))
        print("%-8s -> %-12s open=%s" % (ev, st, st.is_open))
    except InvalidTransition as e:
        print("error:", e, "|", e.state, e.event)
print(" > ".join(map(str, c.history)))
print(list(State), len(State), State(3), State["CLOSED"], State.IDLE.value, repr(State.IDLE))
print(Event.CONNECT == "connect", Event("close"), repr(Event.ERROR), Event.ERROR.upper(), sorted(Event)[0])
print(Alert(40), Alert.bad_certificate + 1, Alert.handshake_failure.name, Alert(42) > 41, int(Alert.close_notify))
print(repr(Alert(20)), "%d %s" % (Alert.bad_record_mac, Alert.bad_record_mac), f"{Alert.bad_record_mac}")
print(format(Alert.bad_record_mac, "03d"), "{:>20}".format(State.IDLE), "{!r}".format(Perm.READ))
print(Perm.RW, Perm.READ | Perm.EXEC, Perm.RW & Perm.WRITE, Perm.READ in Perm.RW, bool(Perm.RW & Perm.EXEC))
print(repr(Perm(0)), repr(Perm(7)), list(Perm))
opts = Opt.NO_SSLv3 | Opt.NO_TLSv1
print(opts, repr(opts), int(opts), opts & Opt.NO_TLSv1, Opt(0), opts | 4, isinstance(opts | 4, Opt))
print(State.__members__.keys(), [m for m in Alert.__members__])
for bad in [lambda: State(99), lambda: Alert(1), lambda: State["nope"], lambda: Event("CONNECT")]:
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)


class Color(Enum):
    RED = 1
    CRIMSON = 1
    BLUE = 2


print(Color.CRIMSON, Color.CRIMSON is Color.RED, list(Color), Color(1).name)
try:
    State.IDLE = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    class More(State):
        EXTRA = 9
except TypeError as e:
    print("TypeError:", e)
print(isinstance(State.IDLE, State), type(State.IDLE), State.IDLE.__class__.__name__, hash(State.IDLE) == hash(State.IDLE))
Dyn = Enum("Dyn", "alpha beta gamma")
print(list(Dyn), Dyn.beta.value, Enum("Pairs", [("x", 10), ("y", 20)]).y)
print({s: s.value for s in State if s.value % 2})
