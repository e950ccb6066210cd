# Every name _compat_pickle maps a Python 2 name to exists, among them
# multiprocessing.context.Process and xmlrpc.server's documenting servers;
# XMLRPCDocGenerator's page for a small dispatcher.
import importlib
import _compat_pickle
from xmlrpc.server import (DocCGIXMLRPCRequestHandler, DocXMLRPCServer,
                           CGIXMLRPCRequestHandler, ServerHTMLDoc)

missing = []
for module, name in sorted(set(_compat_pickle.NAME_MAPPING.values())
                           | set(_compat_pickle.REVERSE_NAME_MAPPING)):
    try:
        mod = importlib.import_module(module)
    except ImportError:
        continue
    obj = mod
    for part in name.split('.'):
        obj = getattr(obj, part, None)
    if obj is None:
        missing.append((module, name))
print('missing', missing)
import multiprocessing, multiprocessing.context
print(multiprocessing.context.Process is multiprocessing.Process)
print(issubclass(DocXMLRPCServer, __import__('xmlrpc.server').server.SimpleXMLRPCServer),
      issubclass(DocCGIXMLRPCRequestHandler, CGIXMLRPCRequestHandler))

h = DocCGIXMLRPCRequestHandler()
def add(x: int, y=2):
    "Add x and y, see RFC 1952 and http://example.com/x."
    return x + y
h.register_function(add)
class Inst:
    def mul(self, a, *rest, **kw):
        return a
h.register_instance(Inst())
h.set_server_title('T<i>')
h.set_server_name('Name')
h.set_server_documentation('Try add() or self.mul.')
page = h.generate_html_documentation()
for piece in ('<title>Python: T&lt;i&gt;</title>', '(x: int, y<font color="#909090">=2</font>)',
              'rfc1952.txt', 'href="http://example.com/x"', 'name="-mul"', '(a, *rest, **kw)'):
    print(piece in page)
