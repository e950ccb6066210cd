package ssl

// What this project adds beyond CPython 3.13's ssl (issue 18, item 2):
// SSLContext.set_groups/get_groups and SSLSocket/SSLObject.group() (the
// API CPython 3.15 adds), SSLSocket.sendfile through kernel TLS, and
// SSLContext.load_cert_chain_data (certificate chain and key from memory).

import (
	"bytes"
	"errors"
	"syscall"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	_ssl "github.com/gpython-ssl/gpython-ssl/modules/_ssl"
)

const setGroupsDoc = `set_groups(groups, /)

Set the groups allowed for key agreement for connections made from this
context, a colon-separated list in OpenSSL's group list format
("X25519:P-256", "x25519:secp384r1"). SSLError "unrecognized group" when
OpenSSL accepts none of it. (CPython 3.15's API.)`

const getGroupsDoc = `get_groups(*, include_aliases=False)

The groups implemented for key agreement that the context's
minimum_version and maximum_version allow, by their IANA names
('secp256r1', 'x25519', 'ffdhe2048', ...); include_aliases=True adds
OpenSSL's other names for them ('P-256', ...). (CPython 3.15's API.)`

const groupDoc = `group() -> str or None

The group used for key agreement on this connection ('x25519', ...), or
None before the handshake. (CPython 3.15's API.)`

const sendfileDoc = `sendfile(file, offset=0, count=None) -> int

Send the file (opened in binary mode) from offset, up to count bytes or to
its end, and return the number of bytes sent; the file's position is left
after the last byte sent, as socket.sendfile() leaves it. When the context
has OP_ENABLE_KTLS and the kernel took over the connection's sending
(kernel TLS), the kernel reads and encrypts the file (SSL_sendfile);
otherwise the file is read and sent as send() does.`

const loadCertChainDataDoc = `load_cert_chain_data(certdata, keydata=None, password=None)

Load a certificate chain and its private key from memory, as
load_cert_chain() does from files. certdata is PEM text (str, or bytes
holding a "-----BEGIN" line: the certificate, then its chain) or DER bytes
(one or more certificates); keydata the key in PEM or DER, or None when
the PEM certdata holds it. password as for load_cert_chain(). The data is
never taken for a file name. (gpython-ssl; not in CPython.)`

// setupBeyond is a step of setup (module.go), after setupContextVersions.
func setupBeyond() {
	d := SSLContextType.Dict
	d["set_groups"] = ctxMethod("set_groups", setGroupsDoc, contextSetGroups)
	d["get_groups"] = ctxMethod("get_groups", getGroupsDoc, contextGetGroups)
	d["load_cert_chain_data"] = ctxMethod("load_cert_chain_data", loadCertChainDataDoc, contextLoadCertChainData)
	for _, t := range []*py.Type{SSLSocketType, SSLObjectType} {
		t.Dict["group"] = method("group", tlsGroup, 0, groupDoc)
	}
	SSLSocketType.Dict["sendfile"] = method("sendfile", sslSocketSendfile, 0, sendfileDoc)
}

func contextSetGroups(c *sslContext, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) != 0 {
		return nil, pyutil.TypeErrorf("set_groups() takes no keyword arguments")
	}
	var list py.Object
	if err := py.ParseTupleAndKeywords(args, nil, "O:set_groups", []string{"groups"}, &list); err != nil {
		return nil, err
	}
	s, ok := list.(py.String)
	if !ok {
		return nil, pyutil.TypeErrorf("set_groups() argument must be str, not %s", pyutil.TypeName(list))
	}
	return py.None, fromError(c.ctx.SetGroups(string(s)))
}

func contextGetGroups(c *sslContext, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 0 {
		return nil, pyutil.TypeErrorf("get_groups() takes no positional arguments")
	}
	var inc py.Object = py.False
	if err := py.ParseTupleAndKeywords(nil, kwargs, "|O:get_groups", []string{"include_aliases"}, &inc); err != nil {
		return nil, err
	}
	b, err := py.MakeBool(inc)
	if err != nil {
		return nil, err
	}
	names, err := c.ctx.Groups(b == py.True)
	if err != nil {
		return nil, fromError(err)
	}
	out := py.NewListSized(len(names))
	for i, n := range names {
		out.Items[i] = py.String(n)
	}
	return out, nil
}

func tlsGroup(self py.Object) (py.Object, error) {
	st, err := tlsOf(self)
	if err != nil {
		return nil, err
	}
	if st.conn == nil {
		return py.None, nil
	}
	if name, ok := st.conn.Group(); ok {
		return py.String(name), nil
	}
	return py.None, nil
}

// passwordArg converts load_cert_chain's password argument: None, str,
// bytes, bytearray, or a callable returning one of them.
func passwordArg(pwObj py.Object) (*_ssl.Password, error) {
	if pwObj == py.None {
		return nil, nil
	}
	if ctxIsCallable(pwObj) {
		fn := pwObj
		return &_ssl.Password{Func: func() (b []byte, err error) {
			res, err := py.Call(fn, nil, nil)
			if err != nil {
				return nil, err
			}
			return ctxPasswordBytes(res, "password callback must return a string")
		}}, nil
	}
	b, err := ctxPasswordBytes(pwObj, "password should be a string or callable")
	if err != nil {
		return nil, err
	}
	return &_ssl.Password{Static: b}, nil
}

// certDataArg converts certdata/keydata: an ASCII str is PEM; bytes-like
// data is PEM when it holds a "-----BEGIN " line, DER otherwise.
func certDataArg(o py.Object, what string) (data []byte, pem bool, err error) {
	bad := what + " should be an ASCII string or a bytes-like object"
	if s, ok := o.(py.String); ok {
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				return nil, false, pyutil.TypeErrorf("%s", bad)
			}
		}
		return []byte(string(s)), true, nil
	}
	b, err := pyutil.BytesLike(o)
	if err != nil {
		return nil, false, pyutil.TypeErrorf("%s", bad)
	}
	b = append([]byte(nil), b...)
	return b, _ssl.IsPEM(b), nil
}

func contextLoadCertChainData(c *sslContext, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var certObj, keyObj, pwObj py.Object = nil, py.None, py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|OO:load_cert_chain_data",
		[]string{"certdata", "keydata", "password"}, &certObj, &keyObj, &pwObj); err != nil {
		return nil, err
	}
	cert, certPEM, err := certDataArg(certObj, "certdata")
	if err != nil {
		return nil, err
	}
	var key []byte
	keyPEM := certPEM
	if keyObj != py.None {
		if key, keyPEM, err = certDataArg(keyObj, "keydata"); err != nil {
			return nil, err
		}
	}
	pw, err := passwordArg(pwObj)
	if err != nil {
		return nil, err
	}
	if err := c.ctx.LoadCertChainData(cert, certPEM, key, keyPEM, pw); err != nil {
		return nil, fromError(err)
	}
	return py.None, nil
}

// sslSocketSendfile is SSLSocket.sendfile(file, offset=0, count=None):
// CPython's parameter checks and return value, SSL_sendfile when the
// kernel does the connection's TLS, the read-and-send loop otherwise; a
// socket without TLS (not connected, unwrapped) is a plain socket's.
func sslSocketSendfile(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	s, err := asSSLSocket(self)
	if err != nil {
		return nil, err
	}
	if s.st.conn == nil {
		return plain("sendfile", self, args, kwargs)
	}
	var file, offObj, countObj py.Object = nil, py.Int(0), py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|OO:sendfile", []string{"file", "offset", "count"}, &file, &offObj, &countObj); err != nil {
		return nil, err
	}
	count, err := sendfileCheck(s, file, countObj)
	if err != nil {
		return nil, err
	}
	if d, has := s.sock.Timeout(); has && d == 0 {
		return nil, pyutil.ValueErrorf("non-blocking sockets are not supported")
	}
	if s.st.conn.KTLSSend() {
		if n, done, err := s.sendfileKTLS(file, offObj, count); done {
			return n, err
		}
	}
	return s.sendfileSend(file, offObj, count)
}

// sendfileCheck is CPython's _check_sendfile_params; the count (0 for
// None) or the error.
func sendfileCheck(s *sslSocket, file, countObj py.Object) (int64, error) {
	if mode, err := py.GetAttrString(file, "mode"); err == nil {
		if m, ok := mode.(py.String); ok && !bytes.Contains([]byte(string(m)), []byte("b")) {
			return 0, pyutil.ValueErrorf("file should be opened in binary mode")
		}
	}
	if s.sock.Kind() != syscall.SOCK_STREAM {
		return 0, pyutil.ValueErrorf("only SOCK_STREAM type sockets are supported")
	}
	if countObj == py.None {
		return 0, nil
	}
	n, isInt := countObj.(py.Int)
	var count int64
	if isInt {
		count = int64(n)
	} else if b, ok := countObj.(py.Bool); ok {
		isInt = true
		if b {
			count = 1
		}
	} else if _, big := countObj.(*py.BigInt); big {
		isInt = true
		v, err := pyarg.Long(countObj)
		if err != nil {
			return 0, err
		}
		count = v
	}
	if !isInt {
		r, _ := pyrepr.Repr(countObj)
		return 0, pyutil.TypeErrorf("count must be a positive integer (got %s)", r)
	}
	if count <= 0 {
		r, _ := pyrepr.Repr(countObj)
		return 0, pyutil.ValueErrorf("count must be a positive integer (got %s)", r)
	}
	return count, nil
}

// seekTo calls file.seek(pos) when the file has a seek method, as
// CPython's sendfile does on its way out once something was sent.
func seekTo(file, pos py.Object) error {
	seek, err := py.GetAttrString(file, "seek")
	if err != nil {
		return nil
	}
	_, err = py.Call(seek, py.Tuple{pos}, nil)
	return err
}

// sendfileSend is CPython's _sendfile_use_send over TLS: read blocks of
// at most 8192 bytes and send each whole.
func (s *sslSocket) sendfileSend(file, offObj py.Object, count int64) (res py.Object, err error) {
	if t, terr := py.MakeBool(offObj); terr != nil {
		return nil, terr
	} else if t == py.True {
		if err := seekTo(file, offObj); err != nil {
			return nil, err
		}
	}
	read, err := py.GetAttrString(file, "read")
	if err != nil {
		return nil, err
	}
	block := int64(8192)
	if count > 0 && count < block {
		block = count
	}
	var total int64
	defer func() {
		if total > 0 {
			if end, aerr := py.Add(offObj, py.Int(total)); aerr != nil {
				if err == nil {
					err = aerr
				}
			} else if serr := seekTo(file, end); serr != nil && err == nil {
				err = serr
			}
		}
	}()
	for {
		if count > 0 {
			if count-total < block {
				block = count - total
			}
			if block <= 0 {
				break
			}
		}
		chunk, err := py.Call(read, py.Tuple{py.Int(block)}, nil)
		if err != nil {
			return nil, err
		}
		data, berr := pyutil.BytesLike(chunk)
		if berr != nil {
			return nil, pyutil.TypeErrorf("memoryview: a bytes-like object is required, not '%s'", pyutil.TypeName(chunk))
		}
		if len(data) == 0 {
			break
		}
		data = append([]byte(nil), data...)
		for len(data) > 0 {
			n, err := s.write(data)
			if err != nil {
				return nil, err
			}
			total += int64(n)
			data = data[n:]
		}
	}
	return py.Int(total), nil
}

// sendfileKTLS is CPython's _sendfile_use_sendfile with SSL_sendfile in
// os.sendfile's place. done is false when the file cannot be sent this
// way (no fileno, not a regular file, or the first SSL_sendfile fails
// with a system error) and nothing was sent: the caller then reads and
// sends.
func (s *sslSocket) sendfileKTLS(file, offObj py.Object, count int64) (res py.Object, done bool, err error) {
	filenoFn, err := py.GetAttrString(file, "fileno")
	if err != nil {
		return nil, false, nil
	}
	fdObj, err := py.Call(filenoFn, nil, nil)
	if err != nil {
		return nil, false, nil
	}
	fd, err := pyarg.Long(fdObj)
	if err != nil {
		return nil, false, nil
	}
	var stat syscall.Stat_t
	if err := syscall.Fstat(int(fd), &stat); err != nil {
		return nil, false, nil
	}
	if stat.Size == 0 {
		return py.Int(0), true, nil
	}
	offset, err := pyarg.Long(offObj)
	if err != nil {
		return nil, true, err
	}
	block := stat.Size
	if count > 0 {
		block = count
	}
	if block > 1<<30 {
		block = 1 << 30
	}
	var total int64
	defer func() {
		if total > 0 {
			if serr := seekTo(file, py.Int(offset)); serr != nil && err == nil {
				err = serr
			}
		}
	}()
	for {
		if count > 0 {
			block = count - total
			if block <= 0 {
				break
			}
		}
		var n int
		lerr := s.loop(opWrite, func() error {
			var e error
			n, e = s.st.conn.SendFile(int(fd), offset, int(block))
			return e
		})
		if lerr != nil {
			if total == 0 {
				var se *_ssl.Error
				if errors.As(lerr, &se) && se.Kind == _ssl.KindSyscall {
					return nil, false, nil
				}
			}
			return nil, true, fromError(lerr)
		}
		if n == 0 {
			break
		}
		offset += int64(n)
		total += int64(n)
	}
	return py.Int(total), true, nil
}
