// Package socket is gpython's "socket" module: BSD sockets over raw Linux
// file descriptors (AF_INET, AF_INET6, AF_UNIX; stream and datagram) with
// CPython's semantics, including its three modes (blocking, timeout,
// non-blocking), its error mapping (errno to OSError subclasses,
// socket.timeout, socket.gaierror) and close-on-exec descriptors. The
// AF_*, SOCK_*, MSG_* and AI_* constants, sock.family, sock.type and
// getaddrinfo's results are members of 3.6's enum classes AddressFamily,
// SocketKind, MsgFlag and AddressInfo (enums.go); FamilyObject and
// KindObject give them to Go callers.
//
// Importing the package registers the module. It is also the Go API the
// ssl layer builds SSLSocket on:
//
//   - *Socket is the descriptor with its mode; it is itself the Python
//     object "socket.socket". Fd, Family, Kind, Proto, Timeout, Deadline,
//     WaitReadable, WaitWritable, Accept, Recv, Send, Close, Detach...
//   - SocketHolder is how every socket.socket method finds its *Socket, so
//     a Go type that holds one and lives in a type made by NewSubtype
//     inherits all the methods it does not override.
//   - NewTimeout / IsTimeout build and recognise socket.timeout.
//   - Poll / PollUntil are poll(2); PollInterruptible, which Ctrl-C ends,
//     is what the select module waits with.
//
// Ctrl-C: once internal/sigint is enabled (the gpython-ssl binary calls
// sigint.Install), every call that waits (recv, send, sendall, accept,
// connect, makefile reads, WaitReadable, and OpenSSL's reads and writes
// on the descriptor) raises KeyboardInterrupt on SIGINT and leaves the
// socket usable, at no cost to calls that do not wait (interrupt.go).
//
// Sizes (bounds.go): a recv, recvfrom or makefile read asking for more
// than the machine could allocate (RAM plus swap, AllocLimit) is
// CPython's MemoryError, past 64 bits its OverflowError; below that the
// buffer is only as large as one call can fill (1 MiB for a stream, the
// next datagram's size otherwise), so no size argument ends the process.
//
// The package is Linux-only (raw syscall numbers, no cgo). It imports
// gpython's py package and internal/pyutil; it never imports C.
package socket
