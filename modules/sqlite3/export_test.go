package sqlite3

// MemoryUsed exposes memoryUsed to the external tests.
var MemoryUsed = memoryUsed
