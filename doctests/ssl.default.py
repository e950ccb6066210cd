# Fixture of group "default" of doctests/ssl.rst: the names its examples use
# without defining them. It runs under gpython before the group's first
# example and, for the build-dependent examples, under python3 too.
# fixture_dir holds certificates made afresh for each run: ca.pem (a CA
# certificate) and cert.pem (a leaf certificate the CA signed).
import ssl

# SSLContext.cert_store_stats() and SSLContext.session_stats() use
# "a context with one CA cert and one other cert".
context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
context.load_verify_locations(fixture_dir + "/ca.pem")
context.load_verify_locations(fixture_dir + "/cert.pem")

# "Client-side operation" wraps a socket.socket. Imported last, so that the
# names above exist even while the socket module is missing.
import socket
