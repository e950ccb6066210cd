"""wsgiref: a reference implementation of the WSGI interface (PEP 3333).

util      -- helpers for environ dictionaries and URLs
headers   -- a list-backed header mapping for responses
handlers  -- the server side: running an application for one request
simple_server -- a small HTTP server for WSGI applications
validate  -- a middleware that checks both sides keep to the spec
"""
