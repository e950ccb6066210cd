package osext

// sysGetrandom is getrandom(2)'s number (package syscall has no name for
// it).
const sysGetrandom = 318
