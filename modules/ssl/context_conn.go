package ssl

// SSLContext methods that the connection core implements (sni.go,
// sslobject.go, sslsocket.go), registered on the type here so that
// SSLContext's Dict is filled in one place.
// setupContextConn is a step of setup (module.go).
func setupContextConn() {
	d := SSLContextType.Dict
	d["set_servername_callback"] = method("set_servername_callback", contextSetServernameCallback, 0,
		"set_servername_callback(method)\n\nSet a callback that will be called when a server name is provided by the\nSSL/TLS client in the SNI extension.")
	d["wrap_bio"] = method("wrap_bio", contextWrapBio, 0,
		"wrap_bio(incoming, outgoing, server_side=False, server_hostname=None, session=None)\n\nCreate an SSLObject over two MemoryBIOs.")
	d["wrap_socket"] = method("wrap_socket", contextWrapSocket, 0,
		"wrap_socket(sock, server_side=False, do_handshake_on_connect=True, suppress_ragged_eofs=True, server_hostname=None, session=None)\n\nWrap a socket in an SSLSocket.")
}
