package _ssl

// LiveContexts reports how many SSL_CTX objects are allocated and not freed.
func LiveContexts() int64 { return liveContexts.Load() }
