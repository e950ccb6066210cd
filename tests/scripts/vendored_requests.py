"""Third-party pure-Python libraries as a user runs them: pip's vendored
requests (with urllib3, idna, chardet), html5lib, msgpack, pytoml and
packaging, requests speaking HTTPS to a local http.server.

usage: vendored_requests.py PIP_ROOT SERVER_PEM CA_PEM
PIP_ROOT holds a package pip whose _vendor is pip's and whose
_internal.utils.compat is a stand-in (the real one imports all of pip).
"""
import http.server
import json
import ssl
import sys
import threading

pip_root, server_pem, ca_pem = sys.argv[1:4]
sys.path.insert(0, pip_root)
from pip._vendor import requests, urllib3, idna, chardet, html5lib, msgpack, pytoml
from pip._vendor.packaging import version

print(requests.__version__, urllib3.__version__,
      version.parse('1.2rc1') < version.parse('1.2'))
print(idna.encode('bücher.example'),
      chardet.detect('héllo wörld'.encode('latin-1'))['encoding'],
      msgpack.unpackb(msgpack.packb({'a': [1, 2]}), raw=False))
print(pytoml.loads('a = 1\n[b]\nc = "x"\n'), html5lib.parse('<p>hi<b>x</b>').tag)


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = json.dumps({'path': self.path,
                           'ua': self.headers['User-Agent'].split('/')[0]}).encode()
        self.send_response(200)
        self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        data = self.rfile.read(int(self.headers['Content-Length']))
        self.send_response(201)
        self.send_header('Content-Length', str(len(data)))
        self.end_headers()
        self.wfile.write(data.upper())

    def log_message(self, *args):
        pass


server = http.server.HTTPServer(('127.0.0.1', 0), Handler)
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(server_pem)
server.socket = context.wrap_socket(server.socket, server_side=True)
threading.Thread(target=server.serve_forever, daemon=True).start()
url = 'https://localhost:%d' % server.server_address[1]
with requests.Session() as session:
    r = session.get(url + '/a?b=1', verify=ca_pem, timeout=10)
    print(r.status_code, r.headers['Content-Type'], r.json(), r.encoding, r.ok)
    r = session.post(url + '/p', data=b'hello', verify=ca_pem, timeout=10)
    print(r.status_code, r.content, r.text)
    r = session.get(url + '/x', params={'q': 'a b'}, verify=ca_pem, timeout=10)
    print(r.url.split('/', 3)[3])
    try:
        session.get(url, verify=server_pem + '.missing', timeout=10)
    except (OSError, requests.exceptions.RequestException) as e:
        print(type(e).__name__)
server.shutdown()
server.server_close()
