# The xmlrpc package: xmlrpc.client (marshalling and ServerProxy) and
# xmlrpc.server (dispatchers and an HTTP server for remote calls).
