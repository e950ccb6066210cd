# Errors from classes derived from ssl.SSLContext are those of
# SSLContext itself.
import socket
import ssl

class Ctx(ssl.SSLContext):
    pass

class Sock(socket.socket):
    pass

for expr in ["Ctx('x')", "Ctx(12345)", "Ctx(ssl.PROTOCOL_TLS_CLIENT).wrap_socket(socket.socket(socket.AF_INET, socket.SOCK_DGRAM))",
             "Ctx(ssl.PROTOCOL_TLS_CLIENT).wrap_socket(Sock())", "Ctx(ssl.PROTOCOL_TLS).load_cert_chain('/nonexistent.pem')",
             "Ctx(ssl.PROTOCOL_TLS).set_ciphers('nonsense-cipher')"]:
    try:
        r = eval(expr)
        print(expr, type(r).__name__)
        r.close()
    except Exception as e:
        print(expr, type(e).__name__)
c = Ctx(ssl.PROTOCOL_TLS_CLIENT)
c.check_hostname = False
s = c.wrap_socket(Sock(), do_handshake_on_connect=False)
print(type(s).__name__, s.context is c, s.fileno() >= 0)
s.close()
