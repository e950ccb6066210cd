package ssl

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	_ssl "github.com/gpython-ssl/gpython-ssl/modules/_ssl"
)

// SSLSessionType is _ssl.SSLSession (ssl.SSLSession), a type named
// "_ssl.Session" as in CPython 3.6: a TLS session a client can resume. It
// cannot be created from Python.
var SSLSessionType = py.NewTypeX("_ssl.Session", "A TLS session, for resumption.", sslSessionNew, nil)

type sslSession struct{ s *_ssl.Session }

func (*sslSession) Type() *py.Type { return SSLSessionType }

func sslSessionNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return nil, pyutil.TypeErrorf("cannot create '_ssl.Session' instances")
}

// M__eq__ compares session ids, as CPython does.
func (s *sslSession) M__eq__(other py.Object) (py.Object, error) {
	o, ok := other.(*sslSession)
	if !ok {
		return py.NotImplemented, nil
	}
	return py.NewBool(s.s.Equal(o.s)), nil
}

// M__ne__ is the negation of M__eq__.
func (s *sslSession) M__ne__(other py.Object) (py.Object, error) {
	o, ok := other.(*sslSession)
	if !ok {
		return py.NotImplemented, nil
	}
	return py.NewBool(!s.s.Equal(o.s)), nil
}

var (
	_ py.I__eq__ = (*sslSession)(nil)
	_ py.I__ne__ = (*sslSession)(nil)
)

// sessionProperty is the read-only attribute name of a session.
func sessionProperty(name, doc string, get func(*_ssl.Session) py.Object) *py.Property {
	return &py.Property{
		Fset: func(self, value py.Object) error {
			return py.ExceptionNewf(py.AttributeError, "attribute '%s' of '_ssl.Session' objects is not writable", name)
		},
		Fget: func(self py.Object) (py.Object, error) {
			s, ok := self.(*sslSession)
			if !ok {
				return nil, pyutil.TypeErrorf("descriptor requires an SSLSession")
			}
			return get(s.s), nil
		},
		Doc: doc,
	}
}

// setupSession is a step of setup (module.go).
func setupSession() {
	d := SSLSessionType.Dict
	d["id"] = sessionProperty("id", "Session id", func(s *_ssl.Session) py.Object { return py.Bytes(s.ID()) })
	d["time"] = sessionProperty("time", "When the session was created, in seconds since the Epoch.", func(s *_ssl.Session) py.Object { return py.Int(s.Time()) })
	d["timeout"] = sessionProperty("timeout", "How many seconds after its creation the session stays valid.", func(s *_ssl.Session) py.Object { return py.Int(s.Timeout()) })
	d["ticket_lifetime_hint"] = sessionProperty("ticket_lifetime_hint", "How long, in seconds, the server advises keeping the session ticket.", func(s *_ssl.Session) py.Object { return py.Int(s.TicketLifetimeHint()) })
	d["has_ticket"] = sessionProperty("has_ticket", "Whether the server gave a session ticket.", func(s *_ssl.Session) py.Object { return py.NewBool(s.HasTicket()) })
	d["__reduce_ex__"] = refusePickle("A session cannot be pickled or copied.")
	addGlobal("SSLSession", SSLSessionType)
}
