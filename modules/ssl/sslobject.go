package ssl

import (
	"errors"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	_ssl "github.com/gpython-ssl/gpython-ssl/modules/_ssl"
	"github.com/gpython-ssl/gpython-ssl/modules/socket"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// SSLObjectType is "ssl.SSLObject": a TLS connection whose records go
// through two MemoryBIOs instead of a socket. All its I/O is
// non-blocking: SSLWantReadError means "feed the incoming BIO and retry".
var SSLObjectType = py.NewTypeX("ssl.SSLObject", `SSLObject: TLS over memory BIOs.

Made by SSLContext.wrap_bio(incoming, outgoing, server_side=False,
server_hostname=None, session=None).`, sslObjectNew, nil)

type sslObject struct {
	st      *tlsState
	in, out *memoryBIO      // the Python objects, kept alive with the connection
	attrs   vm.InstanceDict // the instance __dict__ (instattrs.go)
}

// Type returns SSLObjectType. Like memoryBIO, sslObject has no
// M__getattribute__, so that read and write are called from the loop's
// method fast path; its own attributes come through M__getattr__ and
// vm.OwnAttrs (instattrs.go).
func (o *sslObject) Type() *py.Type { return SSLObjectType }
func (o *sslObject) tls() *tlsState { return o.st }

func sslObjectNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return nil, pyutil.TypeErrorf("ssl.SSLObject cannot be created directly; use SSLContext.wrap_bio()")
}

// contextWrapBio is SSLContext.wrap_bio.
func contextWrapBio(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	if _, err := ctxContextOf(pyutil.Unwrap(self)); err != nil {
		return nil, err
	}
	var in, out py.Object
	var serverSide py.Object = py.False
	var hostname py.Object = py.None
	var session py.Object = py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "OO|OOO:wrap_bio",
		[]string{"incoming", "outgoing", "server_side", "server_hostname", "session"},
		&in, &out, &serverSide, &hostname, &session); err != nil {
		return nil, err
	}
	if cls, custom, err := customClass(self, "sslobject_class", SSLObjectType); err != nil {
		return nil, err
	} else if custom {
		return createThrough(cls, py.Tuple{in, out}, py.StringDict{
			"server_side": serverSide, "server_hostname": hostname, "session": session, "context": self})
	}
	return wrapBio(self, in, out, serverSide, hostname, session)
}

// wrapBio makes the SSLObject of wrap_bio and SSLObject._create.
func wrapBio(self, in, out, serverSide, hostname, session py.Object) (py.Object, error) {
	inBIO, err := asMemoryBIO(in)
	if err != nil {
		return nil, err
	}
	outBIO, err := asMemoryBIO(out)
	if err != nil {
		return nil, err
	}
	server, err := py.MakeBool(serverSide)
	if err != nil {
		return nil, err
	}
	st, err := newTLSState(self, server == py.True, hostname, session)
	if err != nil {
		return nil, err
	}
	obj := &sslObject{st: st, in: inBIO, out: outBIO}
	st.owner = obj
	if err := st.open(-1, inBIO.bio, outBIO.bio); err != nil {
		return nil, err
	}
	return obj, nil
}

func asSSLObject(self py.Object) (*sslObject, error) {
	o, ok := self.(*sslObject)
	if !ok {
		return nil, pyutil.TypeErrorf("descriptor requires an ssl.SSLObject, not '%s'", pyutil.TypeName(self))
	}
	if o.st == nil || o.st.conn == nil {
		return nil, py.ExceptionNewf(py.ValueError, "I/O operation on closed SSL object")
	}
	return o, nil
}

func sslObjectDoHandshake(self py.Object) (res py.Object, err error) {
	o, err := asSSLObject(self)
	if err != nil {
		return nil, err
	}
	if err := o.st.conn.Handshake(); err != nil {
		return nil, fromError(err)
	}
	return py.None, nil
}

// readArgs parses read(len=1024, buffer=None) as CPython does.
func readArgs(args py.Tuple, kwargs py.StringDict) (n int, buf pyutil.WritableBuffer, err error) {
	var lenObj py.Object = py.Int(1024)
	var bufObj py.Object = py.None
	if len(kwargs) == 0 && len(args) <= 2 {
		// Positional calls (read(n), recv(n)) skip the general parser.
		if len(args) > 0 {
			lenObj = args[0]
		}
		if len(args) > 1 {
			bufObj = args[1]
		}
	} else if err := py.ParseTupleAndKeywords(args, kwargs, "|OO:read", []string{"len", "buffer"}, &lenObj, &bufObj); err != nil {
		return 0, nil, err
	}
	// CPython 3.6's read(int len): "signed integer is greater than
	// maximum" past 32 bits (issue 20).
	n, err = pyarg.Int(lenObj)
	if err != nil {
		return 0, nil, err
	}
	if bufObj != py.None {
		wb, err := pyarg.WritableBuffer(bufObj, "read() argument 2")
		if err != nil {
			return 0, nil, err
		}
		buf = wb
		if size := len(wb.WritableBytes()); n <= 0 || n > size {
			// CPython 3.6 reads the whole buffer for any len <= 0.
			n = size
		}
	} else if n < 0 {
		return 0, nil, py.ExceptionNewf(py.ValueError, "size should not be negative")
	}
	return n, buf, nil
}

// tlsRead does one read step: CPython returns b"" (or 0) once the peer's
// close_notify arrived.
func tlsRead(st *tlsState, n int, buf pyutil.WritableBuffer) (py.Object, error) {
	res, err := tlsReadRaw(st, n, buf)
	return res, fromError(err)
}

// tlsReadRaw is tlsRead returning the *_ssl.Error unconverted, so the
// socket's wait loop can see want-read and want-write.
func tlsReadRaw(st *tlsState, n int, buf pyutil.WritableBuffer) (py.Object, error) {
	return readWith(n, buf, func(dst []byte) (int, error) { return tlsReadInto(st, dst) })
}

// readWith is a read of n bytes (n > 0) through fill, which reads into
// the slice it is given and returns the count: into buf's bytes when buf
// is given (the result is the count), else into socket.ReadNew's buffers
// (the result is a new bytes object of exactly the bytes read). fill's
// error is returned unconverted.
// One read step (SSL_read) returns at most one record's plaintext, so a
// read without buf never asks for more than maxReadStep however large n
// is.
func readWith(n int, buf pyutil.WritableBuffer, fill func([]byte) (int, error)) (py.Object, error) {
	if buf != nil {
		got, err := fill(buf.WritableBytes()[:n])
		if err != nil {
			return nil, err
		}
		return py.Int(got), nil
	}
	if n > maxReadStep {
		n = maxReadStep
	}
	data, err := socket.ReadNew(n, fill)
	if err != nil {
		return nil, err
	}
	return py.Bytes(data), nil
}

// maxReadStep bounds the buffer of one read without a user buffer: four
// times TLS's largest record (16 KiB of plaintext).
const maxReadStep = 1 << 16

// tlsReadInto is one read step into dst; 0 once the peer's close_notify
// arrived.
func tlsReadInto(st *tlsState, dst []byte) (int, error) {
	got, err := st.conn.Read(dst)
	if err != nil {
		var se *_ssl.Error
		if errors.As(err, &se) && se.Kind == _ssl.KindZeroReturn && st.conn.ReceivedShutdown() {
			return 0, nil
		}
		return 0, err
	}
	return got, nil
}

func sslObjectRead(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	o, err := asSSLObject(self)
	if err != nil {
		return nil, err
	}
	n, buf, err := readArgs(args, kwargs)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		if buf != nil {
			return py.Int(0), nil
		}
		return py.Bytes{}, nil
	}
	return tlsRead(o.st, n, buf)
}

// writeArg parses write(data) of SSLObject and SSLSocket: one bytes-like.
func writeArg(args py.Tuple, kwargs py.StringDict) ([]byte, error) {
	data, err := pyarg.One(args, kwargs, "O:write", "data")
	if err != nil {
		return nil, err
	}
	return pyutil.BytesLike(data)
}

func sslObjectWrite(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	o, err := asSSLObject(self)
	if err != nil {
		return nil, err
	}
	b, err := writeArg(args, kwargs)
	if err != nil {
		return nil, err
	}
	n, err := o.st.conn.Write(b)
	if err != nil {
		return nil, fromError(err)
	}
	return py.Int(n), nil
}

// tlsShutdown is CPython's shutdown loop: send close_notify, then wait for
// the peer's. A want-error comes back to the caller to wait and retry.
func tlsShutdown(st *tlsState) error {
	for i := 0; i < 2; i++ {
		done, err := st.conn.Shutdown()
		if err != nil {
			return err
		}
		if done {
			return nil
		}
	}
	// Two zero returns: CPython stops trying and reports success.
	return nil
}

func sslObjectUnwrap(self py.Object) (res py.Object, err error) {
	o, err := asSSLObject(self)
	if err != nil {
		return nil, err
	}
	if err := tlsShutdown(o.st); err != nil {
		return nil, fromError(err)
	}
	return py.None, nil
}

// setupSSLObject is a step of setup (module.go).
func setupSSLObject() {
	addTLSMethods(SSLObjectType)
	d := SSLObjectType.Dict
	d["do_handshake"] = method("do_handshake", sslObjectDoHandshake, 0, "do_handshake()\n\nRun the TLS handshake; SSLWantReadError means feed the incoming BIO and retry.")
	d["read"] = method("read", sslObjectRead, 0, "read(len=1024, buffer=None) -> bytes or int\n\nDecrypt up to len bytes; into buffer when given, returning the count.")
	d["write"] = method("write", sslObjectWrite, 0, "write(data) -> int\n\nEncrypt data into the outgoing BIO; returns the bytes written.")
	d["unwrap"] = method("unwrap", sslObjectUnwrap, 0, "unwrap()\n\nRun the TLS shutdown; SSLWantReadError until the peer's close_notify arrives.")
	addGlobal("SSLObject", SSLObjectType)
}
