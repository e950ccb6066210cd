// Package newmods holds the differential tests (CPython 3.6 against
// gpython-ssl) of the library modules added for issue 16: xmlrpc.client
// and xmlrpc.server, pydoc, dis and opcode. It has no code of its own.
package newmods
