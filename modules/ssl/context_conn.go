package ssl

import "github.com/gpython-ssl/gpython-ssl/internal/pyutil"

// SSLContext methods that the connection core implements (sni.go,
// sslobject.go, sslsocket.go), registered on the type here so that
// SSLContext's Dict is filled in one place.
func init() {
	d := SSLContextType.Dict
	d["set_servername_callback"] = pyutil.MustNewMethod("set_servername_callback", contextSetServernameCallback, 0,
		"set_servername_callback(method)\n\nSet a callback that will be called when a server name is provided by the\nSSL/TLS client in the SNI extension.")
	d["wrap_bio"] = pyutil.MustNewMethod("wrap_bio", contextWrapBio, 0,
		"wrap_bio(incoming, outgoing, server_side=False, server_hostname=None, session=None)\n\nCreate an SSLObject over two MemoryBIOs.")
	d["wrap_socket"] = pyutil.MustNewMethod("wrap_socket", contextWrapSocket, 0,
		"wrap_socket(sock, server_side=False, do_handshake_on_connect=True, suppress_ragged_eofs=True, server_hostname=None, session=None)\n\nWrap a socket in an SSLSocket.")
}
