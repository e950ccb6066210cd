package ssl

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/vm"
)

// In CPython 3.6 an SSLSocket's server_side and server_hostname are plain
// instance attributes that connect() reads: a script may set
// server_hostname on an unconnected socket to choose the name sent as SNI
// and checked against the certificate, and a socket whose server_side is
// true refuses to connect. They read back as set, and may be deleted
// (then connect() fails with AttributeError, as 3.6's does). An
// SSLObject's are read-only properties (addTLSMethods).

// setupSSLSocketAttrs puts the two attributes on SSLSocketType's dict d.
func setupSSLSocketAttrs(d py.StringDict) {
	d["server_side"] = plainAttr("server_side", func(s *sslSocket) *py.Object { return &s.serverSideAttr },
		"Whether the socket was wrapped for the server side; connect() refuses a true value.", nil)
	d["server_hostname"] = plainAttr("server_hostname", func(s *sslSocket) *py.Object { return &s.hostnameAttr },
		"The server name: sent as SNI and checked against the certificate by the next connect().",
		func(s *sslSocket) { s.hostnameSet = true })
}

// plainAttr is an attribute of the socket kept in the field field
// returns: any value may be set or deleted (changed, if given, is told of
// either).
func plainAttr(name string, field func(*sslSocket) *py.Object, doc string, changed func(*sslSocket)) *py.Property {
	return &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			s, err := asSSLSocket(self)
			if err != nil {
				return nil, err
			}
			return s.plainAttr(field, name)
		},
		Fset: func(self, v py.Object) error {
			s, err := asSSLSocket(self)
			if err != nil {
				return err
			}
			*field(s) = v
			if changed != nil {
				changed(s)
			}
			return nil
		},
		Fdel: func(self py.Object) error {
			s, err := asSSLSocket(self)
			if err != nil {
				return err
			}
			if *field(s) == nil {
				return py.ExceptionNewf(py.AttributeError, "%s", name)
			}
			*field(s) = nil
			if changed != nil {
				changed(s)
			}
			return nil
		},
		Doc: doc,
	}
}

// plainAttr reads the attribute kept in field; a deleted one raises 3.6's
// AttributeError.
func (s *sslSocket) plainAttr(field func(*sslSocket) *py.Object, name string) (py.Object, error) {
	if v := *field(s); v != nil {
		return v, nil
	}
	return nil, py.ExceptionNewf(py.AttributeError, "'SSLSocket' object has no attribute '%s'", name)
}

// checkConnect is what 3.6's connect() checks before connecting:
// server_side false, not connected yet, and server_hostname (if a script
// set it) a name the connection can be made for.
func (s *sslSocket) checkConnect() error {
	side, err := s.plainAttr(func(s *sslSocket) *py.Object { return &s.serverSideAttr }, "server_side")
	if err != nil {
		return err
	}
	server, err := vm.Truth(side)
	if err != nil {
		return err
	}
	if server {
		return py.ExceptionNewf(py.ValueError, "can't connect in server-side mode")
	}
	if s.st.conn != nil && !s.connectPending {
		return py.ExceptionNewf(py.ValueError, "attempt to connect already-connected SSLSocket!")
	}
	if s.st.serverSide || s.hostnameSet {
		// The socket was wrapped for the server side (server_side set
		// false since) or given a new name: connect as a client for
		// the name server_hostname holds now.
		name, err := s.plainAttr(func(s *sslSocket) *py.Object { return &s.hostnameAttr }, "server_hostname")
		if err != nil {
			return err
		}
		if err := s.st.retarget(name); err != nil {
			return err
		}
		s.hostnameSet = false
	}
	return nil
}
